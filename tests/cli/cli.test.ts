// The CLI as a user meets it: formats, output file, targets and exit codes, one-line errors.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { DIMENSIONS } from '../../src/types.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
const L2 = path.join(FIXTURES, 'l2-api');
const tmp = mkdtempSync(path.join(tmpdir(), 'levelgate-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the CLI in-process and captures what it writes. */
async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (s: string) => ((stdout += s), true), isTTY: false },
    stderr: { write: (s: string) => ((stderr += s), true), isTTY: false },
  } as unknown as Parameters<typeof main>[1];
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe('levelgate CLI', () => {
  it('prints the JSON contract with --format json', async () => {
    const { code, stdout } = await run(L2, '--format', 'json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.level).toBe(2);
    expect(Object.keys(report.dimensions).sort()).toEqual([...DIMENSIONS].sort());
    for (const d of DIMENSIONS) {
      expect(report.dimensions[d].level).toBeTypeOf('number');
      expect(Array.isArray(report.dimensions[d].met)).toBe(true);
      expect(Array.isArray(report.dimensions[d].missing)).toBe(true);
    }
    const met = report.dimensions.security.met.find((r: { findings: unknown[] }) => r.findings.length > 0);
    expect(met.findings[0]).toMatchObject({ file: expect.any(String), line: expect.any(Number) });
  });

  it('renders Markdown with a row per dimension', async () => {
    const { code, stdout } = await run(L2, '--format', 'md');
    expect(code).toBe(0);
    expect(stdout).toContain('**Overall: L2 Secure Builder**');
    for (const d of DIMENSIONS) expect(stdout).toMatch(new RegExp(`^\\| ${d} \\| \\*\\*L2\\*\\*`, 'm'));
  });

  it('renders plain text', async () => {
    const { code, stdout } = await run(L2, '--format', 'text');
    expect(code).toBe(0);
    expect(stdout).toContain('L2 overall');
    expect(stdout).not.toMatch(/\u001b\[/);
  });

  it('prints plain text when piped and no format is asked for (not Markdown)', async () => {
    const { code, stdout } = await run(L2);
    expect(code).toBe(0);
    expect(stdout).toContain('L2 overall');
    expect(stdout).not.toContain('| Dimension |');
  });

  it('writes the report to --output', async () => {
    const file = path.join(tmp, 'report.json');
    const { code, stdout } = await run(L2, '-f', 'json', '-o', file);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(file, 'utf8')).level).toBe(2);
  });

  it.each([
    [['--target', 'L2'], 0],
    [['--target', 'L3'], 1],
    [['--target', 'security=L2'], 0],
    [['--target', 'security=L3'], 1],
    [['--target', 'L1,testing=L3'], 1],
    [['-t', 'L1', '-t', 'monitoring=L2'], 0],
  ])('targets %j exit %i', async (flags, expected) => {
    const { code } = await run(L2, '-f', 'json', ...(flags as string[]));
    expect(code).toBe(expected);
  });

  it('names the dimension below target and what it misses', async () => {
    const { code, stdout } = await run(L2, '-f', 'text', '--target', 'security=L3');
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toBe('✗ below target security L3: security');
    expect(stdout).toMatch(/security L2 → L3: needs any two of security\.[a-z-]+, /);
    expect(stdout).toMatch(/- security\.[a-z-]+: /);
  });

  it.each([
    [['--target', 'L5'], /invalid target "L5"/],
    [['--target', 'speed=L2'], /unknown dimension "speed"/],
    [['--format', 'pdf'], /unknown format "pdf"/],
    [['--format', 'toString'], /unknown format "toString"/],
    [['--format', 'constructor'], /unknown format "constructor"/],
    [['--bogus'], /Unknown option '--bogus'/],
  ])('usage error %j exits 2 with one line', async (flags, message) => {
    const { code, stderr } = await run(L2, ...(flags as string[]));
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a path that does not exist or is a file', async () => {
    const missing = await run(path.join(tmp, 'nope'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such directory/);
    const file = path.join(tmp, 'a-file.txt');
    writeFileSync(file, 'x');
    const notDir = await run(file);
    expect(notDir.code).toBe(2);
    expect(notDir.stderr).toMatch(/not a directory/);
  });

  it('runs as a real process with the right exit code and no stack trace', async () => {
    const exec = promisify(execFile);
    const cli = path.join(import.meta.dirname, '..', '..', 'src', 'cli.ts');
    const tsx = path.join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'tsx');
    const failed = await exec(tsx, [cli, L2, '--format', 'json', '--target', 'L4']).catch((e) => e);
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout).level).toBe(2);
    const bad = await exec(tsx, [cli, path.join(tmp, 'missing')]).catch((e) => e);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
