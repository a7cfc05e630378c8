// The monorepo comment: a short verdict ("❌ 10/30 packages below L2"), the packages that changed or fail first and
// the rest folded, identical needs merged across packages, a short failure annotation, under every size limit.
import { mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readResultFile, writeResultFile, type ResultFile } from '../../src/github/result-file.js';
import type { PackageReport } from '../../src/monorepo/grade.js';
import { COMMENT_LIMIT, COMMENT_MARKER, composeMonorepoComment, failureMessage, monorepoDelta, SUMMARY_BUDGET_BYTES, type MonorepoCommentInput } from '../../src/report/comment.js';
import { renderMonorepoTable } from '../../src/report/monorepo-markdown.js';
import { parseTargets } from '../../src/targets.js';
import type { Level } from '../../src/types.js';
import { minRowWidthPx, PHONE_BODY_PX, render, visibleLines, visibleText } from './render-helpers.js';
import { makeReport } from './make-report.js';
import { scenarioReport, upTo } from './scenarios.js';

const sha = (c: string) => c.repeat(40);
const REPO = 'https://github.com/acme/shop';

/** n packages; every third is at L1 in testing (below an L2 target). */
function packages(n: number, over: (i: number) => Partial<Record<'testing' | 'security', number>> = () => ({})): PackageReport[] {
  return Array.from({ length: n }, (_, i) => {
    const folder = `packages/pkg-${String(i).padStart(2, '0')}`;
    return { path: folder, name: `@acme/pkg-${i}`, manifest: `${folder}/package.json`, report: scenarioReport({ met: upTo({ testing: i % 3 === 0 ? 1 : 2, ...over(i) }), folder: `${folder}/` }) };
  });
}

const whole = scenarioReport({ met: upTo() });
const input = (over: Partial<MonorepoCommentInput> = {}): MonorepoCommentInput => ({
  result: { whole, packages: packages(30), discovery: 'workspaces' },
  targets: parseTargets(['L2']),
  base: { kind: 'graded', sha: sha('a'), report: whole, packages: packages(30, (i) => (i === 4 ? { security: 3 } : {})).filter((p) => p.path !== 'packages/pkg-29') },
  headSha: sha('b'),
  runUrl: `${REPO}/actions/runs/7`,
  repoUrl: REPO,
  marker: COMMENT_MARKER,
  ...over,
});

const cmark = spawnSync('cmark-gfm', ['--version']).status === 0;

describe('composeMonorepoComment with 30 packages', () => {
  const body = composeMonorepoComment(input());

  it('matches its snapshot', async () => {
    await expect(body).toMatchFileSnapshot('__snapshots__/comment-monorepo-30.md');
  });

  it('has a short headline and one action line with the needs merged across packages', () => {
    const lines = body.split('\n');
    expect(lines[1]).toBe('### ❌ levelgate: 10/30 packages below L2 — this PR lowers 1 package, adds 1 package');
    expect(lines[3]).toMatch(/^\*\*To pass:\*\* 10 packages need \[`testing\.broad-suite`\]\(.*\), \[`testing\.coverage`\]\(.*\) and \[`testing\.tests-in-ci`\]\(.*\) for Testing L2$/);
  });

  it('shows changed and failing packages first, the rest folded', () => {
    const visible = visibleLines(body).filter((l) => l.startsWith('| '));
    expect(visible[2]).toBe('| ⬇️ | `packages/pkg-04` | L2 | ⬇️ Sec L3→L2 |');
    expect(visible.some((l) => l.includes('`packages/pkg-29`') && l.includes('🆕 new'))).toBe(true);
    expect(visible.length).toBeLessThanOrEqual(2 + 10);
    expect(body).toMatch(/<summary>❌ 21 packages unchanged \(2 below target\)<\/summary>/);
    // Every package is in a table row, once.
    for (let i = 0; i < 30; i++) expect(body.split('\n').filter((l) => l.startsWith(`| `) && l.includes(`\`packages/pkg-${String(i).padStart(2, '0')}\``))).toHaveLength(1);
  });

  it('keeps the table narrow enough for a phone: four columns, each row wrapping within 400 px', () => {
    const rows = body.split('\n').filter((l) => l.startsWith('| ') && !/^\|[\s:|-]+\|$/.test(l));
    for (const row of rows) {
      expect(row.split(/(?<!\\)\|/).length - 2).toBe(4);
      expect(minRowWidthPx(row), row).toBeLessThanOrEqual(PHONE_BODY_PX);
    }
  });

  it('labels packages in raw HTML as HTML: no Markdown escapes in a <summary>, no mention', () => {
    expect(body).toContain('<summary><code>packages/pkg-00</code> (<code>@acme/pkg-0</code>): L1 ❌</summary>');
    expect(body).not.toMatch(/<summary>[^\n]*\\/);
  });

  it.skipIf(!cmark && !process.env.CI)('renders with no literal backslash or backtick, balanced folds', () => {
    const html = render(body);
    const text = visibleText(html);
    expect(text).not.toContain('\\');
    expect(text).not.toContain('`');
    expect(html.match(/<details>/g)?.length).toBe(html.match(/<\/details>/g)?.length);
    expect(html.match(/<table>/g)?.length).toBe(2);
  });

  it('keeps the failure annotation to a few lines', () => {
    const message = failureMessage(input());
    expect(message.split('\n')[0]).toBe('❌ levelgate: 10/30 packages below L2 — this PR lowers 1 package, adds 1 package');
    expect(message).toContain('- 10 packages: testing L1 < L2, needs testing.broad-suite, testing.coverage and testing.tests-in-ci');
    expect(message.split('\n').length).toBeLessThanOrEqual(10);
    expect(message.length).toBeLessThan(1500);
  });

  it('keeps the job summary far under its limit, with evidence, and without the comment footer', () => {
    const big = input({ result: { whole, packages: packages(30).map((p) => ({ ...p, report: { ...p.report, dimensions: withFindings(p.report, 40) } })), discovery: 'workspaces' }, marker: undefined });
    const summary = composeMonorepoComment(big, { limit: SUMMARY_BUDGET_BYTES, measure: (s) => Buffer.byteLength(s) });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES);
    expect(summary).toContain(', with evidence</summary>');
    expect(summary).not.toContain('updated on every push');
  });
});

