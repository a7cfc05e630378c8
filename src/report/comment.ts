// The pull request comment (and job summary): a hidden marker, the verdict, the seven levels as bars
// with the change against the base commit, what the target still needs, then the full report folded.
// It always fits the size limit: evidence is cut first, the verdict never.
import { compareMonorepo, compareReports, type Delta, type DimensionDelta, type MonorepoDelta, type PackageRegression } from '../github/delta.js';
import type { MonorepoReport, PackageReport } from '../monorepo/grade.js';
import { checkMonorepoTargets, type MonorepoTargetFailure } from '../monorepo/targets.js';
import { checkTargets, hasTargets, type TargetFailure, type Targets } from '../targets.js';
import { DIMENSIONS, LEVEL_NAMES, type Dimension, type GradeReport, type Level } from '../types.js';
import { ruleDocsUrl } from '../rules/docs-url.js';
import { codeRef, escapeMarkdown } from './escape.js';
import { DIMENSION_ABBREVIATIONS, packageDetails, packageLabel, renderMonorepoTable } from './monorepo-markdown.js';
import { renderMarkdown } from './markdown.js';
import { COMMENT_CONFIG_ENTRIES, configChangeCallout, configurationSection, SUMMARY_CONFIG_ENTRIES } from './configuration.js';
import type { PolicyInfo } from '../github/policy.js';

/** Finds the comment again on the next push. */
export const COMMENT_MARKER = '<!-- levelgate:report -->';
/** GitHub refuses comment bodies over 65,536 characters; keep a margin. */
export const COMMENT_LIMIT = 65_000;
/** Job summaries are limited to 1 MiB per step. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;

export function markerFor(key = ''): string {
  return key ? `<!-- levelgate:report:${key} -->` : COMMENT_MARKER;
}

/** What is known about the base commit of the pull request. */
export type BaseState =
  /** In monorepo mode, report is the whole and packages each package of the base commit. */
  | { kind: 'graded'; sha: string; report: GradeReport; packages?: PackageReport[] }
  | { kind: 'unavailable'; sha?: string; reason: string; hint?: string }
  | { kind: 'none' };

export interface CommentInput {
  report: GradeReport;
  targets?: Targets;
  base: BaseState;
  headSha?: string;
  /** Link to the workflow run, whose page shows the job summary. */
  runUrl?: string;
  failOnRegression?: boolean;
  /** Omitted for the job summary. */
  marker?: string;
  /** A name shown in the heading when several levelgate comments share a pull request. */
  title?: string;
  /** The result came from a result file another run wrote (the fork pattern): its commits are its own say-so. */
  fromResultFile?: boolean;
  /** Whose configuration decided, and what the pull request's change to it would do. */
  policy?: PolicyInfo;
  /** The checkout was the base branch (pull_request_target without a ref): say so, above all. */
  checkoutIsBase?: boolean;
}

export interface ComposeOptions {
  limit?: number;
  /** Length as the destination counts it: characters for comments, bytes for the job summary. */
  measure?: (text: string) => number;
  renderDetails?: typeof renderMarkdown;
  /** Entries per list of the Configuration section (fewer in a comment than in the job summary). */
  configEntries?: number;
}

/** Stages of shortening, tried in order until the text fits. */
const STAGES = [
  { findingsPerRule: Infinity, details: true, missingPerScope: Infinity },
  { findingsPerRule: 3, details: true, missingPerScope: Infinity },
  { findingsPerRule: 0, details: true, missingPerScope: Infinity },
  { findingsPerRule: 0, details: false, missingPerScope: Infinity },
  { findingsPerRule: 0, details: false, missingPerScope: 5 },
] as const;

export function composeComment(input: CommentInput, options: ComposeOptions = {}): string {
  const renderDetails = options.renderDetails ?? renderMarkdown;
  // The verdict does not change from one shortening stage to the next: worked out once.
  const check = hasTargets(input.targets) ? checkTargets(input.report, input.targets) : undefined;
  const delta = input.base.kind === 'graded' ? compareReports(input.report, input.base.report) : undefined;
  const above = aboveTheFold(input, input.report, options);
  return fitToLimit(STAGES, (stage) => compose(input, { check, delta }, renderDetails, stage, above), options, input.runUrl);
}

/** What the comment shows above the fold whatever its size: the checkout warning, the config change, the Configuration section. */
interface AboveTheFold {
  top: string[];
  configuration: string[];
}

