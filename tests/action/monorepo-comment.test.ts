// The monorepo comment: the verdict for the whole and every package, one table line per package with the
// change against the base, what failing packages miss, details folded; under the comment limit with 30 packages.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readResultFile, writeResultFile, type ResultFile } from '../../src/github/result-file.js';
import type { PackageReport } from '../../src/monorepo/grade.js';
import { COMMENT_LIMIT, COMMENT_MARKER, composeMonorepoComment, monorepoDelta, type MonorepoCommentInput } from '../../src/report/comment.js';
import { renderMonorepoTable } from '../../src/report/monorepo-markdown.js';
import { parseTargets } from '../../src/targets.js';
import type { Level } from '../../src/types.js';
import { makeReport } from './make-report.js';

const sha = (c: string) => c.repeat(40);

/** n synthetic services; every third is below L2 in testing, each with plenty of evidence. */
function packages(n: number, extraRules = 0, offset = 0): PackageReport[] {
  return Array.from({ length: n }, (_, i) => ({
    path: `services/service-${String(i + offset).padStart(2, '0')}`,
    name: `@acme/service-${i + offset}`,
    manifest: `services/service-${String(i + offset).padStart(2, '0')}/package.json`,
    report: makeReport({ levels: { testing: (i % 3 === 0 ? 1 : 2) as Level, security: 3 }, extraRules }),
  }));
}

const input = (over: Partial<MonorepoCommentInput> = {}): MonorepoCommentInput => ({
  result: { whole: makeReport(), packages: packages(4), discovery: 'workspaces' },
  targets: parseTargets(['L2']),
  base: { kind: 'none' },
  headSha: sha('b'),
  runUrl: 'https://github.com/o/r/actions/runs/1',
  marker: COMMENT_MARKER,
  ...over,
});

const tableRows = (body: string) => body.split('\n').filter((l) => l.startsWith('| `services/'));

