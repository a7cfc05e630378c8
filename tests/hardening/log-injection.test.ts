// A file or package name with a line break must not become a workflow command (`::error::`, `::add-mask::`,
// `::stop-commands::`) when levelgate's output is read by GitHub's runner, which parses every log line.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { logMonorepo } from '../../src/github/sinks.js';
import { inertInLog } from '../../src/report/escape.js';
import { makeReport } from '../action/make-report.js';
import { cleanup, runCli, tempDir, writeFiles } from './helpers.js';

/** Lines the runner would take for a command: `::` first, after blanks. */
const commandLines = (text: string) => text.split(/\r\n|[\r\n]/).filter((line) => /^[ \t]*::/.test(line));

const HOSTILE = ['svc\n::error::pwned', 'api\r::add-mask::levelgate', 'web\n  ::stop-commands::tok'];

let root: string;
beforeEach(() => {
  root = tempDir('levelgate-log-');
  const files: Record<string, string> = { 'package.json': JSON.stringify({ name: 'root', private: true }), 'README.md': '# x\n' };
  for (const name of HOSTILE) files[`${name}/package.json`] = JSON.stringify({ name: 'p', scripts: { start: 'node index.js' } });
  writeFiles(root, files);
});
afterEach(() => cleanup(root));

describe('log injection', () => {
  it('inertInLog breaks the colons of a command line and leaves other text alone', () => {
    expect(commandLines(inertInLog('a\n::error::x\r  ::add-mask::y\nb :: c'))).toEqual([]);
    expect(inertInLog('levelgate: L2 — a :: b')).toBe('levelgate: L2 — a :: b');
  });

  it.each(['text', 'md'])('the CLI prints a monorepo with hostile package names in %s without a command line', async (format) => {
    const { stdout, stderr } = await runCli([root, '--monorepo', '-f', format, '--target', 'L4']);
    expect(stdout).toContain('pwned');
    expect(commandLines(stdout)).toEqual([]);
    expect(commandLines(stderr)).toEqual([]);
  });

  it('the CLI names failing hostile packages on stderr without a command line', async () => {
    const { code, stderr } = await runCli([root, '--monorepo', '-f', 'json', '--target', 'L4', '-q']);
    expect(code).toBe(1);
    expect(stderr).toContain('pwned');
    expect(commandLines(stderr)).toEqual([]);
  });

  it('the action log lists hostile package paths without a command line', () => {
    let logged = '';
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((logged += String(chunk)), true));
    try {
      logMonorepo({ whole: makeReport(), packages: HOSTILE.map((p) => ({ path: p, report: makeReport() })) } as Parameters<typeof logMonorepo>[0]);
    } finally {
      spy.mockRestore();
    }
    expect(logged).toContain('pwned');
    expect(commandLines(logged)).toEqual([]);
  });
});