function aboveTheFold(input: Omit<CommentInput, 'report'>, report: GradeReport, options: ComposeOptions): AboveTheFold {
  const top: string[] = [];
  if (input.checkoutIsBase) {
    const base = input.headSha ? ` (${shortSha(input.headSha)})` : '';
    top.push('> [!WARNING]', `> This report grades the **base branch**${base}, not the pull request: under \`pull_request_target\`, \`actions/checkout\` checks out the base unless given \`ref: \${{ github.event.pull_request.head.sha }}\`.`, '');
  }
  const change = configChangeCallout(input.policy);
  if (change.length) top.push(...change, '');
  const configuration = configurationSection(report.config, report, input.policy, options.configEntries ?? (options.limit === undefined ? COMMENT_CONFIG_ENTRIES : SUMMARY_CONFIG_ENTRIES));
  return { top, configuration };
}

/** Renders each shortening stage in turn until the text fits; past the last one, a hard cut that points to the summary. */
function fitToLimit<S extends object>(stages: readonly S[], render: (stage: S & { trimmed: boolean }) => string, options: ComposeOptions, runUrl: string | undefined): string {
  const limit = options.limit ?? COMMENT_LIMIT;
  const measure = options.measure ?? ((s: string) => s.length);
  let text = '';
  for (const [i, stage] of stages.entries()) {
    text = render({ ...stage, trimmed: i > 0 });
    if (measure(text) <= limit) return text;
  }
  return hardCut(text, limit, measure, runUrl);
}

interface Stage {
  findingsPerRule: number;
  details: boolean;
  missingPerScope: number;
  trimmed: boolean;
}

interface Verdict<C, D> {
  check: C | undefined;
  delta: D | undefined;
}

function compose(input: CommentInput, { check, delta }: Verdict<ReturnType<typeof checkTargets>, Delta>, renderDetails: typeof renderMarkdown, stage: Stage, above: AboveTheFold): string {
  const { report, targets } = input;
  const out: string[] = [];

  if (input.marker) out.push(input.marker);
  out.push(headline(input, check, delta), '');
  out.push(contextLine(input), '');
  out.push(...above.top);
  if (delta?.regressions.length) out.push(regressionLine(delta.regressions, input.failOnRegression), '');
  if (input.base.kind === 'unavailable') out.push(...baseUnavailable(input.base), '');
  out.push(...table(report, targets, delta), '');
  if (check && check.failures.length) out.push(...missingSection(check.failures, stage.missingPerScope), '');
  out.push(...above.configuration);
  if (stage.trimmed) out.push(trimNote(input.runUrl, stage), '');
  if (stage.details) {
    const shown = stage.findingsPerRule === Infinity ? report : capFindings(report, stage.findingsPerRule);
    out.push('<details>', '<summary><b>Full report</b>: rules met and missing, next steps, evidence</summary>', '');
    // Without targets: "Missing for the target" above already says what the target needs.
    out.push(renderDetails(shown, { heading: false, evidence: stage.findingsPerRule > 0 }).trim(), '', '</details>', '');
  }
  out.push(footer(input.runUrl));
  return out.join('\n') + '\n';
}

// ── the pieces ─────────────────────────────────────────────────────────────

function headline(input: CommentInput, check: ReturnType<typeof checkTargets> | undefined, delta: Delta | undefined): string {
  const level = levelName(input.report.level);
  const name = input.title ? `levelgate (${escapeMarkdown(input.title)})` : 'levelgate';
  const blockingRegression = input.failOnRegression && delta && delta.regressions.length > 0;
  if (!check) return blockingRegression ? `## ❌ ${name}: ${level}, lowered by this pull request` : `## ${name}: ${level}`;
  const target = targetText(input.targets!);
  if (!check.passed) return `## ❌ ${name}: ${level}, below target (${target})`;
  if (blockingRegression) return `## ❌ ${name}: ${level}, meets target (${target}) but lowered by this pull request`;
  return `## ✅ ${name}: ${level}, meets target (${target})`;
}

/** Said of a result another run wrote: levelgate here only checked its shape, not that it is true. */
const RESULT_FILE_ORIGIN = "as reported by the pull request's own workflow run (its result file; not graded by this job)";

