// An L1 headline with no evidence, in a dimension whose own L2 evidence holds, is "not seen" rather than missing
// (levels are cumulative); with strict gates it is missing. A violation is never "not seen".
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { grade } from '../../src/engine.js';
import { readInputs } from '../../src/github/inputs.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { toJsonReport } from '../../src/report/json.js';
import { scoreDimension } from '../../src/score/levels.js';
import type { LevelSpec } from '../../src/rules/schema.js';
import type { RuleResult } from '../../src/types.js';

const LEVELS: Record<1 | 2 | 3 | 4, LevelSpec> = {
  1: { required: ['x.gate-a', 'x.gate-b'], atLeast: 0 },
  2: { required: [], atLeast: 2 },
  3: { required: [], atLeast: 2 },
  4: { required: [], atLeast: 2 },
};

function rule(id: string, level: 1 | 2 | 3 | 4, status: RuleResult['status'], extra: Partial<RuleResult> = {}): RuleResult {
  return { id, title: id, level, status, required: LEVELS[level].required.includes(id), negative: false, findings: [], hint: '', ...extra };
}

const l2Holds = [rule('x.two-a', 2, 'met'), rule('x.two-b', 2, 'met'), rule('x.two-c', 2, 'missing'), rule('x.three-a', 3, 'missing'), rule('x.three-b', 3, 'missing')];

describe('scoreDimension: not seen', () => {
  it('takes a missing L1 headline as there when the L2 evidence holds, and says which', () => {
    const d = scoreDimension('functionality', LEVELS, [rule('x.gate-a', 1, 'missing'), rule('x.gate-b', 1, 'met'), ...l2Holds]);
    expect(d.level).toBe(2);
    expect(d.notSeen).toEqual(['x.gate-a']);
    expect(d.rules.find((r) => r.id === 'x.gate-a')).toMatchObject({ status: 'missing', notSeen: true });
    expect(d.rules.find((r) => r.id === 'x.gate-b')!.notSeen).toBeUndefined();
    expect(d.next).toMatchObject({ level: 3, alternativesNeeded: 2 });
  });

  it('keeps L0 when the L2 evidence does not hold (one alternative is a hint, not the level)', () => {
    const rules = [rule('x.gate-a', 1, 'missing'), rule('x.gate-b', 1, 'met'), rule('x.two-a', 2, 'met'), rule('x.two-b', 2, 'missing'), rule('x.two-c', 2, 'missing')];
    const d = scoreDimension('functionality', LEVELS, rules);
    expect(d.level).toBe(0);
    expect(d.notSeen).toBeUndefined();
    expect(d.next).toMatchObject({ level: 1, requiredMissing: ['x.gate-a'] });
  });

  it('never takes a violation (a negative rule with findings) as not seen', () => {
    const secret = rule('x.gate-a', 1, 'missing', { negative: true, findings: [{ file: 'a.env', line: 1, message: 'a key', strength: 'strong' }] });
    const d = scoreDimension('security', LEVELS, [secret, rule('x.gate-b', 1, 'met'), ...l2Holds]);
    expect(d.level).toBe(0);
    expect(d.notSeen).toBeUndefined();
  });

  it('with strict gates, a missing L1 headline is missing whatever L2 shows', () => {
    const d = scoreDimension('functionality', LEVELS, [rule('x.gate-a', 1, 'missing'), rule('x.gate-b', 1, 'met'), ...l2Holds], { strictGates: true });
    expect(d.level).toBe(0);
    expect(d.notSeen).toBeUndefined();
  });

  it('leaves a dimension whose L1 holds as it was', () => {
    const d = scoreDimension('functionality', LEVELS, [rule('x.gate-a', 1, 'met'), rule('x.gate-b', 1, 'met'), ...l2Holds]);
    expect(d.level).toBe(2);
    expect(d.notSeen).toBeUndefined();
  });
});

/** What the service is in a few lines, with no install or usage section: too thin for L1, more than a title and a link. */
const README_OF_FOUR_LINES = '# orders\n\nThe orders service keeps the orders of the shop.\n\nIt stores them in Postgres.\n\nSee openapi.yaml for its API.\n';

// The real engine on real files: API docs (documentation L2's headline) with a README of four lines (L1's "too thin").
describe('grade: a thin README beside an OpenAPI spec', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'levelgate-not-seen-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  writeFileSync(path.join(dir, 'README.md'), README_OF_FOUR_LINES);
  writeFileSync(path.join(dir, 'openapi.yaml'), ['openapi: 3.0.3', 'info: { title: orders, version: "1" }', 'paths:', '  /orders:', '    get:', '      responses:', '        "200": { description: the orders }', ''].join('\n'));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'orders', version: '1.0.0', scripts: { start: 'node src/server.js' } }, null, 2));
  writeFileSync(path.join(dir, 'src', 'server.js'), "import http from 'node:http';\nhttp.createServer((req, res) => res.end('[]')).listen(8080);\n");

  it('grades documentation L2 with the README not seen, and says so in every format', async () => {
    const report = await grade(dir, { config: false });
    const docs = report.dimensions.documentation;
    expect(docs.level).toBe(2);
    expect(docs.notSeen).toEqual(['documentation.readme']);
    expect(docs.rules.find((r) => r.id === 'documentation.readme')).toMatchObject({ status: 'missing', notSeen: true });
    expect(renderMarkdown(report)).toMatch(/L1 not seen\\?: .*graded from its L2 evidence/);
    expect(renderMarkdown(report)).toContain('❔ L1');
    expect(renderText(report)).toMatch(/\? L1 not seen: .*--strict-gates counts it missing/);
    const json = toJsonReport(report) as { dimensions: Record<string, { notSeen?: string[]; missing: { id: string; notSeen?: boolean }[] }> };
    expect(json.dimensions.documentation!.notSeen).toEqual(['documentation.readme']);
    expect(json.dimensions.documentation!.missing.find((r) => r.id === 'documentation.readme')!.notSeen).toBe(true);
  });

  it('grades it L0 with strict gates, from the option or from the config', async () => {
    expect((await grade(dir, { config: false, strictGates: true })).dimensions.documentation.level).toBe(0);
    writeFileSync(path.join(dir, '.levelgate.yml'), 'version: 1\nstrictGates: true\n');
    const report = await grade(dir);
    expect(report.dimensions.documentation.level).toBe(0);
    expect(report.config?.strictGates).toBe(true);
    rmSync(path.join(dir, '.levelgate.yml'));
  });
});

