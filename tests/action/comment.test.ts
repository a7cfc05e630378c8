// The pull request comment: structure, escaping, the delta, and cutting to the size limit evidence first.
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { COMMENT_LIMIT, COMMENT_MARKER, composeComment, markerFor, type CommentInput } from '../../src/report/comment.js';
import { parseTargets } from '../../src/targets.js';
import { makeReport } from './make-report.js';

const sha = (c: string) => c.repeat(40);
const input = (over: Partial<CommentInput> = {}): CommentInput => ({
  report: makeReport({ levels: { security: 1, testing: 3 } }),
  targets: parseTargets(['L2', 'security=L3']),
  base: { kind: 'graded', sha: sha('a'), report: makeReport({ levels: { security: 2, testing: 2 } }) },
  headSha: sha('b'),
  runUrl: 'https://github.com/o/r/actions/runs/1',
  marker: COMMENT_MARKER,
  ...over,
});

describe('composeComment', () => {
  it('starts with the marker and the verdict, then bars, the change, the target and missing rules', () => {
    const body = composeComment(input({ failOnRegression: true }));
    const lines = body.split('\n');
    expect(lines[0]).toBe(COMMENT_MARKER);
    expect(lines[1]).toBe('## ❌ levelgate: L1 Builder, below target (L2, security L3)');
    expect(body).toContain('| Security | `██░░░░░░` | L1 Builder | ⬇️ **down from L2** | ❌ L3 |');
    expect(body).toContain('| Testing | `██████░░` | L3 Architect | ⬆️ up from L2 | ✅ L2 |');
    expect(body).toContain('This pull request lowers **Security** from L2 to L1. The build fails because `fail-on-regression` is on.');
    expect(body).toContain('### Missing for the target');
    expect(body).toContain('- `security.l2-rule`: add the security L2 practice \\(see docs\\)');
    expect(body).toMatch(/<details>\n<summary><b>Full report<\/b>/);
  });

  it('meets the target: a check mark, no missing section', () => {
    const body = composeComment(input({ report: makeReport(), targets: parseTargets(['L2']), base: { kind: 'none' } }));
    expect(body).toContain('## ✅ levelgate: L2 Secure Builder, meets target (L2)');
    expect(body).not.toContain('Missing for the target');
    expect(body).not.toContain('Change vs base');
  });

  it('says plainly when the base commit was not graded', () => {
    const body = composeComment(input({ base: { kind: 'unavailable', sha: sha('c'), reason: 'it is not in this checkout (a shallow clone)', hint: 'Use `fetch-depth: 0`.' } }));
    expect(body).toContain('> The base commit `ccccccc` was not graded: it is not in this checkout \\(a shallow clone\\).');
    expect(body).toContain('fetch-depth: 0');
    expect(body).not.toContain('Change vs base');
  });

  it('escapes text from the report: no HTML, mentions or links get through', () => {
    const report = makeReport({ levels: { security: 0 } });
    report.dimensions.security.rules[0]!.hint = '<img src=x onerror=alert(1)> @org/team [x](https://evil.example) |';
    report.dimensions.security.rules[0]!.id = 'evil`id';
    const body = composeComment(input({ report }));
    expect(body).not.toContain('<img');
    expect(body).not.toMatch(/(^|[^\u200b])@org/);
    expect(body).not.toContain('](https://evil');
    expect(body).not.toContain('`evil`id`');
  });

  it('keys the marker for several comments on one pull request', () => {
    expect(markerFor('')).toBe(COMMENT_MARKER);
    expect(markerFor('web')).toBe('<!-- levelgate:report:web -->');
  });

  it('fits the limit by cutting evidence first, keeping the verdict, pointing to the job summary', () => {
    const big = makeReport({ levels: { security: 1 }, extraRules: 400 });
    const full = composeComment(input({ report: big }), { limit: Infinity });
    expect(full.length).toBeGreaterThan(COMMENT_LIMIT);

    const body = composeComment(input({ report: big }));
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.startsWith(`${COMMENT_MARKER}\n## ❌ levelgate: L1 Builder`)).toBe(true);
    expect(body).toContain('| Security | `██░░░░░░` | L1 Builder |');
    expect(body).toContain('Missing for the target');
    expect(body).toContain("to fit GitHub's comment size limit; the full report is in the [job summary](https://github.com/o/r/actions/runs/1)");
  });

  it('keeps the evidence it can: fewer findings per rule before none', () => {
    const medium = makeReport({ extraRules: 12 });
    const full = composeComment(input({ report: medium }), { limit: Infinity });
    const body = composeComment(input({ report: medium }), { limit: Math.floor(full.length * 0.8) });
    expect(body).toContain('Evidence is shortened');
    expect(body).toContain('## Evidence');
  });

  it('always fits, even when the verdict alone is longer than a tiny limit', () => {
    const body = composeComment(input(), { limit: 600 });
    expect(body.length).toBeLessThanOrEqual(600);
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
  });

  it('counts bytes for the job summary', () => {
    const body = composeComment(input({ marker: undefined }), { limit: 3000, measure: (s) => Buffer.byteLength(s) });
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(3000);
    expect(body).not.toContain(COMMENT_MARKER);
  });

  const cmark = spawnSync('cmark-gfm', ['--version']).status === 0;
  it.skipIf(!cmark)('renders with GitHub Flavored Markdown: a table, balanced <details>, no stray pipes', () => {
    const body = composeComment(input({ report: makeReport({ levels: { security: 1 }, extraRules: 3 }) }));
    const html = execFileSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'tagfilter', '-e', 'strikethrough'], { input: body, encoding: 'utf8' });
    expect(html).toContain('<h2>❌ levelgate: L1 Builder, below target (L2, security L3)</h2>');
    const firstTable = html.slice(html.indexOf('<table>'), html.indexOf('</table>'));
    expect(firstTable.match(/<tr>/g)).toHaveLength(9); // header, seven dimensions, overall
    expect(firstTable).toContain('<td align="left"><code>██░░░░░░</code></td>');
    expect(html.match(/<details>/g)?.length).toBe(html.match(/<\/details>/g)?.length);
    expect(html).not.toContain('&lt;details');
  });
});