function contextLine(input: CommentInput): string {
  const parts: string[] = [];
  if (input.headSha) parts.push(`Commit ${shortSha(input.headSha)}`);
  if (input.base.kind === 'graded') parts.push(`compared with base ${shortSha(input.base.sha)}`);
  const tool = input.report.tool;
  parts.push(`levelgate ${escapeMarkdown(String(tool.version))} (rules ${escapeMarkdown(String(tool.rulesVersion))})`);
  if (input.fromResultFile) parts.push(RESULT_FILE_ORIGIN);
  return `<sub>${parts.join(' · ')}</sub>`;
}

function regressionLine(regressions: DimensionDelta[], failOnRegression: boolean | undefined): string {
  const list = regressions.map((r) => `**${title(r.dimension)}** from L${r.base} to L${r.head}`).join(', ');
  const consequence = failOnRegression ? ' The build fails because `fail-on-regression` is on.' : '';
  return `> [!WARNING]\n> This pull request lowers ${list}.${consequence}`;
}

function baseUnavailable(base: Extract<BaseState, { kind: 'unavailable' }>): string[] {
  const which = base.sha ? `The base commit ${shortSha(base.sha)}` : 'The base commit';
  const lines = [`> [!NOTE]`, `> ${which} was not graded: ${escapeMarkdown(base.reason)}. This comment shows no change against the base branch.`];
  if (base.hint) lines.push(`> ${base.hint}`);
  return lines;
}

const BAR_WIDTH = 2;
export function bar(level: Level): string {
  return '`' + '█'.repeat(level * BAR_WIDTH) + '░'.repeat((4 - level) * BAR_WIDTH) + '`';
}

function table(report: GradeReport, targets: Targets | undefined, delta: Delta | undefined): string[] {
  const withTarget = hasTargets(targets);
  const header = ['Dimension', 'Level', ''];
  if (delta) header.push('Change vs base');
  if (withTarget) header.push('Target');
  const rows: string[] = [row(header), row(header.map(() => ':--'))];
  for (const d of DIMENSIONS) {
    const result = report.dimensions[d];
    const cells = [title(d)];
    if (result.notApplicable) {
      cells.push('`' + '·'.repeat(4 * BAR_WIDTH) + '`', 'not applicable');
    } else {
      cells.push(bar(result.level), levelName(result.level));
    }
    if (delta) cells.push(changeText(delta.dimensions.find((x) => x.dimension === d)));
    if (withTarget) cells.push(result.notApplicable ? '—' : targetCell(result.level, targets!.dimensions[d] ?? targets!.overall));
    rows.push(row(cells));
  }
  const overall = ['**Overall**', bar(report.level), `**${levelName(report.level)}**`];
  if (delta) overall.push(changeText({ dimension: 'functionality', ...delta.overall }));
  if (withTarget) overall.push(targetCell(report.level, targets!.overall));
  rows.push(row(overall));
  return rows;
}

function changeText(d: DimensionDelta | undefined): string {
  if (!d || d.change === 'not-compared' || d.base === undefined) return '—';
  if (d.change === 'up') return `⬆️ up from L${d.base}`;
  if (d.change === 'down') return `⬇️ **down from L${d.base}**`;
  return 'no change';
}

function targetCell(level: Level, target: Level | undefined): string {
  if (target === undefined) return '—';
  return level >= target ? `✅ L${target}` : `❌ L${target}`;
}

function missingSection(failures: TargetFailure[], perScope: number): string[] {
  const out = ['### Missing for the target', ''];
  for (const f of failures) {
    const scope = f.scope === 'overall' ? 'Overall' : title(f.scope);
    out.push(`**${scope}** is L${f.actual}, target L${f.target}${f.missing.length ? ':' : '.'}`);
    for (const m of f.missing.slice(0, perScope)) out.push(`- ${missingItem(m)}`);
    if (f.missing.length > perScope) out.push(`- …and ${f.missing.length - perScope} more in the job summary`);
    out.push('');
  }
  return out;
}