function withFindings(report: PackageReport['report'], n: number): PackageReport['report']['dimensions'] {
  const dimensions = { ...report.dimensions };
  for (const [d, result] of Object.entries(dimensions)) {
    dimensions[d as keyof typeof dimensions] = { ...result, rules: result.rules.map((r) => (r.status === 'met' ? { ...r, findings: Array.from({ length: n }, (_, i) => ({ file: `src/f${i}.ts`, line: i + 1, message: 'x'.repeat(60), strength: 'strong' as const })) } : r)) };
  }
  return dimensions;
}

describe('composeMonorepoComment', () => {
  it('meets the target: a check mark, the packages folded', () => {
    const result = { whole, packages: packages(4).map((p) => ({ ...p, report: whole })) };
    const body = composeMonorepoComment(input({ result, base: { kind: 'none' } }));
    expect(body.split('\n')[1]).toBe('### ✅ levelgate: all 4 packages and the whole meet L2');
    expect(body).not.toContain('What the target needs');
    expect(body).toContain('<summary>✅ 5 packages</summary>');
  });

  it('shows the change against the base per package: up, down, new, removed; fail-on-regression in the verdict', () => {
    const head = { whole: makeReport(), packages: legacy(3) };
    const basePackages: PackageReport[] = [
      { ...head.packages[0]!, report: makeReport({ levels: { testing: 0, security: 3 } }) }, // service-00 goes up
      { ...head.packages[1]!, report: makeReport({ levels: { testing: 2, security: 4 } }) }, // service-01: security down
      { path: 'services/gone', name: 'gone', report: makeReport() },
    ];
    const base = { kind: 'graded' as const, sha: sha('a'), report: makeReport(), packages: basePackages };
    const body = composeMonorepoComment(input({ result: head, base, targets: parseTargets(['L1']), failOnRegression: true }));
    expect(body.split('\n')[1]).toBe('### ❌ levelgate: all 3 packages and the whole meet L1 — this PR lowers 1 package, raises 1 package, adds 1 package');
    expect(body).toContain('**To pass:** restore the levels this pull request lowered (`fail-on-regression` is on); see the table.');
    expect(body).toContain('| ⬆️ | `services/service-00` | L0 → **L1** | ⬆️ Test L0→L1 |');
    expect(body).toContain('| ⬇️ | `services/service-01` | L2 | ⬇️ Sec L4→L3 |');
    expect(body).toMatch(/\| ✅ \| `services\/service-02` \| L2 \| 🆕 new \|/);
    expect(body).toContain('Removed since the base commit: `services/gone` (was L2).');
    const delta = monorepoDelta(head, base)!;
    expect(delta.regressions).toEqual([{ package: 'services/service-01', scope: 'security', base: 4, head: 3 }]);
    expect(failureMessage(input({ result: head, base, targets: parseTargets(['L1']), failOnRegression: true }))).toContain('- services/service-01: this pull request lowers security from L4 to L3 (fail-on-regression)');
  });

  it('stays under 65,000 characters with 30 packages of plenty of evidence, cutting evidence first', () => {
    const result = { whole: makeReport({ extraRules: 20 }), packages: legacy(30, 20), discovery: 'workspaces' as const };
    const full = composeMonorepoComment(input({ result, base: { kind: 'none' } }), { limit: Infinity });
    expect(full.length).toBeGreaterThan(COMMENT_LIMIT);
    const body = composeMonorepoComment(input({ result, base: { kind: 'none' } }));
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.startsWith(`${COMMENT_MARKER}\n### ❌ levelgate: 10/30 packages below L2\n`)).toBe(true);
    expect(body).toContain("to fit GitHub's comment size limit; the full report is in the [job summary](https://github.com/acme/shop/actions/runs/7)");
  });

  it('always fits, keeping the verdict first, even for a tiny limit', () => {
    const body = composeMonorepoComment(input({ base: { kind: 'none' } }), { limit: 5000 });
    expect(body.length).toBeLessThanOrEqual(5000);
    expect(body.startsWith(`${COMMENT_MARKER}\n### ❌ levelgate:`)).toBe(true);
  });

  it('a "|" in a folder name does not split its table row', () => {
    const result = { whole: makeReport(), packages: [{ path: 'evil|<img src=x>', name: 'evil', report: makeReport({ levels: { testing: 1 } }) }] };
    const body = composeMonorepoComment(input({ result, base: { kind: 'none' } }));
    const row = body.split('\n').find((l) => l.startsWith('|') && l.includes('evil'))!;
    expect(row).toContain('`evil\\|<img src=x>`');
    expect(row.split(/(?<!\\)\|/).length).toBe(6);
    expect(body).toContain('<summary><code>evil|&lt;img src=x&gt;</code> (<code>evil</code>)');
  });

  it('a "|" in a folder name does not split its row in the plain Markdown report either', () => {
    const result = { whole: makeReport(), packages: [{ path: 'evil|<img src=x>', name: 'evil', report: makeReport() }], discovery: 'manifests' as const };
    const rows = renderMonorepoTable(result, parseTargets(['L2']));
    const evil = rows.find((l) => l.includes('evil'))!;
    expect(evil.split(/(?<!\\)\|/).length).toBe(rows[0]!.split('|').length);
  });
});