// Calibration round 16: a README of a title and a link says nothing of the project; it is seen to be none, not "not seen".
describe('grade: a README of a title and a link beside an OpenAPI spec', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'levelgate-stub-readme-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, 'README.md'), '# Orders\n\n![CI](https://example.com/orders/badge.svg)\n\nhttps://example.com/courses/orders/\n');
  writeFileSync(path.join(dir, 'openapi.yaml'), 'openapi: 3.0.3\ninfo: { title: orders, version: "1" }\npaths: {}\n');

  it('grades documentation L0 with the README missing, and the reason given', async () => {
    const docs = (await grade(dir, { config: false })).dimensions.documentation;
    expect(docs.level).toBe(0);
    expect(docs.notSeen).toBeUndefined();
    const readme = docs.rules.find((r) => r.id === 'documentation.readme')!;
    expect(readme.status).toBe('missing');
    expect(JSON.stringify(readme)).toContain('a title and a link');
  });
});

describe('strict gates from the command line and the action input', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'levelgate-not-seen-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, 'README.md'), README_OF_FOUR_LINES);
  writeFileSync(path.join(dir, 'openapi.yaml'), 'openapi: 3.0.3\ninfo: { title: orders, version: "1" }\npaths: {}\n');

  async function cli(...argv: string[]) {
    let stdout = '';
    const io = { stdout: { write: (s: string) => ((stdout += s), true), isTTY: false }, stderr: { write: () => true, isTTY: false } } as unknown as Parameters<typeof main>[1];
    return { code: await main(argv, io), stdout };
  }

  it('--strict-gates turns a documentation target the unseen README met into a failure', async () => {
    const relaxed = await cli(dir, '--no-config', '-t', 'documentation=L2', '-f', 'text');
    expect(relaxed.code).toBe(0);
    expect(relaxed.stdout).toMatch(/documentation\s+L2/);
    const strict = await cli(dir, '--no-config', '--strict-gates', '-t', 'documentation=L2', '-f', 'text');
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/documentation\s+L0/);
  });

  it('reads the action input strict-gates as a boolean, and refuses anything else', () => {
    const key = 'INPUT_STRICT-GATES';
    try {
      process.env[key] = 'true';
      expect(readInputs(dir).strictGates).toBe(true);
      process.env[key] = '';
      expect(readInputs(dir).strictGates).toBe(false);
      process.env[key] = 'sometimes';
      expect(() => readInputs(dir)).toThrow(/strict-gates/);
    } finally {
      delete process.env[key];
    }
  });
});

it('never takes a custom required rule (the user\'s own bar) as not seen', () => {
  const rules = [rule('x.gate-a', 1, 'missing'), rule('x.gate-b', 1, 'met'), ...l2Holds];
  expect(scoreDimension('functionality', LEVELS, rules, { custom: new Set(['x.gate-a']) }).level).toBe(0);
  expect(scoreDimension('functionality', LEVELS, rules, { custom: new Set(['x.other']) }).level).toBe(2);
});

it('never takes a headline the repository is seen to have none of as not seen', () => {
  const rules = [rule('x.gate-a', 1, 'missing', { none: 'the repository has no CI configuration' }), rule('x.gate-b', 1, 'met'), ...l2Holds];
  const d = scoreDimension('functionality', LEVELS, rules);
  expect(d.level).toBe(0);
  expect(d.notSeen).toBeUndefined();
});

describe('grade: a typed service with tests and no CI', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'levelgate-none-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'orders', version: '1.0.0', scripts: { build: 'tsc', test: 'vitest run' }, dependencies: { express: '^4.19.0' }, devDependencies: { vitest: '^4.0.0', typescript: '^5.9.0' } }, null, 2));
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true } }));
  writeFileSync(path.join(dir, 'src', 'app.ts'), "import express from 'express';\nexport const app = express();\napp.use((err: Error, req: express.Request, res: express.Response, next: express.NextFunction) => {\n  res.status(500).json({ error: err.message });\n});\n");
  writeFileSync(path.join(dir, 'src', 'app.test.ts'), "import { expect, it } from 'vitest';\nimport { app } from './app';\nit('rejects a bad order', () => {\n  expect(() => JSON.parse('{')).toThrow();\n  expect(app).toBeDefined();\n});\n");

  it('says the repository has no CI configuration, and keeps functionality at L0 whatever its L2 evidence', async () => {
    const f = (await grade(dir, { config: false })).dimensions.functionality;
    expect(f.rules.filter((r) => r.level === 2 && r.status === 'met').length).toBeGreaterThanOrEqual(2);
    expect(f.level).toBe(0);
    expect(f.notSeen).toBeUndefined();
    expect(f.rules.find((r) => r.id === 'functionality.ci-runs-tests')).toMatchObject({ status: 'missing', none: 'the repository has no CI configuration' });
  });
});