/** "rule-id: hint" → rule id as code (when it is a plain id), linked to its page for a shipped rule, hint escaped. */
function missingItem(text: string): string {
  const colon = text.indexOf(': ');
  const id = colon > 0 ? text.slice(0, colon) : '';
  if (id && /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(id)) {
    const url = ruleDocsUrl(id);
    return `${url ? `[\`${id}\`](${url})` : `\`${id}\``}: ${escapeMarkdown(text.slice(colon + 2))}`;
  }
  return escapeMarkdown(text);
}

function trimNote(runUrl: string | undefined, stage: Stage): string {
  const what = stage.details ? (stage.findingsPerRule > 0 ? 'Evidence is shortened' : 'Evidence is left out') : 'The detailed report is left out';
  const where = runUrl ? `the [job summary](${runUrl})` : 'the job summary of this workflow run';
  return `> [!NOTE]\n> ${what} to fit GitHub's comment size limit; the full report is in ${where}.`;
}

function footer(runUrl: string | undefined): string {
  const summary = runUrl ? ` · [job summary](${runUrl})` : '';
  return `<sub>levelgate updates this comment on every push${summary}</sub>`;
}

function hardCut(text: string, limit: number, measure: (s: string) => number, runUrl: string | undefined): string {
  const note = `\n\n${trimNote(runUrl, { findingsPerRule: 0, details: false, missingPerScope: 0, trimmed: true })}\n`;
  let lines = text.split('\n');
  while (lines.length > 1 && measure(lines.join('\n') + note) > limit) lines = lines.slice(0, Math.max(1, Math.floor(lines.length * 0.9)));
  let cut = lines.join('\n');
  while (cut.length > 0 && measure(cut + note) > limit) cut = cut.slice(0, Math.floor(cut.length * 0.9));
  return cut + note;
}

function capFindings(report: GradeReport, perRule: number): GradeReport {
  const dimensions = { ...report.dimensions };
  for (const d of DIMENSIONS) {
    const result = report.dimensions[d];
    dimensions[d] = { ...result, rules: result.rules.map((r) => ({ ...r, findings: r.findings.slice(0, perRule) })) };
  }
  return { ...report, dimensions };
}

// ── small helpers ──────────────────────────────────────────────────────────

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function title(d: Dimension): string {
  return d.charAt(0).toUpperCase() + d.slice(1);
}

function levelName(level: Level): string {
  return LEVEL_NAMES[level] ?? `L${level}`;
}

function shortSha(sha: string): string {
  return /^[0-9a-f]{7,64}$/.test(sha) ? `\`${sha.slice(0, 7)}\`` : escapeMarkdown(sha);
}

function targetText(targets: Targets): string {
  const parts: string[] = [];
  if (targets.overall !== undefined) parts.push(`L${targets.overall}`);
  for (const d of DIMENSIONS) {
    const t = targets.dimensions[d];
    if (t !== undefined) parts.push(`${d} L${t}`);
  }
  return parts.join(', ');
}

// ── monorepo mode ──────────────────────────────────────────────────────────

export interface MonorepoCommentInput extends Omit<CommentInput, 'report'> {
  /** The whole and each package of the head (discovery: how the packages were found). */
  result: Pick<MonorepoReport, 'whole' | 'packages'> & { discovery?: MonorepoReport['discovery'] };
}

interface MonorepoStage extends Stage {
  /** Failing packages whose missing rules are listed; the rest are counted. */
  missingPackages: number;
}

const MONOREPO_STAGES: readonly Omit<MonorepoStage, 'trimmed'>[] = [
  { findingsPerRule: Infinity, details: true, missingPerScope: Infinity, missingPackages: Infinity },
  { findingsPerRule: 3, details: true, missingPerScope: Infinity, missingPackages: Infinity },
  { findingsPerRule: 0, details: true, missingPerScope: Infinity, missingPackages: Infinity },
  { findingsPerRule: 0, details: false, missingPerScope: Infinity, missingPackages: Infinity },
  { findingsPerRule: 0, details: false, missingPerScope: 5, missingPackages: Infinity },
  { findingsPerRule: 0, details: false, missingPerScope: 2, missingPackages: 10 },
  { findingsPerRule: 0, details: false, missingPerScope: 0, missingPackages: 0 },
];

/**
 * The comment of a monorepo: the verdict for the whole and every package, one table row per package with the
 * change against the base commit, what each failing package misses, then every package's report folded.
 * Cut to the limit evidence first, then details, then the missing lists; never the verdict or the table.
 */
export function composeMonorepoComment(input: MonorepoCommentInput, options: ComposeOptions = {}): string {
  const check = hasTargets(input.targets) ? checkMonorepoTargets(input.result, input.targets) : undefined;
  // A base graded as one repository (no packages) compares the whole only.
  const delta = monorepoDelta(input.result, input.base);
  const above = aboveTheFold(input, input.result.whole, options);
  return fitToLimit(MONOREPO_STAGES, (stage) => composeMonorepo(input, { check, delta }, stage, above), options, input.runUrl);
}

/** The change against the base commit, when it was graded package by package. */
export function monorepoDelta(result: MonorepoCommentInput['result'], base: BaseState): MonorepoDelta | undefined {
  if (base.kind !== 'graded') return undefined;
  return compareMonorepo(result, { whole: base.report, packages: base.packages ?? [] });
}

function composeMonorepo(input: MonorepoCommentInput, { check, delta }: Verdict<ReturnType<typeof checkMonorepoTargets>, MonorepoDelta>, stage: MonorepoStage, above: AboveTheFold): string {
  const { result, targets } = input;
  const perPackage = input.base.kind === 'graded' && input.base.packages !== undefined;
  const out: string[] = [];

  if (input.marker) out.push(input.marker);
  out.push(monorepoHeadline(input, check, delta), '');
  out.push(monorepoContext(input), '');
  out.push(...above.top);
  if (delta?.regressions.length) out.push(monorepoRegressionLine(delta.regressions, input.failOnRegression), '');
  if (input.base.kind === 'unavailable') out.push(...baseUnavailable(input.base), '');
  out.push(...monorepoTable(result, targets, check?.failures, delta, perPackage), '');
  if (delta && perPackage && delta.removed.length) out.push(removedLine(delta.removed), '');
  if (check && check.failures.length) out.push(...monorepoMissing(check.failures, stage), '');
  out.push(...above.configuration);
  if (stage.trimmed) out.push(trimNote(input.runUrl, stage), '');
  if (stage.details) {
    const detail = stage.findingsPerRule > 0 ? 'evidence' : 'rules';
    const cap = (r: GradeReport) => (stage.findingsPerRule === Infinity ? r : capFindings(r, stage.findingsPerRule));
    out.push('<details>', '<summary><b>Full report</b>: each package’s rules met and missing, next steps, evidence</summary>', '');
    out.push(packageDetails('whole repository', cap(result.whole), targets, detail).trim(), '');
    for (const p of result.packages) out.push(packageDetails(packageLabel(p), cap(p.report), targets, detail).trim(), '');
    out.push('</details>', '');
  }
  out.push(footer(input.runUrl));
  return out.join('\n') + '\n';
}

function monorepoHeadline(input: MonorepoCommentInput, check: ReturnType<typeof checkMonorepoTargets> | undefined, delta: MonorepoDelta | undefined): string {
  const count = input.result.packages.length;
  const what = `${levelName(input.result.whole.level)} overall, ${count} package${count === 1 ? '' : 's'}`;
  const name = input.title ? `levelgate (${escapeMarkdown(input.title)})` : 'levelgate';
  const blockingRegression = input.failOnRegression && delta !== undefined && delta.regressions.length > 0;
  if (!check) return blockingRegression ? `## ❌ ${name}: ${what}, lowered by this pull request` : `## ${name}: ${what}`;
  const target = targetText(input.targets!);
  if (!check.passed) return `## ❌ ${name}: ${what}, below target (${target}): ${failingScopes(check.failures)}`;
  if (blockingRegression) return `## ❌ ${name}: ${what}, all meet target (${target}) but lowered by this pull request`;
  return `## ✅ ${name}: ${what}, all meet target (${target})`;
}

/** "the whole repository and 3 packages" */
function failingScopes(failures: MonorepoTargetFailure[]): string {
  const packages = new Set(failures.map((f) => f.package));
  const whole = packages.delete('');
  const parts: string[] = [];
  if (whole) parts.push('the whole repository');
  if (packages.size) parts.push(`${packages.size} package${packages.size === 1 ? '' : 's'}`);
  return parts.join(' and ');
}

function monorepoContext(input: MonorepoCommentInput): string {
  const parts: string[] = [];
  if (input.headSha) parts.push(`Commit ${shortSha(input.headSha)}`);
  if (input.base.kind === 'graded') parts.push(`compared with base ${shortSha(input.base.sha)}`);
  if (input.result.discovery) parts.push(`packages found from ${escapeMarkdown(input.result.discovery)}`);
  const tool = input.result.whole.tool;
  parts.push(`levelgate ${escapeMarkdown(String(tool.version))} (rules ${escapeMarkdown(String(tool.rulesVersion))})`);
  if (input.fromResultFile) parts.push(RESULT_FILE_ORIGIN);
  return `<sub>${parts.join(' · ')}</sub>`;
}

const REGRESSIONS_SHOWN = 10;
function monorepoRegressionLine(regressions: PackageRegression[], failOnRegression: boolean | undefined): string {
  const list = regressions
    .slice(0, REGRESSIONS_SHOWN)
    .map((r) => `${r.package ? codeRef(r.package) : 'the whole repository'}: **${r.scope === 'overall' ? 'Overall' : title(r.scope)}** from L${r.base} to L${r.head}`);
  if (regressions.length > REGRESSIONS_SHOWN) list.push(`and ${regressions.length - REGRESSIONS_SHOWN} more`);
  const consequence = failOnRegression ? ' The build fails because `fail-on-regression` is on.' : '';
  return `> [!WARNING]\n> This pull request lowers ${list.join('; ')}.${consequence}`;
}

function monorepoTable(
  result: MonorepoCommentInput['result'],
  targets: Targets | undefined,
  failures: MonorepoTargetFailure[] | undefined,
  delta: MonorepoDelta | undefined,
  perPackage: boolean,
): string[] {
  const columns = [];
  if (failures) {
    const failing = new Set(failures.map((f) => f.package));
    columns.push({ header: 'Target', cell: (pkg: string) => (failing.has(pkg) ? '❌' : '✅') });
  }
  if (delta) {
    columns.push({
      header: 'Change vs base',
      cell: (pkg: string) => {
        if (pkg === '') return packageChangeText(delta.whole);
        if (!perPackage) return '—';
        const change = delta.packages.get(pkg);
        if (!change) return '—';
        return change.kind === 'new' ? '🆕 new' : packageChangeText(change.delta);
      },
    });
  }
  // renderMonorepoTable keeps a "|" in a folder name from splitting its cell.
  return renderMonorepoTable(result, targets, columns);
}

/** The overall change, then the dimensions lowered or raised, in a few words. */
function packageChangeText(delta: Delta): string {
  const { overall } = delta;
  const down = delta.dimensions.filter((d) => d.change === 'down').map((d) => DIMENSION_ABBREVIATIONS[d.dimension]);
  const up = delta.dimensions.filter((d) => d.change === 'up').map((d) => DIMENSION_ABBREVIATIONS[d.dimension]);
  const parts: string[] = [];
  if (overall.change === 'up') parts.push(`⬆️ L${overall.base}→L${overall.head}`);
  else if (overall.change === 'down') parts.push(`⬇️ **L${overall.base}→L${overall.head}**`);
  if (down.length) parts.push(`${overall.change === 'down' ? '' : '⬇️ '}**${down.join(', ')}** lower`.trim());
  if (up.length) parts.push(`${overall.change === 'up' ? '' : '⬆️ '}${up.join(', ')} higher`.trim());
  return parts.length ? parts.join('; ') : 'no change';
}

const REMOVED_SHOWN = 20;
function removedLine(removed: { path: string; level: Level }[]): string {
  const list = removed.slice(0, REMOVED_SHOWN).map((r) => `${codeRef(r.path)} (was L${r.level})`);
  if (removed.length > REMOVED_SHOWN) list.push(`and ${removed.length - REMOVED_SHOWN} more`);
  return `Removed since the base commit: ${list.join(', ')}.`;
}

function monorepoMissing(failures: MonorepoTargetFailure[], stage: MonorepoStage): string[] {
  const byPackage = new Map<string, MonorepoTargetFailure[]>();
  for (const f of failures) byPackage.set(f.package, [...(byPackage.get(f.package) ?? []), f]);
  const out = ['### Missing for the target', ''];
  let shown = 0;
  for (const [pkg, list] of byPackage) {
    if (shown >= stage.missingPackages) break;
    shown++;
    const where = pkg ? codeRef(pkg) : 'The whole repository';
    const scopes = list.map((f) => `${f.scope === 'overall' ? 'overall' : title(f.scope)} L${f.actual} (target L${f.target})`).join(', ');
    out.push(`**${where}**: ${scopes}`);
    if (stage.missingPerScope > 0) {
      for (const f of list) {
        const items = f.missing.slice(0, stage.missingPerScope);
        for (const m of items) out.push(`- ${f.scope === 'overall' ? '' : `${title(f.scope)}: `}${missingItem(m)}`);
        if (f.missing.length > items.length) out.push(`- ${title(f.scope as Dimension)}: …and ${f.missing.length - items.length} more in the job summary`);
      }
    }
    out.push('');
  }
  if (byPackage.size > shown) out.push(`…and ${byPackage.size - shown} more package${byPackage.size - shown === 1 ? '' : 's'} below target: see the table and the job summary.`, '');
  return out;
}
