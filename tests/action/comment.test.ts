// The pull request comment as a reader meets it: snapshots of the comment for each situation, each rendered by
// cmark-gfm (GitHub's Markdown) with no stray backslash or backtick; the visible part short; the table narrow.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { COMMENT_LIMIT, COMMENT_MARKER, composeComment, composeQuietComment, failureMessage, hasChanges, markerFor, type CommentInput } from '../../src/report/comment.js';
import { parseTargets } from '../../src/targets.js';
import { makeReport } from './make-report.js';
import { PHONE_BODY_PX, render, rowWidthPx, visibleLines, visibleText } from './render-helpers.js';
import { scenarioReport, upTo } from './scenarios.js';

const sha = (c: string) => c.repeat(40);
const REPO = 'https://github.com/acme/shop';
const MEASURED = {
  'testing.broad-suite': {
    summary: '16 % of source modules have a test file; a third needed',
    values: [{ name: 'modules-with-tests', value: 16, need: 34, unit: 'percent' as const }],
  },
};

/** The situations of the issue, as a pull request would see them: base L2 everywhere. */
const base = scenarioReport({ met: upTo() });
const common = (over: Partial<CommentInput>): CommentInput => ({
  report: base,
  targets: parseTargets(['L2']),
  base: { kind: 'graded', sha: sha('a'), report: base },
  headSha: sha('b'),
  runUrl: `${REPO}/actions/runs/7`,
  repoUrl: REPO,
  marker: COMMENT_MARKER,
  policy: { source: 'base', sha: sha('a') },
  ...over,
});
const SCENARIOS: Record<string, CommentInput> = {
  pass: common({ base: { kind: 'none' } }),
  fail: common({ report: scenarioReport({ met: upTo({ testing: 1, documentation: 1 }), measured: MEASURED }), base: { kind: 'none' } }),
  regression: common({ report: scenarioReport({ met: upTo({ monitoring: 1 }) }) }),
  improvement: common({ report: scenarioReport({ met: upTo({ testing: 3 }) }) }),
  'no change': common({}),
  'base not graded': common({
    report: scenarioReport({ met: upTo({ security: 1 }) }),
    base: { kind: 'unavailable', sha: sha('c'), reason: 'it is not in this checkout (a shallow clone)', hint: 'To see what changed, give `actions/checkout` the base commit with `fetch-depth: 0`.' },
  }),
};

const cmark = spawnSync('cmark-gfm', ['--version']).status === 0;
// CI installs cmark-gfm (.ci/run): there the rendering tests must run, not skip.
const requireCmark = !!process.env.CI;

describe('the comment, situation by situation', () => {
  for (const [name, input] of Object.entries(SCENARIOS)) {
    it(`${name}: matches its snapshot`, async () => {
      await expect(composeComment(input)).toMatchFileSnapshot(`__snapshots__/comment-${name.replace(/ /g, '-')}.md`);
    });

    it(`${name}: shows at most 15 lines outside <details>`, () => {
      const lines = visibleLines(composeComment(input));
      expect(lines.length, lines.join('\n')).toBeLessThanOrEqual(15);
    });

    it(`${name}: every table row fits a 400 px wide phone`, () => {
      const rows = composeComment(input).split('\n').filter((l) => l.startsWith('|') && !/^\|[\s:|-]+\|$/.test(l));
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(rowWidthPx(row), row).toBeLessThanOrEqual(PHONE_BODY_PX);
    });

    it.skipIf(!cmark && !requireCmark)(`${name}: renders with no literal backslash or backtick, balanced folds`, () => {
      const html = render(composeComment(input));
      const text = visibleText(html);
      expect(text).not.toContain('\\');
      expect(text).not.toContain('`');
      expect(html.match(/<details>/g)?.length).toBe(html.match(/<\/details>/g)?.length);
      expect(html).not.toContain('&lt;details');
    });
  }
});

