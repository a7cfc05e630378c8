// A page per rule (docs/rules/<id>.md), and every report links to it: SARIF helpUri, the JSON report's docsUrl,
// the CLI's -v output and the pull request comment. Custom rules have no page and no link.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grade } from '../../src/engine.js';
import { readResultFile } from '../../src/github/result-file.js';
import { composeComment } from '../../src/report/comment.js';
import { renderJson } from '../../src/report/json.js';
import { toSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { loadCatalog, type Catalog } from '../../src/rules/load.js';
import { RULE_PAGES } from '../../src/rules/rule-pages.js';
import { ruleDocsUrl } from '../../src/rules/docs-url.js';
import { parseTargets } from '../../src/targets.js';
import { DIMENSIONS, type GradeReport } from '../../src/types.js';
import { TOOL_VERSION } from '../../src/version.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
const page = (id: string) => readFileSync(path.join(ROOT, 'docs', 'rules', `${id}.md`), 'utf8');
let catalog: Catalog;
let report: GradeReport;
const temps: string[] = [];

beforeAll(async () => {
  catalog = await loadCatalog();
  report = await grade(path.join(FIXTURES, 'l1-script'), { config: false });
});
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

describe('docs/rules/<rule-id>.md', () => {
  it('exists for every rule, and only for rules', () => {
    const ids = catalog.rules.map((r) => r.id).sort();
    expect([...RULE_PAGES].sort()).toEqual(ids);
    for (const id of ids) expect(existsSync(path.join(ROOT, 'docs', 'rules', `${id}.md`)), id).toBe(true);
  });

  it('says, for every rule, the rubric line, what counts, what never counts and how to fix it, in words', () => {
    for (const rule of catalog.rules) {
      const text = page(rule.id);
      expect(text.startsWith(`# \`${rule.id}\`: ${rule.title}\n`), rule.id).toBe(true);
      const rubric = /## What the rubric asks\n\n> \*\*(\w+) L(\d)[^\n]*\.\*\* (.+)\n/.exec(text);
      expect(rubric, rule.id).not.toBeNull();
      expect(rubric![1]!.toLowerCase()).toBe(rule.dimension);
      expect(Number(rubric![2])).toBe(rule.level);
      expect(rubric![3]!.length, `${rule.id}: the rubric's evidence line`).toBeGreaterThan(20);
      expect(text).toContain(rule.negative ? '## What is a violation' : '## What counts');
      expect(text).toContain(rule.negative ? '## What is not a violation' : '## What never counts');
      expect(text).toContain(`## How to fix it\n\n${rule.hint}`);
      // The words come before the technical details, and no raw pattern is in them.
      const words = text.slice(0, text.indexOf('## Technical details'));
      for (const m of rule.evidence) {
        const pattern = 'text' in m ? m.text : 'ci' in m ? m.ci : 'contains' in m ? m.contains : undefined;
        if (pattern && /[\\|(]/.test(pattern)) expect(words, `${rule.id}: ${pattern}`).not.toContain(pattern);
      }
    }
  });

  it('is linked from the index, with the examples written for it', () => {
    const index = readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8');
    for (const rule of catalog.rules) expect(index).toContain(`[\`${rule.id}\`](rules/${rule.id}.md)`);
    expect(page('testing.coverage')).toMatch(/## Examples\n\n\*\*TypeScript \(vitest\)\*\*\n\n❌ Does not count:/);
  });

  it('is up to date (node scripts/gen-rules-doc.mjs --check), and the check fails on a stale page', () => {
    expect(() => execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'gen-rules-doc.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
    // The check runs on a copy with one page edited by hand.
    const copy = mkdtempSync(path.join(tmpdir(), 'levelgate-pages-'));
    temps.push(copy);
    for (const part of ['scripts', 'rules', 'docs', 'src/detectors', 'src/rules', 'node_modules']) cpSync(path.join(ROOT, part), path.join(copy, part), { recursive: true, verbatimSymlinks: true });
    writeFileSync(path.join(copy, 'docs', 'rules', 'testing.coverage.md'), '# edited by hand\n');
    let failure = '';
    try {
      execFileSync(process.execPath, [path.join(copy, 'scripts', 'gen-rules-doc.mjs'), '--check'], { stdio: 'pipe' });
    } catch (error) {
      failure = String((error as { stderr: Buffer }).stderr);
    }
    expect(failure).toContain('docs/rules/testing.coverage.md');
  });
});

describe('links from every report to the rule pages', () => {
  const url = (id: string) => `https://github.com/levelgate/levelgate/blob/v${TOOL_VERSION}/docs/rules/${id}.md`;

  it('points at the page of the version that graded, for shipped rules only', () => {
    expect(ruleDocsUrl('testing.coverage')).toBe(url('testing.coverage'));
    expect(ruleDocsUrl('testing.coverage', '2.3.4')).toBe('https://github.com/levelgate/levelgate/blob/v2.3.4/docs/rules/testing.coverage.md');
    expect(ruleDocsUrl('testing.coverage', '1.0"><script>')).toBe(url('testing.coverage'));
    expect(ruleDocsUrl('testing.acme-contract')).toBeUndefined();
  });

  it('SARIF: helpUri on every rule, and in the help text', () => {
    const sarif = toSarif(report, { targets: parseTargets(['L4']) }) as any;
    const rules = sarif.runs[0].tool.driver.rules as { id: string; helpUri: string; help: { markdown: string } }[];
    expect(rules.length).toBeGreaterThan(5);
    for (const r of rules) {
      expect(r.helpUri).toBe(url(r.id));
      expect(r.help.markdown).toContain(`](${url(r.id)})`);
    }
  });

  it('JSON: docsUrl on every rule, and a report file carrying it reads back', async () => {
    const json = JSON.parse(renderJson(report));
    for (const d of DIMENSIONS) for (const list of ['met', 'missing', 'notApplicable']) for (const r of json.dimensions[d][list]) expect(r.docsUrl).toBe(url(r.id));
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'levelgate-docsurl-')), 'report.json');
    temps.push(path.dirname(file));
    writeFileSync(file, JSON.stringify(json));
    expect((await readResultFile(file)).report.level).toBe(report.level);
    json.dimensions.testing.missing[0].docsUrl = 'javascript:alert(1)';
    writeFileSync(file, JSON.stringify(json));
    await expect(readResultFile(file)).rejects.toThrow(/docsUrl/);
  });

  it('CLI -v: each rule missing for the next level with its page', () => {
    const text = renderText(report, { verbose: true });
    const missing = report.dimensions.testing.next!.requiredMissing;
    expect(missing.length).toBeGreaterThan(0);
    for (const id of missing) expect(text).toContain(`      - ${id}  ${url(id)}`);
    expect(renderText(report)).not.toContain('https://');
  });

  it('the pull request comment: each missing rule id links to its page', () => {
    const comment = composeComment({ report, targets: parseTargets(['L2']), base: { kind: 'none' } });
    const failing = report.dimensions.testing.next!.requiredMissing[0]!;
    expect(comment).toContain(`[\`${failing}\`](${url(failing)}): `);
  });
});

describe('custom rules', () => {
  it('get no link', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'levelgate-custom-'));
    temps.push(dir);
    cpSync(path.join(FIXTURES, 'l1-script'), dir, { recursive: true });
    writeFileSync(
      path.join(dir, '.levelgate.yml'),
      'customRules:\n  - dimension: testing\n    levels: { 1: { required: [testing.acme-contract] } }\n    rules:\n      - { id: testing.acme-contract, level: 1, title: Contract tests, hint: Add pact tests., evidence: [{ files: ["**/*.pact.json"] }] }\n',
    );
    const custom = await grade(dir);
    const json = JSON.parse(renderJson(custom));
    const rule = [...json.dimensions.testing.missing, ...json.dimensions.testing.met].find((r: { id: string }) => r.id === 'testing.acme-contract');
    expect(rule).toBeDefined();
    expect(rule.docsUrl).toBeUndefined();
    const comment = composeComment({ report: custom, targets: parseTargets(['L1']), base: { kind: 'none' } });
    expect(comment).toContain('- `testing.acme-contract`: ');
  });
});