describe('composeMonorepoComment', () => {
  it('starts with the marker and the verdict for the whole and the packages, then one row per package', () => {
    const body = composeMonorepoComment(input());
    const lines = body.split('\n');
    expect(lines[0]).toBe(COMMENT_MARKER);
    expect(lines[1]).toBe('## ❌ levelgate: L2 Secure Builder overall, 4 packages, below target (L2): 2 packages');
    expect(body).toContain('| Package | Overall | Func | Sec | Perf | Arch | Test | Docs | Mon | Target |');
    expect(body).toContain('| **(whole)** | **L2** | L2 | L2 | L2 | L2 | L2 | L2 | L2 | ✅ |');
    expect(body).toContain('| `services/service-00` | **L1** | L2 | L3 | L2 | L2 | L1 ❌ | L2 | L2 | ❌ |');
    expect(tableRows(body)).toHaveLength(4);
    expect(body).toContain('### Missing for the target');
    expect(body).toContain('**`services/service-03`**: Testing L1 (target L2)');
    expect(body).toContain('- Testing: `testing.l2-rule`: add the testing L2 practice \\(see docs\\)');
    expect(body).not.toContain('**`services/service-01`**');
    expect(body).toMatch(/<details>\n<summary><b>Full report<\/b>/);
    expect(body).toContain('<details><summary><b>services/service\\-02 \\(@​acme/service\\-2\\)</b>');
  });

  it('meets the target: every package and the whole', () => {
    const result = { whole: makeReport(), packages: packages(4).map((p) => ({ ...p, report: makeReport() })) };
    const body = composeMonorepoComment(input({ result }));
    expect(body.split('\n')[1]).toBe('## ✅ levelgate: L2 Secure Builder overall, 4 packages, all meet target (L2)');
    expect(body).not.toContain('Missing for the target');
  });

  it('shows the change against the base per package: up, down, new, removed; fail-on-regression in the verdict', () => {
    const head = { whole: makeReport(), packages: packages(3) };
    const basePackages: PackageReport[] = [
      { ...head.packages[0]!, report: makeReport({ levels: { testing: 0, security: 3 } }) }, // service-00 goes up
      { ...head.packages[1]!, report: makeReport({ levels: { testing: 2, security: 4 } }) }, // service-01: security down
      { path: 'services/gone', name: 'gone', report: makeReport() },
    ];
    const base = { kind: 'graded' as const, sha: sha('a'), report: makeReport(), packages: basePackages };
    const body = composeMonorepoComment(input({ result: head, base, targets: parseTargets(['L1']), failOnRegression: true }));
    expect(body.split('\n')[1]).toBe('## ❌ levelgate: L2 Secure Builder overall, 3 packages, all meet target (L1) but lowered by this pull request');
    expect(body).toContain('compared with base `aaaaaaa`');
    expect(body).toContain('| `services/service-00` | **L1** | L2 | L3 | L2 | L2 | L1 | L2 | L2 | ✅ | ⬆️ L0→L1; Test higher |');
    expect(body).toContain('| `services/service-01` | **L2** | L2 | L3 | L2 | L2 | L2 | L2 | L2 | ✅ | ⬇️ **Sec** lower |');
    expect(body).toContain('| `services/service-02` | **L2** |');
    expect(tableRows(body).find((r) => r.includes('service-02'))).toMatch(/🆕 new \|$/);
    expect(body).toContain('| **(whole)** | **L2** | L2 | L2 | L2 | L2 | L2 | L2 | L2 | ✅ | no change |');
    expect(body).toContain('Removed since the base commit: `services/gone` (was L2).');
    expect(body).toContain('This pull request lowers `services/service-01`: **Security** from L4 to L3. The build fails because `fail-on-regression` is on.');
    const delta = monorepoDelta(head, base)!;
    expect(delta.regressions).toEqual([{ package: 'services/service-01', scope: 'security', base: 4, head: 3 }]);
    expect(delta.packages.get('services/service-02')).toEqual({ kind: 'new' });
  });

  it('with 30 packages stays under 65,000 characters, one table line per package, cut evidence first', () => {
    const result = { whole: makeReport({ extraRules: 20 }), packages: packages(30, 20), discovery: 'workspaces' as const };
    const base = { kind: 'graded' as const, sha: sha('a'), report: makeReport(), packages: packages(29, 0, 1) };
    const full = composeMonorepoComment(input({ result, base }), { limit: Infinity });
    expect(full.length).toBeGreaterThan(COMMENT_LIMIT);

    const body = composeMonorepoComment(input({ result, base }));
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.startsWith(`${COMMENT_MARKER}\n## ❌ levelgate: L2 Secure Builder overall, 30 packages, below target (L2): 10 packages\n`)).toBe(true);
    const rows = tableRows(body);
    expect(rows).toHaveLength(30);
    // One line per package, each in its own row, short enough to read.
    for (let i = 0; i < 30; i++) expect(rows.filter((r) => r.includes(`service-${String(i).padStart(2, '0')}\``))).toHaveLength(1);
    expect(Math.max(...rows.map((r) => r.length))).toBeLessThan(160);
    expect(rows[0]).toContain('🆕 new'); // service-00 is not on the base
    expect(body).toContain('Missing for the target');
    expect(body).toContain("to fit GitHub's comment size limit; the full report is in the [job summary](https://github.com/o/r/actions/runs/1)");
    // The table comes whole before anything that was cut.
    expect(body.indexOf('| `services/service-29`')).toBeLessThan(body.indexOf('Missing for the target'));
  });

  it('always fits, keeping the verdict first, even for a tiny limit', () => {
    const body = composeMonorepoComment(input({ result: { whole: makeReport(), packages: packages(30) } }), { limit: 5000 });
    expect(body.length).toBeLessThanOrEqual(5000);
    expect(body.startsWith(`${COMMENT_MARKER}\n## ❌ levelgate:`)).toBe(true);
    expect(tableRows(body)).toHaveLength(30);
  });

  it('a "|" in a folder name does not split its table row', () => {
    const result = { whole: makeReport(), packages: [{ path: 'evil|<img src=x>', name: 'evil', report: makeReport() }] };
    const body = composeMonorepoComment(input({ result }));
    const row = body.split('\n').find((l) => l.includes('evil'))!;
    expect(row).toContain('`evil\\|<img src=x>`');
    expect(row.split(/(?<!\\)\|/).length).toBe(body.split('\n').find((l) => l.startsWith('| **(whole)**'))!.split('|').length);
  });

  it('a "|" in a folder name does not split its row in the plain Markdown report either', () => {
    const result = { whole: makeReport(), packages: [{ path: 'evil|<img src=x>', name: 'evil', report: makeReport() }], discovery: 'manifests' as const };
    const rows = renderMonorepoTable(result, parseTargets(['L2']));
    const evil = rows.find((l) => l.includes('evil'))!;
    expect(evil.split(/(?<!\\)\|/).length).toBe(rows[0]!.split('|').length);
  });

  const cmark = spawnSync('cmark-gfm', ['--version']).status === 0;
  it.skipIf(!cmark)('renders with GitHub Flavored Markdown: a table row per package, balanced <details>', () => {
    const body = composeMonorepoComment(input({ result: { whole: makeReport(), packages: packages(30, 2) } }));
    const html = execFileSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'tagfilter'], { input: body, encoding: 'utf8' });
    const table = html.slice(html.indexOf('<table>'), html.indexOf('</table>'));
    expect(table.match(/<tr>/g)).toHaveLength(32); // header, the whole, 30 packages
    expect(html.match(/<details>/g)?.length).toBe(html.match(/<\/details>/g)?.length);
  });
});

describe('the result file in monorepo mode', () => {
  it('keeps the packages of the head and the base', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'levelgate-result-'));
    try {
      const result: ResultFile = {
        levelgate: 'action-result',
        version: 1,
        pullRequest: 3,
        headSha: sha('b'),
        report: makeReport(),
        base: { kind: 'graded', sha: sha('a'), report: makeReport(), packages: packages(2) },
        packages: packages(3),
        discovery: 'workspaces',
      };
      await writeResultFile(path.join(dir, 'r.json'), result);
      const read = await readResultFile(path.join(dir, 'r.json'));
      expect(read.packages?.map((p) => p.path)).toEqual(['services/service-00', 'services/service-01', 'services/service-02']);
      expect(read.discovery).toBe('workspaces');
      expect(read.base.kind === 'graded' && read.base.packages?.length).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
