// What levelgate could not read is said before the levels: a repository mostly in a language levelgate does not
// grade (calibration round 28's kimai, PHP, graded L0 on its unread tests), or one whose code all sits in samples/
// (round 28's aspire-samples, L0 architecture on a folder read as demos: since calibration round 25 graded as the
// project, and said so). Each note is graded on real files.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { grade } from '../../src/engine.js';
import { composeComment } from '../../src/report/comment.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { toJsonReport } from '../../src/report/json.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'levelgate-unread-'));
  dirs.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const php = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`src/Controller/Page${i}Controller.php`, `<?php\nnamespace App\\Controller;\nclass Page${i}Controller { public function show(): string { return 'page ${i}'; } }\n`]));
const csharp = (folder: string, n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`${folder}/Shop${i}/Program.cs`, `var app = WebApplication.CreateBuilder(args).Build();\napp.MapGet("/", () => "shop ${i}");\napp.Run();\n`]));

describe('unread code is said before the levels', () => {
  it('a repository mostly in PHP carries the note in every format, above the table', async () => {
    const report = await grade(repo({ 'composer.json': '{"name": "acme/tracker"}\n', ...php(14), 'assets/app.js': "console.log('tracker')\n", 'README.md': '# Tracker\n\nTime tracking.\n' }), { config: false });
    const note = report.notes.find((n) => n.kind === 'unread-code');
    expect(note?.path).toBe('.');
    expect(note?.message).toMatch(/^most code here is PHP \(14 files, against 1 in the languages levelgate reads\), which levelgate does not read/);
    const markdown = renderMarkdown(report);
    expect(markdown.indexOf('> Most code here is PHP')).toBeGreaterThan(-1);
    expect(markdown.indexOf('> Most code here is PHP')).toBeLessThan(markdown.indexOf('| Dimension |'));
    expect(renderText(report).split('\n')[1]).toMatch(/^note: most code here is PHP/);
    expect(composeComment({ report, base: { kind: 'none' } }).split('| Dimension')[0]).toContain('> Most code here is PHP');
    expect((toJsonReport(report) as { notes: unknown[] }).notes[0]).toMatchObject({ kind: 'unread-code', path: '.' });
  });

  it('a TypeScript project with a few PHP files, or fewer than ten, carries no such note', async () => {
    const ts = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`src/m${i}.ts`, `export const m${i} = ${i};\n`]));
    const mixed = await grade(repo({ 'package.json': '{"name": "site"}\n', ...ts, ...php(8) }), { config: false });
    expect(mixed.notes.filter((n) => n.kind === 'unread-code')).toEqual([]);
    const small = await grade(repo({ 'composer.json': '{"name": "acme/mini"}\n', ...php(9) }), { config: false });
    expect(small.notes.filter((n) => n.kind === 'unread-code')).toEqual([]);
  });

  // Calibration round 25: such a collection is graded with its samples read as the project (samples-view.test.ts).
  it('a collection of samples under samples/ names the folder, says the samples are graded as the project, and how to grade one', async () => {
    const report = await grade(repo({ 'README.md': '# Samples\n', 'global.json': '{}\n', ...csharp('samples', 11), 'tests/SamplesTests/SmokeTests.cs': 'public class SmokeTests { [Fact] public void Runs() => Assert.True(true); }\n' }), { config: false });
    expect(report.notes.filter((n) => n.kind === 'unread-code')).toEqual([]);
    const note = report.notes.find((n) => n.kind === 'samples-as-project');
    expect(note).toMatchObject({ path: 'samples' });
    expect(note?.message).toMatch(/^all of the code is in samples\/, a collection of samples with no project code beside them: levelgate grades the samples as the project's own code .*; grade one sample alone by its path \(levelgate samples\/<name>\)$/);
    const markdown = renderMarkdown(report);
    expect(markdown.indexOf('> All of the code is in samples/')).toBeGreaterThan(-1);
    expect(markdown.indexOf('> All of the code is in samples/')).toBeLessThan(markdown.indexOf('| Dimension |'));
    expect(renderText(report).split('\n')[1]).toMatch(/^note: all of the code is in samples\//);
    expect(composeComment({ report, base: { kind: 'none' } }).split('| Dimension')[0]).toContain('> All of the code is in samples/');
  });

  // Calibration round 24: round 31's testing-nestjs (apps/*-sample) and round 32's next-learn (dashboard/*-example).
  it('apps in several folders named as samples (apps/*-sample) are named, with how to grade one', async () => {
    const nest = (app: string, n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`apps/${app}-sample/src/m${i}.service.ts`, `export class M${i}Service { get() { return ${i}; } }\n`]));
    const report = await grade(repo({ 'package.json': '{"name": "samples", "private": true}\n', ...nest('prisma', 6), ...nest('rxjs', 6) }), { config: false });
    const note = report.notes.find((n) => n.kind === 'samples-as-project');
    expect(note).toMatchObject({ path: '.' });
    expect(note?.message).toMatch(/^all of the code is in 2 folders named as samples \(apps\/prisma-sample\/, apps\/rxjs-sample\/\), with no project code beside them: levelgate grades the samples as the project's own code .*; grade one alone by its path \(levelgate apps\/prisma-sample\/\)$/);
  });

  it('all code in one folder named as a sample is graded by that folder, without a <name> below it', async () => {
    const shop = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`apps/shop-sample/src/m${i}.ts`, `export const m${i} = ${i};\n`]));
    const report = await grade(repo({ 'package.json': '{"name": "shop", "private": true}\n', ...shop }), { config: false });
    const note = report.notes.find((n) => n.kind === 'samples-as-project');
    expect(note).toMatchObject({ path: 'apps/shop-sample' });
    expect(note?.message).toMatch(/^all of the code is in apps\/shop-sample\/, a folder named as a sample, with no project code beside them: .*; grade it alone by its path \(levelgate apps\/shop-sample\/\)$/);
  });

  it('a project with its own code beside apps named as samples carries no such note', async () => {
    const nest = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`apps/shop-sample/src/m${i}.ts`, `export const m${i} = ${i};\n`]));
    const report = await grade(repo({ 'package.json': '{"name": "shop"}\n', ...nest, 'src/index.ts': 'export const shop = 1;\n' }), { config: false });
    expect(report.notes.filter((n) => n.kind === 'unread-code' || n.kind === 'samples-as-project')).toEqual([]);
  });

  it('a project with its own code beside samples/ carries no such note', async () => {
    const report = await grade(repo({ 'README.md': '# Shop\n', ...csharp('samples', 11), 'src/Shop/Program.cs': 'var app = WebApplication.CreateBuilder(args).Build();\napp.Run();\n' }), { config: false });
    expect(report.notes.filter((n) => n.kind === 'unread-code' || n.kind === 'samples-as-project')).toEqual([]);
  });
});
