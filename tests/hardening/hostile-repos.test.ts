// Hostile repositories, each generated here: every case is graded with a note, or refused with a clear
// error; never a crash, a hang, or a path from outside the checkout in the report.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { grade } from '../../src/engine.js';
import { GradeError } from '../../src/errors.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { GradeReport, ScanNote } from '../../src/types.js';
import { cleanup, FAST_TMP, runCli, tempDir, writeFiles } from './helpers.js';

let root: string;
let outside: string;
beforeEach(() => {
  root = tempDir();
  outside = tempDir('levelgate-outside-');
});
afterEach(() => {
  cleanup(root);
  cleanup(outside);
});

const noteFor = (report: GradeReport, kind: ScanNote['kind'], file: string) => report.notes.find((n) => n.kind === kind && n.path === file);

/** Everything a user sees: the JSON report and the Markdown one. */
const rendered = (report: GradeReport) => JSON.stringify(report) + renderMarkdown(report);

describe('hostile repository contents are graded with a note', () => {
  it('does not follow a symlink to a file or folder outside the repository', async () => {
    writeFiles(outside, { 'secret.ts': "export const token = 'outside-secret-value';\n" });
    writeFiles(root, { 'index.ts': 'export const a = 1;\n' });
    symlinkSync(path.join(outside, 'secret.ts'), path.join(root, 'leak.ts'));
    symlinkSync(outside, path.join(root, 'leakdir'));
    const report = await grade(root);
    expect(noteFor(report, 'skipped-symlink', 'leak.ts')?.message).toMatch(/outside the repository/);
    expect(noteFor(report, 'skipped-symlink', 'leakdir')?.message).toMatch(/outside the repository/);
    expect(rendered(report)).not.toContain(outside);
    expect(rendered(report)).not.toContain('outside-secret-value');
  });

  it("does not follow a vendor/vendor.json link out of the repository (vendor/ is never listed, and the manifest gate reads that file itself)", async () => {
    writeFiles(outside, { 'vendor.json': '{ "package": [ { "path": "github.com/acme/mux" } ] }\n' });
    writeFiles(root, { 'main.go': 'package main\n\nfunc main() {}\n', 'README.md': '# tool\n' });
    mkdirSync(path.join(root, 'vendor'));
    symlinkSync(path.join(outside, 'vendor.json'), path.join(root, 'vendor', 'vendor.json'));
    const linked = await grade(root);
    const manifest = (report: GradeReport) => report.dimensions.architecture.rules.find((r) => r.id === 'architecture.manifest');
    expect(manifest(linked)?.status).toBe('missing');
    expect(manifest(linked)?.findings).toEqual([]);
    expect(rendered(linked)).not.toContain(outside);
    // The same file kept inside the repository is its manifest.
    cleanup(path.join(root, 'vendor'));
    writeFiles(root, { 'vendor/vendor.json': '{ "package": [ { "path": "github.com/acme/mux" } ] }\n' });
    const held = await grade(root);
    expect(manifest(held)?.status).toBe('met');
    expect(manifest(held)?.findings.map((f) => f.file)).toContain('vendor/vendor.json');
  });

  it('notes a symlink loop and a dangling link instead of hanging', async () => {
    writeFiles(root, { 'index.ts': 'export const a = 1;\n' });
    symlinkSync('b.ts', path.join(root, 'a.ts'));
    symlinkSync('a.ts', path.join(root, 'b.ts'));
    symlinkSync('.', path.join(root, 'self')); // a folder loop back to the root
    symlinkSync('missing.ts', path.join(root, 'dangling.ts'));
    const report = await grade(root);
    expect(noteFor(report, 'skipped-symlink', 'a.ts')?.message).toMatch(/loop/);
    expect(noteFor(report, 'skipped-symlink', 'dangling.ts')?.message).toMatch(/dangling/);
    expect(report.stats.files).toBe(1);
  });

  it('skips binary content in a .ts file', async () => {
    writeFiles(root, { 'evil.ts': Buffer.concat([Buffer.from("import express from 'express';\n"), Buffer.alloc(64), Buffer.from([0xff, 0xfe, 0x00, 0x01])]) });
    const report = await grade(root);
    expect(noteFor(report, 'skipped-binary', 'evil.ts')).toBeDefined();
    expect(report.stats.filesParsed).toBe(0);
  });

  it('skips a 50 MB source file by size without reading it', async () => {
    writeFiles(root, { 'index.ts': 'export const a = 1;\n' });
    writeFileSync(path.join(root, 'huge.ts'), '');
    truncateSync(path.join(root, 'huge.ts'), 50 * 1024 * 1024); // sparse: no 50 MB written or read
    const report = await grade(root);
    expect(noteFor(report, 'skipped-large', 'huge.ts')?.message).toMatch(/52428800 bytes/);
    expect(report.stats.filesRead).toBe(1);
  });

  it('reads non-UTF-8 text as Latin-1 with a note', async () => {
    writeFiles(root, { 'legacy.py': Buffer.from('# caf\xe9\nimport os\n', 'latin1') });
    const report = await grade(root);
    expect(noteFor(report, 'non-utf8', 'legacy.py')).toBeDefined();
  });

  it('grades TS/JS with syntax errors from what parses', async () => {
    writeFiles(root, {
      // Files are parsed on demand: declaring the libraries they import makes the rules ask about them.
      'package.json': JSON.stringify({ dependencies: { pino: '^9.0.0', helmet: '^7.0.0' } }),
      // The imports are used (a file whose imports cannot be used is not parsed at all).
      'broken.ts': "import pino from 'pino';\npino();\nconst = ;;; function (\nexport default class {\n",
      'broken.js': "const helmet = require('helmet');\nhelmet();\n}}}} ((( `unterminated\n",
      'ok.test.ts': "import { expect, it } from 'vitest';\nit('works', () => expect(1).toBe(1));\n",
    });
    const report = await grade(root);
    expect(noteFor(report, 'parse-error', 'broken.ts')?.message).toMatch(/syntax error/);
    expect(noteFor(report, 'parse-error', 'broken.js')).toBeDefined();
    expect(report.stats.filesParsed).toBe(2); // the test's assertions are read from its text, without parsing
  });

  it('notes invalid JSON in package.json', async () => {
    writeFiles(root, { 'package.json': '{ "name": "x", "scripts": { "test": ', 'packages/a/package.json': '[1, 2]' });
    const report = await grade(root);
    expect(noteFor(report, 'invalid-manifest', 'package.json')?.message).toMatch(/not valid JSON/);
    expect(noteFor(report, 'invalid-manifest', 'packages/a/package.json')).toBeDefined();
  });

  it('grades an empty repository at L0', async () => {
    const report = await grade(root);
    expect(report.level).toBe(0);
    expect(report.stats.files).toBe(0);
    expect(renderMarkdown(report)).toContain('Overall');
  });

  it('stops listing 10,000 nested folders at the depth limit, with a note', async () => {
    const deep = tempDir('levelgate-deep-', FAST_TMP);
    try {
      // Built with relative steps: the full path (~20,000 characters) is far beyond PATH_MAX.
      execFileSync(process.execPath, ['-e', "const fs=require('fs');for(let i=0;i<10000;i++){fs.mkdirSync('d');process.chdir('d')}fs.writeFileSync('deep.ts','export {}')"], { cwd: deep });
      writeFiles(deep, { 'index.ts': 'export const a = 1;\n' });
      const started = Date.now();
      const report = await grade(deep);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(report.notes.find((n) => n.kind === 'limit')?.message).toMatch(/deeper than \d+ levels/);
      expect(report.stats.files).toBe(1);
    } finally {
      execFileSync('rm', ['-rf', deep]); // GNU rm walks the tree relatively; fs.rmSync would hit ENAMETOOLONG
    }
  });

  it('does not open a FIFO (it would block), and notes a symlink to one', async () => {
    writeFiles(root, { 'index.ts': 'export const a = 1;\n' });
    execFileSync('mkfifo', [path.join(root, 'pipe.ts')]);
    symlinkSync('pipe.ts', path.join(root, 'pipe-link.ts'));
    const report = await grade(root);
    expect(report.stats.files).toBe(1);
    expect(noteFor(report, 'skipped-symlink', 'pipe-link.ts')?.message).toMatch(/special file/);
  });

  it.skipIf(process.getuid?.() === 0)('notes an unreadable file (skipped as root: root reads mode 000 files)', async () => {
    writeFiles(root, { 'secret.ts': 'export const a = 1;\n' });
    chmodSync(path.join(root, 'secret.ts'), 0o000);
    const report = await grade(root);
    expect(noteFor(report, 'unreadable', 'secret.ts')?.message).toMatch(/EACCES/);
  });

  it.skipIf(process.getuid?.() === 0)('refuses an unreadable directory with a clear error (skipped as root)', async () => {
    mkdirSync(path.join(root, 'locked'));
    chmodSync(path.join(root, 'locked'), 0o000);
    await expect(grade(path.join(root, 'locked'))).rejects.toThrow(/not readable/);
    chmodSync(path.join(root, 'locked'), 0o755);
  });
});

describe('inputs that cannot be graded are refused with a clear error', () => {
  it('a path that is a file', async () => {
    writeFiles(root, { 'file.txt': 'x' });
    const target = path.join(root, 'file.txt');
    await expect(grade(target)).rejects.toThrow(GradeError);
    const { code, stderr, stdout } = await runCli([target, '-q']);
    expect(code).toBe(2);
    expect(stderr).toBe(`levelgate: cannot grade "${target}": it is not a directory\n`);
    expect(stdout).toBe('');
  });

  it('a path that does not exist', async () => {
    const { code, stderr } = await runCli([path.join(root, 'nope'), '-q']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot grade ".*nope": no such directory/);
  });

  it('an empty repository through the CLI is a report, not an error', async () => {
    const { code, stdout } = await runCli([root, '-q', '-f', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).level).toBe(0);
  });
});