/** The older hand-made packages (services/service-NN, every third at L1 in testing). */
function legacy(n: number, extraRules = 0): PackageReport[] {
  return Array.from({ length: n }, (_, i) => ({
    path: `services/service-${String(i).padStart(2, '0')}`,
    name: `@acme/service-${i}`,
    manifest: `services/service-${String(i).padStart(2, '0')}/package.json`,
    report: makeReport({ levels: { testing: (i % 3 === 0 ? 1 : 2) as Level, security: 3 }, extraRules }),
  }));
}

describe('the result file in monorepo mode', () => {
  it('keeps the packages of the head and the base, and the graded folder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'levelgate-result-'));
    try {
      const result: ResultFile = {
        levelgate: 'action-result',
        version: 1,
        pullRequest: 3,
        headSha: sha('b'),
        report: makeReport(),
        base: { kind: 'graded', sha: sha('a'), report: makeReport(), packages: legacy(2) },
        packages: legacy(3),
        discovery: 'workspaces',
        prefix: 'apps/',
      };
      await writeResultFile(path.join(dir, 'r.json'), result);
      const read = await readResultFile(path.join(dir, 'r.json'));
      expect(read.packages?.map((p) => p.path)).toEqual(['services/service-00', 'services/service-01', 'services/service-02']);
      expect(read.discovery).toBe('workspaces');
      expect(read.prefix).toBe('apps/');
      expect(read.base.kind === 'graded' && read.base.packages?.length).toBe(2);
      await writeResultFile(path.join(dir, 'bad.json'), { ...result, prefix: '../../elsewhere/' });
      await expect(readResultFile(path.join(dir, 'bad.json'))).rejects.toThrow(/prefix/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
