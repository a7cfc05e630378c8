// Explanations a reader can check: each dimension names what caps it, a counted rule shows its measured value
// against the need in every format, and a committed secret is named by file and line in the text report too.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { grade } from '../../src/engine.js';
import { gradeMonorepo } from '../../src/monorepo/grade.js';
import { renderMonorepoText } from '../../src/report/monorepo-text.js';
import { toJsonReport } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { missingFor } from '../../src/targets.js';
import type { GradeReport } from '../../src/types.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
let report: GradeReport | undefined;
const builtSecret = async () => (report ??= await grade(path.join(FIXTURES, 'js-built-secret'), { config: false }));
let narrow: GradeReport | undefined;
/** The same fixture with two more source modules and still one test file: 1 of 4 modules, below a third. */
const narrowSuite = async () => {
  if (narrow) return narrow;
  const dir = mkdtempSync(path.join(tmpdir(), 'levelgate-narrow-'));
  try {
    cpSync(path.join(FIXTURES, 'js-built-secret'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'src', 'notes.js'), "exports.list = (store) => store.all().map((n) => n.title);\n");
    writeFileSync(path.join(dir, 'src', 'search.js'), "exports.find = (store, q) => store.all().filter((n) => n.title.includes(q));\n");
    return (narrow = await grade(dir, { config: false }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

describe('explanations a reader can check', () => {
  it('the text report names the file and line of a committed secret', async () => {
    const text = renderText(await builtSecret());
    expect(text).toMatch(/! security\.no-committed-secrets {2}dist\/config\.js:5 {2}a hard-coded secret export in committed build output/);
    expect(text).toMatch(/capped by security\.no-committed-secrets: 1 violation/);
  });

  it('a counted rule carries its measured value against the need (JSON)', async () => {
    const json = toJsonReport(await narrowSuite()) as { dimensions: Record<string, { missing: { id: string; measured?: { summary: string; values: { name: string; value: number; need: number }[] } }[] }> };
    const broad = json.dimensions.testing!.missing.find((r) => r.id === 'testing.broad-suite')!;
    expect(broad.measured!.values.map((v) => [v.name, v.value, v.need])).toEqual([
      ['modules-with-tests', 25, 33.3],
      ['coverage-threshold', 0, 60],
      ['asserting-test-files', 1, 150],
    ]);
    expect(broad.measured!.summary).toBe(
      '25% of 4 source modules have a test file (1 of them, by name or by count); a third (2) needed, or an enforced coverage threshold of 60% (none found), or 150 asserting test files (1 found)',
    );
  });

  it('a near miss never reads as enough: 33 of 100 modules is short of a third, and says so in whole modules', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'levelgate-near-'));
    try {
      writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'near', scripts: { test: 'node --test' } }));
      mkdirSync(path.join(dir, 'src'));
      mkdirSync(path.join(dir, 'test'));
      for (let i = 0; i < 100; i++) writeFileSync(path.join(dir, 'src', `part${i}.js`), `exports.part${i} = (x) => x + ${i};\n`);
      for (let i = 0; i < 33; i++) {
        writeFileSync(path.join(dir, 'test', `part${i}.test.js`), `const assert = require('node:assert');\nconst { part${i} } = require('../src/part${i}.js');\nassert.strictEqual(part${i}(1), ${i + 1});\n`);
      }
      const json = toJsonReport(await grade(dir, { config: false })) as { dimensions: Record<string, { missing: { id: string; measured?: { summary: string; values: { name: string; value: number; need: number }[] } }[] }> };
      const broad = json.dimensions.testing!.missing.find((r) => r.id === 'testing.broad-suite')!;
      const share = broad.measured!.values.find((v) => v.name === 'modules-with-tests')!;
      expect([share.value, share.need]).toEqual([33, 33.3]);
      expect(share.value).toBeLessThan(share.need);
      expect(broad.measured!.summary).toMatch(/^33% of 100 source modules have a test file \(33 of them, by name or by count\); a third \(34\) needed/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the text and Markdown reports say what caps a dimension, with the measured value', async () => {
    const r = await narrowSuite();
    expect(renderText(r)).toMatch(/capped by testing\.broad-suite: 25% of 4 source modules have a test file/);
    const md = renderMarkdown(r);
    expect(md).toContain('capped by `testing.broad-suite`: 25% of 4 source modules have a test file');
    expect(md).toContain('  - measured: 25% of 4 source modules have a test file');
  });

  it("the target failure's missing lines carry the measured value", async () => {
    const missing = missingFor(await narrowSuite(), 'testing', 2);
    expect(missing.find((m) => m.startsWith('testing.broad-suite:'))).toMatch(/\(measured: 25% of 4 source modules have a test file; a third needed|\(measured: 25% of 4 source modules/);
    expect(renderText(await narrowSuite(), { targets: { dimensions: { testing: 2 } } })).toMatch(/- testing\.broad-suite: 25% of 4 source modules have a test file/);
  });
});

describe('the monorepo text report', () => {
  it('names the file and line of a committed secret in any package', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'levelgate-mono-secret-'));
    try {
      cpSync(path.join(FIXTURES, 'js-built-secret'), path.join(dir, 'services', 'notes'), { recursive: true });
      writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'root', private: true, workspaces: ['services/*'] }));
      const text = renderMonorepoText(await gradeMonorepo(dir, { config: false }));
      expect(text).toMatch(/! security\.no-committed-secrets {2}services\/notes\/dist\/config\.js:5 /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
