// Builds throwaway repositories for the hostile cases and runs levelgate on them, in-process or as a child.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../../src/cli.js';

export const REPO_ROOT = path.join(import.meta.dirname, '..', '..');

/** A fresh temporary folder; removed by cleanup(). */
export function tempDir(prefix = 'levelgate-hostile-', base = tmpdir()): string {
  return mkdtempSync(path.join(base, prefix));
}

/** A memory-backed folder when there is one: deep trees are created and removed there in well under a second. */
export const FAST_TMP = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

export function cleanup(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Writes files (relative path → content) under root, creating folders. */
export function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
}

/** Runs the CLI in this process with captured stdout and stderr. */
export async function runCli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) =>
    Object.assign(new Writable({ write: (chunk, _enc, done) => (append(String(chunk)), done()) }), { isTTY: false });
  const io = { stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)) } as unknown as Parameters<typeof main>[1];
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Runs the CLI as its own process (real exit code, real environment), with a time limit. */
export function runCliProcess(argv: string[], env: NodeJS.ProcessEnv = process.env, timeout = 60_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'src', 'cli.ts'), ...argv], { cwd: REPO_ROOT, env, timeout, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