describe('what the comment says', () => {
  it('leads with the verdict and the change, then one action line naming the rule and the file', () => {
    const body = composeComment(SCENARIOS.regression!);
    const lines = body.split('\n');
    expect(lines[0]).toBe(COMMENT_MARKER);
    expect(lines[1]).toBe('### ❌ levelgate: L1, below target L2 — this PR lowers Monitoring (L2 → L1)');
    expect(lines[3]).toMatch(/^\*\*To pass:\*\* Monitoring needs \[`monitoring\.logging-library`\]\(https:\/\/github\.com\/levelgate\/levelgate\/blob\/v0\.4\.0\/docs\/rules\/monitoring\.logging-library\.md\), which this PR lost \(the base had it in \[`src\/monitoring\/logging-library\.ts:3`\]\(https:\/\/github\.com\/acme\/shop\/blob\/a{40}\/src\/monitoring\/logging-library\.ts#L3\)\)$/);
    expect(body).toContain('| ❌ | Monitoring | L2 → **L1** | L2 |');
    expect(body).toContain('<summary>✅ 6 others unchanged</summary>');
  });

  it('says "no change" and suggests the next level when passing', () => {
    const body = composeComment(SCENARIOS['no change']!);
    expect(body.split('\n')[1]).toBe('### ✅ levelgate: L2, meets target L2 — no change');
    expect(body).toMatch(/^\*\*Next level:\*\* Functionality L3 needs any two of \[`functionality\.retries`\]/m);
    expect(visibleLines(body).some((l) => l.startsWith('|'))).toBe(false);
  });

  it('words alternatives as "any one of", never as if each were required, with the measured value', () => {
    const report = scenarioReport({ met: [...upTo({ documentation: 1 }), 'documentation.api-docs'], measured: MEASURED });
    const body = composeComment(common({ report, base: { kind: 'none' }, targets: parseTargets(['L2']) }));
    // documentation L2: documentation.api-docs is met; one alternative more is needed.
    expect(body).toContain('needs [`documentation.contributing-or-changelog`]');
    const fail = composeComment(SCENARIOS.fail!);
    expect(fail).toContain('**Testing** L1, target L2: needs [`testing.broad-suite`](https://github.com/levelgate/levelgate/blob/v0.4.0/docs/rules/testing.broad-suite.md) (16 % of source modules have a test file; a third needed),');
    const functionality = scenarioReport({ met: upTo({ functionality: 1 }) });
    expect(composeComment(common({ report: functionality, base: { kind: 'none' } }))).toMatch(/Functionality needs any two of \[`functionality\.central-error-handling`\]/);
  });

  it('says what holds a dimension back when higher rules are met', () => {
    const report = scenarioReport({ met: [...upTo({ testing: 4 })].filter((id) => id !== 'testing.broad-suite') });
    const body = composeComment(common({ report, base: { kind: 'none' } }));
    expect(body).toContain('Testing is held at L1 by [`testing.broad-suite`]');
    expect(body).toContain('its L3 and L4 rules are met.');
  });

  it('lists the rules gained and lost, even when no level moves', () => {
    const report = scenarioReport({ met: upTo().filter((id) => id !== 'performance.pagination') });
    const body = composeComment(common({ report }));
    expect(body.split('\n')[1]).toBe('### ✅ levelgate: L2, meets target L2 — no level change, 1 rule lost');
    expect(body).toContain('<summary>Rules: 1 lost</summary>');
    expect(body).toMatch(/- ⬇️ lost Paginated lists \(\[`performance\.pagination`\]\(.*\), Performance L2\): was met on the base by \[`src\/performance\/pagination\.ts:3`\]\(https:\/\/github\.com\/acme\/shop\/blob\/a{40}\/src\/performance\/pagination\.ts#L3\)/);
    expect(body).toContain('| ✅ | Performance | L2, 1 rule lost | L2 |');
    expect(hasChanges(common({ report }))).toBe(true);
    expect(hasChanges(common({}))).toBe(false);
  });

  it('marks rules above the target neutral, never ❌, and folds levels past the next', () => {
    const body = composeComment(SCENARIOS.pass!);
    expect(body).not.toContain('❌');
    expect(body).toMatch(/^- ⬜ L3 Retries with backoff/m);
    expect(body).toContain('<summary>More: L4 rules (2)</summary>');
    expect(body).not.toMatch(/^#{1,2} /m);
  });

  it('puts the base-not-graded note in one plain footer line', () => {
    const body = composeComment(SCENARIOS['base not graded']!);
    expect(body).toContain('<sub>The base commit [`ccccccc`](https://github.com/acme/shop/commit/' + sha('c') + ') was not graded: it is not in this checkout \\(a shallow clone\\). To see what changed, give `actions/checkout` the base commit with `fetch-depth: 0`.</sub>');
    expect(body).not.toContain('[!NOTE]');
    expect(body).not.toContain('fatal:');
  });

  it('links the commits and the compare view in the footer; the job summary has no comment footer', () => {
    const body = composeComment(SCENARIOS.regression!);
    expect(body).toContain(`[compare](${REPO}/compare/${sha('a')}...${sha('b')})`);
    expect(body).toContain('updated on every push');
    const summary = composeComment({ ...SCENARIOS.regression!, marker: undefined }, { limit: 250_000, measure: (s) => Buffer.byteLength(s) });
    expect(summary).not.toContain('updated on every push');
    expect(summary).not.toContain('[job summary]');
    expect(summary).not.toContain(COMMENT_MARKER);
  });

  it('is one line in quiet mode', () => {
    const quiet = composeQuietComment(common({}));
    expect(quiet).toBe(`${COMMENT_MARKER}\n✅ levelgate: L2, meets target L2 — no change · [\`bbbbbbb\`](${REPO}/commit/${sha('b')}) · [job summary](${REPO}/actions/runs/7)\n`);
  });

  it('keeps the failure annotation short, with "any one of"', () => {
    const message = failureMessage(SCENARIOS.fail!);
    expect(message.split('\n')[0]).toBe('❌ levelgate: L1 (lowest: Testing, Documentation), below target L2');
    expect(message).toContain('- documentation is L1, below its target L2: needs documentation.api-docs and documentation.contributing-or-changelog');
    expect(message.length).toBeLessThan(1000);
  });

  it('escapes text from the report: no HTML, mentions or links get through', () => {
    const report = makeReport({ levels: { security: 0 } });
    report.dimensions.security.rules[0]!.hint = '<img src=x onerror=alert(1)> @org/team [x](https://evil.example) |';
    report.dimensions.security.rules[0]!.id = 'evil`id';
    const body = composeComment(common({ report }));
    expect(body).not.toContain('<img');
    expect(body).not.toMatch(/(?<!`)@org/);
    expect(body).not.toContain('](https://evil');
    expect(body).not.toContain('`evil`id`');
  });

  it("writes levelgate's own hints without invisible characters: an @name becomes code", () => {
    const report = scenarioReport({ met: upTo({ functionality: 1 }) });
    const body = composeComment(common({ report, base: { kind: 'none' } }));
    expect(body).toContain('Express error handler, `@ControllerAdvice`');
    expect(body).not.toMatch(/[\u200b\u2060]/);
  });

  it('keys the marker for several comments on one pull request', () => {
    expect(markerFor('')).toBe(COMMENT_MARKER);
    expect(markerFor('web')).toBe('<!-- levelgate:report:web -->');
  });

  it('fits the limit by cutting evidence first, keeping the verdict, pointing to the job summary', () => {
    const big = makeReport({ levels: { security: 1 }, extraRules: 400 });
    const full = composeComment(common({ report: big }), { limit: Infinity });
    expect(full.length).toBeGreaterThan(COMMENT_LIMIT);
    const body = composeComment(common({ report: big }));
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.startsWith(`${COMMENT_MARKER}\n### ❌ levelgate: L1`)).toBe(true);
    expect(body).toContain('| ❌ | Security | L2 → **L1** | L2 |');
    expect(body).toContain('What the target needs');
    expect(body).toContain(`to fit GitHub's comment size limit; the full report is in the [job summary](${REPO}/actions/runs/7)`);
  });

  it('keeps the evidence it can: fewer findings per rule before none (the job summary starts with five a rule, the comment with one)', () => {
    const medium = makeReport({ extraRules: 12 });
    expect(composeComment(common({ report: medium }))).not.toMatch(/^ {2}- \[`packages\/pkg-0\/src\/deeply\/nested\/folder\/functionality-1\.ts:2`\]/m);
    const summary = common({ report: medium, marker: undefined });
    const full = composeComment(summary, { limit: Infinity });
    expect(full).toContain('functionality-1.ts:2');
    const body = composeComment(summary, { limit: Math.floor(full.length * 0.8) });
    expect(body).toContain('Evidence is shortened');
    expect(body).toContain(', with evidence</summary>');
  });

  it('always fits, even when the verdict alone is longer than a tiny limit', () => {
    const body = composeComment(common({}), { limit: 600 });
    expect(body.length).toBeLessThanOrEqual(600);
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
  });

  it('counts bytes for the job summary', () => {
    const body = composeComment(common({ marker: undefined }), { limit: 3000, measure: (s) => Buffer.byteLength(s) });
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(3000);
    expect(body).not.toContain(COMMENT_MARKER);
  });
});

describe('an L1 headline not seen', () => {
  it('is said in the table cell and at the rule, never as a failure', () => {
    const report = makeReport({ levels: { monitoring: 2 } });
    const monitoring = report.dimensions.monitoring;
    const gate = monitoring.rules.find((r) => r.level === 1)!;
    monitoring.rules = monitoring.rules.map((r) => (r === gate ? { ...r, status: 'missing' as const, findings: [], notSeen: true as const } : r));
    monitoring.notSeen = [gate.id];
    const body = composeComment({ report, targets: parseTargets(['monitoring=L2']), base: { kind: 'none' }, marker: COMMENT_MARKER });
    expect(body).toMatch(/\| Monitoring \| L2 \(L1 not seen\) \|/);
    expect(body).toContain(`❔ L1 monitoring level 1 practice`);
    expect(body).toMatch(/not seen\\?: levelgate found no evidence of this L1 headline, but the dimension\\?'s L2 evidence holds/);
    expect(body).not.toMatch(/❌ L1 monitoring/);
  });
});
