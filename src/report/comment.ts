// The pull request comment and the job summary. A reader gets, in this order: the verdict with what this pull
// request changed ("❌ L1, below target L2 — this PR lowers Monitoring (L2 → L1)"), the one thing to do next, a
// table narrow enough for a phone (failing and changed rows only; the rest folded), then folds: the rules gained and
// lost, what the target needs, every rule with its evidence. One composition path serves one repository and a
// monorepo: a scope is one graded report (the repository, or the whole and each package) with its check and its
// change against the base commit. It always fits the size limit: evidence is cut first, the verdict never.
import { compareMonorepo, compareReports, type Delta, type MonorepoDelta } from '../github/delta.js';
import type { PolicyInfo } from '../github/policy.js';
import type { MonorepoReport, PackageReport } from '../monorepo/grade.js';
import { checkTargets, hasTargets, type TargetFailure, type Targets } from '../targets.js';
import { DIMENSIONS, type Dimension, type DimensionResult, type GradeReport, type Level, type RuleResult } from '../types.js';
import { COMMENT_CONFIG_ENTRIES, configChangeCallout, configurationSection, SUMMARY_CONFIG_ENTRIES } from './configuration.js';
import { codeRef, escapeMarkdown, htmlCode, inlineText } from './escape.js';
import { commitRef, compareUrl, evidenceRef, ruleRef, type LinkContext } from './links.js';
import { describeNeeds, heldAt, list, measuredText, needsFor, nextNeed, rulesOf, type LevelNeed } from './needs.js';
import { NOT_SEEN_RULE, readingCallouts, weakFindingNote } from './levels-text.js';
import { DIMENSION_ABBREVIATIONS } from './monorepo-markdown.js';
import { ruleChanges, type RuleChange } from './rule-diff.js';

/** Finds the comment again on the next push. */
export const COMMENT_MARKER = '<!-- levelgate:report -->';
/** GitHub refuses comment bodies over 65,536 characters; keep a margin. */
export const COMMENT_LIMIT = 65_000;
/**
 * What levelgate writes to the job summary at most: far under GitHub's limit, because a browser renders a summary
 * of a megabyte slowly. Evidence is cut first, as in the comment.
 */
export const SUMMARY_BUDGET_BYTES = 250_000;

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
  /** Omitted for the job summary (which then carries no "updates this comment" footer). */
  marker?: string;
  /** A name shown in the heading when several levelgate comments share a pull request. */
  title?: string;
  /** The result came from a result file another run wrote (the fork pattern): its commits are its own say-so. */
  fromResultFile?: boolean;
  /** Whose configuration decided, and what the pull request's change to it would do. */
  policy?: PolicyInfo;
  /** The checkout was the base branch (pull_request_target without a ref): say so, above all. */
  checkoutIsBase?: boolean;
  /** https://github.com/owner/repo: links evidence, commits and the compare view; plain text without it. */
  repoUrl?: string;
  /** The graded folder inside the repository ("packages/web/"): evidence paths are relative to it. */
  prefix?: string;
}

export interface ComposeOptions {
  limit?: number;
  /** Length as the destination counts it: characters for comments, bytes for the job summary. */
  measure?: (text: string) => number;
  /** Entries per list of the Configuration section (fewer in a comment than in the job summary). */
  configEntries?: number;
}

export interface MonorepoCommentInput extends Omit<CommentInput, 'report'> {
  /** The whole and each package of the head (discovery: how the packages were found). */
  result: Pick<MonorepoReport, 'whole' | 'packages'> & { discovery?: MonorepoReport['discovery'] };
}

// ── the model: scopes, worked out once ──────────────────────────────────────

/** One graded report of the comment: the repository, or in a monorepo the whole ("") or a package. */
interface Scope {
  path: string;
  name?: string;
  report: GradeReport;
  failures: TargetFailure[];
  /** Against the same scope on the base commit, when both were graded. */
  delta?: Delta;
  rules: RuleChange[];
  /** A package the base commit did not have. */
  isNew?: boolean;
}

interface Model {
  input: CommentInput;
  monorepo: boolean;
  scopes: Scope[];
  discovery?: string;
  removed: { path: string; level: Level }[];
  targets?: Targets;
  links: LinkContext;
  headSha?: string;
  baseSha?: string;
  /** Base commit graded: the comment can say what changed. */
  compared: boolean;
  passed: boolean;
  blockingRegression: boolean;
}

const changedLevels = (s: Scope) => !!s.delta && (s.delta.overall.change !== 'same' || s.delta.dimensions.some((d) => d.change === 'up' || d.change === 'down'));
const changed = (s: Scope) => changedLevels(s) || s.rules.length > 0 || !!s.isNew;
const lowered = (s: Scope) => !!s.delta && (s.delta.regressions.length > 0 || s.delta.overall.change === 'down');
const failing = (s: Scope) => s.failures.length > 0;

function singleModel(input: CommentInput): Model {
  const base = input.base.kind === 'graded' ? input.base.report : undefined;
  const scope = makeScope('', undefined, input.report, base, input.targets);
  return finish(input, false, [scope], [], undefined);
}

function monorepoModel(input: MonorepoCommentInput): Model {
  const { result } = input;
  const graded = input.base.kind === 'graded' ? input.base : undefined;
  // A base graded as one repository (no packages) compares the whole only.
  const basePackages = graded?.packages ? new Map(graded.packages.map((p) => [p.path, p.report])) : undefined;
  const scopes = [makeScope('', undefined, result.whole, graded?.report, input.targets)];
  for (const p of result.packages) {
    const scope = makeScope(p.path, p.name, p.report, basePackages?.get(p.path), input.targets);
    if (basePackages && !basePackages.has(p.path)) scope.isNew = true;
    scopes.push(scope);
  }
  const heads = new Set(result.packages.map((p) => p.path));
  const removed = graded?.packages?.filter((p) => !heads.has(p.path)).map((p) => ({ path: p.path, level: p.report.level })) ?? [];
  return finish({ ...input, report: result.whole }, true, scopes, removed, result.discovery);
}

function makeScope(path: string, name: string | undefined, report: GradeReport, base: GradeReport | undefined, targets: Targets | undefined): Scope {
  return {
    path,
    ...(name && name !== path ? { name } : {}),
    report,
    failures: hasTargets(targets) ? checkTargets(report, targets).failures : [],
    ...(base ? { delta: compareReports(report, base), rules: ruleChanges(report, base) } : { rules: [] }),
  };
}

function finish(input: CommentInput, monorepo: boolean, scopes: Scope[], removed: Model['removed'], discovery: string | undefined): Model {
  const targets = hasTargets(input.targets) ? input.targets : undefined;
  const compared = input.base.kind === 'graded';
  const custom = new Set(scopes.flatMap((s) => s.report.config?.customRules.map((r) => r.id) ?? []));
  return {
    input,
    monorepo,
    scopes,
    removed,
    ...(discovery ? { discovery } : {}),
    ...(targets ? { targets } : {}),
    links: { repoUrl: input.repoUrl, prefix: input.prefix, version: input.report.tool.version, custom },
    headSha: input.headSha,
    baseSha: input.base.kind === 'graded' ? input.base.sha : undefined,
    compared,
    passed: scopes.every((s) => !failing(s)),
    blockingRegression: !!input.failOnRegression && scopes.some(lowered),
  };
}

// ── entry points ──────────────────────────────────────────────────────────

export function composeComment(input: CommentInput, options: ComposeOptions = {}): string {
  return compose(singleModel(input), options);
}

/**
 * The comment of a monorepo: the verdict for the whole and every package, the packages that changed or fail first
 * (the rest folded), what failing packages need with identical needs merged, then every package's report folded.
 */
export function composeMonorepoComment(input: MonorepoCommentInput, options: ComposeOptions = {}): string {
  return compose(monorepoModel(input), options);
}

/** The change against the base commit, when it was graded package by package. */
export function monorepoDelta(result: MonorepoCommentInput['result'], base: BaseState): MonorepoDelta | undefined {
  if (base.kind !== 'graded') return undefined;
  return compareMonorepo(result, { whole: base.report, packages: base.packages ?? [] });
}

/** Whether a level or a rule changed against the base commit (true when the base was not graded: nobody knows). */
export function hasChanges(input: CommentInput | MonorepoCommentInput): boolean {
  const model = 'result' in input ? monorepoModel(input) : singleModel(input);
  return !model.compared || model.scopes.some(changed) || model.removed.length > 0;
}

/** The one-line comment of `comment: on-change` when nothing changed: the verdict, and where the report is. */
export function composeQuietComment(input: CommentInput | MonorepoCommentInput): string {
  const model = 'result' in input ? monorepoModel(input) : singleModel(input);
  const summary = input.runUrl ? ` · [job summary](${input.runUrl})` : '';
  const commit = model.headSha ? ` · ${commitRef(model.headSha, model.links)}` : '';
  return `${input.marker ?? ''}\n${headline(model, escapeMarkdown)}${commit}${summary}\n`.trimStart();
}

/** The failed step's message (the ::error:: annotation): the verdict and a few lines, never the whole report. */
export function failureMessage(input: CommentInput | MonorepoCommentInput, maxLines = 8): string {
  const model = 'result' in input ? monorepoModel(input) : singleModel(input);
  const lines = model.monorepo ? mergedNeeds(model).map((g) => `${g.scopes.length === 1 ? scopeName(g.scopes[0]!) : `${g.scopes.length} packages`}: ${g.dimension} ${plainNeed(g)}`) : singleNeeds(model);
  if (model.blockingRegression) {
    for (const s of model.scopes.filter(lowered)) {
      for (const r of s.delta!.regressions) lines.push(`${s.path ? `${s.path}: ` : ''}this pull request lowers ${r.dimension} from L${r.base} to L${r.head} (fail-on-regression)`);
    }
  }
  const shown = lines.slice(0, maxLines);
  if (lines.length > shown.length) shown.push(`…and ${lines.length - shown.length} more; see the job summary`);
  return [headline(model, (s) => s), ...shown.map((l) => `- ${l}`)].join('\n');
}

function singleNeeds(model: Model): string[] {
  const scope = model.scopes[0]!;
  return scope.failures.map((f) => {
    if (f.scope === 'overall') return `overall is L${f.actual}, below its target L${f.target}`;
    const d = scope.report.dimensions[f.scope];
    return `${f.scope} is L${f.actual}, below its target L${f.target}: ${describeNeeds(needsFor(d, f.target), (r) => r.id)}`;
  });
}

function plainNeed(g: NeedGroup): string {
  return `L${g.actual} < L${g.target}, ${describeNeeds(g.needs, (r) => r.id)}`;
}

// ── composition ──────────────────────────────────────────────────────────

/** Stages of shortening, tried in order until the text fits. */
interface Stage {
  findingsPerRule: number;
  details: boolean;
  /** Monorepo: every package's rules, or only those of the packages shown above the fold (changed or failing). */
  detailScopes: 'all' | 'shown';
  /** Merged needs, rule changes and folded table rows listed before "…and N more". */
  listed: number;
  trimmed: boolean;
}
const STAGES: readonly Omit<Stage, 'trimmed'>[] = [
  { findingsPerRule: 5, details: true, detailScopes: 'all', listed: Infinity },
  { findingsPerRule: 1, details: true, detailScopes: 'all', listed: Infinity },
  { findingsPerRule: 0, details: true, detailScopes: 'all', listed: Infinity },
  { findingsPerRule: 1, details: true, detailScopes: 'shown', listed: Infinity },
  { findingsPerRule: 0, details: true, detailScopes: 'shown', listed: Infinity },
  { findingsPerRule: 0, details: false, detailScopes: 'shown', listed: Infinity },
  { findingsPerRule: 0, details: false, detailScopes: 'shown', listed: 30 },
  { findingsPerRule: 0, details: false, detailScopes: 'shown', listed: 5 },
];

function compose(model: Model, options: ComposeOptions): string {
  const limit = options.limit ?? COMMENT_LIMIT;
  const measure = options.measure ?? ((s: string) => s.length);
  const entries = options.configEntries ?? (options.limit === undefined ? COMMENT_CONFIG_ENTRIES : SUMMARY_CONFIG_ENTRIES);
  // Worked out once: the same in every stage, and never cut.
  const fixed = {
    head: [headlineLine(model), '', ...actionLines(model)],
    top: aboveTheFold(model.input),
    table: tableLines(model),
    configuration: configurationSection(model.input.report.config, model.input.report, model.input.policy, entries),
    footer: footerLines(model),
  };
  // The comment shows one piece of evidence per rule (its folds stay light); the job summary shows more.
  const stages = model.input.marker !== undefined ? STAGES.filter((s) => s.findingsPerRule <= 1) : STAGES;
  let text = '';
  for (const [i, stage] of stages.entries()) {
    text = render(model, fixed, { ...stage, trimmed: i > 0 });
    if (measure(text) <= limit) return text;
  }
  return hardCut(text, limit, measure, model.input.runUrl);
}

function render(model: Model, fixed: { head: string[]; top: string[]; table: Table; configuration: string[]; footer: string[] }, stage: Stage): string {
  const out: string[] = [];
  if (model.input.marker) out.push(model.input.marker);
  out.push(...fixed.head);
  out.push(...fixed.top);
  if (fixed.table.visible.length) out.push(...fixed.table.visible, '');
  if (fixed.table.folded.length) out.push(...fold(fixed.table.foldedSummary, capRows(fixed.table.folded, stage.listed)));
  if (model.removed.length) out.push(removedLine(model.removed, stage.listed), '');
  out.push(...ruleChangesFold(model, stage));
  out.push(...needsFold(model, stage));
  out.push(...fixed.configuration);
  if (stage.trimmed) out.push(trimNote(model.input.runUrl, stage), '');
  if (stage.details) out.push(...detailsFold(model, stage));
  out.push(...fixed.footer);
  return out.join('\n') + '\n';
}

function fold(summary: string, body: string[]): string[] {
  return ['<details>', `<summary>${summary}</summary>`, '', ...body, '', '</details>', ''];
}

/** What the comment shows above the fold whatever its size: the checkout warning and the config change. */
function aboveTheFold(input: CommentInput): string[] {
  const top: string[] = [];
  if (input.checkoutIsBase) {
    const base = input.headSha ? ` (${shortSha(input.headSha)})` : '';
    top.push('> [!WARNING]', `> This report grades the **base branch**${base}, not the pull request: under \`pull_request_target\`, \`actions/checkout\` checks out the base unless given \`ref: \${{ github.event.pull_request.head.sha }}\`.`, '');
  }
  const change = configChangeCallout(input.policy);
  if (change.length) top.push(...change, '');
  top.push(...readingCallouts(input.report.notes));
  return top;
}

// ── the headline and the action line ──────────────────────────────────────

function headlineLine(model: Model): string {
  return `### ${headline(model, escapeMarkdown)}`;
}

/** "❌ levelgate: L1 (lowest: Monitoring), below target L2 — this PR lowers Monitoring (L2 → L1)"; `esc` escapes the title. */
function headline(model: Model, esc: (s: string) => string): string {
  const mark = model.targets || model.blockingRegression ? (model.passed && !model.blockingRegression ? '✅ ' : '❌ ') : '';
  const name = model.input.title ? `levelgate (${esc(model.input.title)})` : 'levelgate';
  const change = model.compared ? ` — ${changeClause(model)}` : '';
  return `${mark}${name}: ${model.monorepo ? monorepoSubject(model) : singleSubject(model)}${change}`;
}

function singleSubject(model: Model): string {
  const report = model.scopes[0]!.report;
  const graded = DIMENSIONS.filter((d) => !report.dimensions[d].notApplicable);
  // Not when the change clause names them already ("this PR lowers Monitoring (L2 → L1)").
  const lowered = new Set(model.scopes[0]!.delta?.regressions.map((r) => r.dimension));
  const bottom = graded.filter((d) => report.dimensions[d].level === report.level);
  const lowest = bottom.every((d) => lowered.has(d)) ? [] : bottom.map(title);
  // The weakest dimension names the overall level; with three or more at the bottom the table says it better.
  const names = lowest.length && lowest.length <= 2 && lowest.length < graded.length ? ` (lowest: ${lowest.join(', ')})` : '';
  const level = `L${report.level}${names}`;
  if (!model.targets) return level;
  return `${level}, ${model.passed ? 'meets' : 'below'} target ${targetText(model.targets)}`;
}

function monorepoSubject(model: Model): string {
  const packages = model.scopes.filter((s) => s.path);
  const n = packages.length;
  const whole = model.scopes[0]!;
  if (!model.targets) return `${n} package${n === 1 ? '' : 's'}, lowest L${Math.min(whole.report.level, ...packages.map((p) => p.report.level))}`;
  const target = targetText(model.targets);
  if (model.passed) return `${n === 1 ? 'the package' : `all ${n} packages`} and the whole meet ${target}`;
  const below = packages.filter(failing).length;
  if (below === 0) return `the whole repository below ${target}`;
  return `${below}/${n} package${n === 1 ? '' : 's'}${failing(whole) ? ' and the whole' : ''} below ${target}`;
}

/** What this pull request changed, in a few words. */
function changeClause(model: Model): string {
  const scopes = model.scopes.filter((s) => s.delta);
  if (!model.monorepo) {
    const s = scopes[0]!;
    const moved = (dir: 'down' | 'up') => s.delta!.dimensions.filter((d) => d.change === dir);
    const describe = (list: ReturnType<typeof moved>) => (list.length > 2 ? `${list.length} dimensions` : list.map((d) => `${title(d.dimension)} (L${d.base} → L${d.head})`).join(' and '));
    const parts: string[] = [];
    if (moved('down').length) parts.push(`this PR lowers ${describe(moved('down'))}`);
    if (moved('up').length) parts.push(`${parts.length ? 'raises' : 'this PR raises'} ${describe(moved('up'))}`);
    if (parts.length) return parts.join(', ');
    return ruleCountClause(s.rules);
  }
  const down = scopes.filter(lowered).length;
  const up = scopes.filter((s) => !lowered(s) && changedLevels(s)).length;
  const count = (k: number) => `${k} package${k === 1 ? '' : 's'}`;
  const parts: string[] = [];
  if (down) parts.push(`this PR lowers ${count(down)}`);
  if (up) parts.push(`${parts.length ? 'raises' : 'this PR raises'} ${count(up)}`);
  const added = model.scopes.filter((s) => s.isNew).length;
  if (added) parts.push(`${parts.length ? '' : 'this PR '}adds ${count(added)}`.trim());
  if (parts.length) return parts.join(', ');
  return ruleCountClause(scopes.flatMap((s) => s.rules));
}

function ruleCountClause(rules: RuleChange[]): string {
  const lost = rules.filter((r) => r.kind === 'lost').length;
  const gained = rules.length - lost;
  if (!rules.length) return 'no change';
  const parts = [lost ? `${lost} rule${lost === 1 ? '' : 's'} lost` : '', gained ? `${gained} rule${gained === 1 ? '' : 's'} gained` : ''].filter(Boolean);
  return `no level change, ${parts.join(', ')}`;
}

/** "**To pass:** …" (or "**Next level:** …" when passing): the one thing to do next, then a blank line. */
function actionLines(model: Model): string[] {
  const line = model.monorepo ? monorepoAction(model) : singleAction(model);
  return line ? [line, ''] : [];
}

function singleAction(model: Model): string | undefined {
  const scope = model.scopes[0]!;
  const name = (r: RuleResult) => ruleWithMeasure(r, model.links);
  const failures = scope.failures.filter((f): f is TargetFailure & { scope: Dimension } => f.scope !== 'overall');
  if (failures.length) {
    // A dimension this pull request lowered comes first: the reader's own change.
    const loweredDims = new Set(scope.delta?.regressions.map((r) => r.dimension));
    const order = [...failures].sort((a, b) => Number(loweredDims.has(b.scope)) - Number(loweredDims.has(a.scope)) || needSize(scope, a) - needSize(scope, b));
    const first = order[0]!;
    const d = scope.report.dimensions[first.scope];
    const need = needsFor(d, first.target)[0];
    if (!need) return undefined;
    const more = failures.length > 1 ? ` (+${failures.length - 1} more dimension${failures.length === 2 ? '' : 's'} below)` : '';
    const lost = lostNote(scope, need, model);
    return `**To pass:** ${title(first.scope)} ${describeNeeds([need], name)}${lost || hintFor(need)}${more}`;
  }
  if (scope.failures.length) return `**To pass:** raise the lowest dimensions to ${targetText(model.targets!)}.`;
  if (model.blockingRegression && scope.delta) {
    const r = scope.delta.regressions[0]!;
    const lost = scope.rules.find((c) => c.kind === 'lost' && c.dimension === r.dimension);
    const why = lost ? `: ${ruleRef(lost.rule.id, model.links)} no longer holds${baseEvidence(lost, model)}` : '';
    return `**To pass:** restore ${title(r.dimension)} to L${r.base} (\`fail-on-regression\` is on)${why}.`;
  }
  return nextLevelLine(scope.report, model.links);
}

function monorepoAction(model: Model): string | undefined {
  const groups = mergedNeeds(model);
  if (groups.length) {
    const g = groups[0]!;
    const who = g.scopes.length === 1 ? scopeRef(g.scopes[0]!) : `${g.scopes.length} packages`;
    const verb = g.scopes.length === 1 ? describeNeeds(g.needs, (r) => ruleWithMeasure(r, model.links)) : describeNeeds(g.needs, (r) => ruleRef(r.id, model.links)).replace(/^needs/, 'need');
    const more = groups.length > 1 ? ` (+${groups.length - 1} more below)` : '';
    return `**To pass:** ${who} ${verb} for ${title(g.dimension)} L${g.target}${more}`;
  }
  if (model.blockingRegression) return '**To pass:** restore the levels this pull request lowered (`fail-on-regression` is on); see the table.';
  return nextLevelLine(model.scopes[0]!.report, model.links);
}

/** One "Next level" suggestion: of the dimensions that hold the overall level, the one nearest its next level. */
function nextLevelLine(report: GradeReport, links: LinkContext): string | undefined {
  const candidates = DIMENSIONS.map((d) => report.dimensions[d]).filter((d) => !d.notApplicable && d.level === report.level && d.next);
  const best = candidates.map((d) => ({ d, need: nextNeed(d) })).filter((c) => c.need).sort((a, b) => ruleCount(a.need!) - ruleCount(b.need!))[0];
  if (!best) return undefined;
  return `**Next level:** ${title(best.d.dimension)} L${best.need!.level} ${describeNeeds([best.need!], (r) => ruleWithMeasure(r, links))}${hintFor(best.need!)}`;
}

/** The hint, when the need is a single rule: what to do, in levelgate's words. */
function hintFor(need: LevelNeed): string {
  const rules = rulesOf([need]);
  return rules.length === 1 && rules[0]!.hint && !rules[0]!.measured ? `: ${inlineText(rules[0]!.hint)}` : '';
}

/** When the rule to add is one this pull request lost: the file it held by on the base commit. */
function lostNote(scope: Scope, need: LevelNeed, model: Model): string {
  const ids = new Set(rulesOf([need]).map((r) => r.id));
  const lost = scope.rules.find((c) => c.kind === 'lost' && ids.has(c.rule.id));
  if (!lost) return '';
  const where = lost.base?.findings.find((f) => f.strength === 'strong');
  return `, which this PR lost${where ? ` (the base had it in ${evidenceRef(where, model.baseSha, model.links)})` : ''}`;
}

function needSize(scope: Scope, f: TargetFailure & { scope: Dimension }): number {
  return needsFor(scope.report.dimensions[f.scope], f.target).reduce((n, l) => n + ruleCount(l), 0);
}

function ruleCount(need: LevelNeed): number {
  return need.required.length + (need.count ?? 1);
}

/** A rule id (linked) with its measurement when the report carries one. */
function ruleWithMeasure(r: RuleResult, links: LinkContext): string {
  const m = measuredText(r);
  return m ? `${ruleRef(r.id, links)} (${inlineText(m)})` : ruleRef(r.id, links);
}

// ── the table ──────────────────────────────────────────────────────────────

interface Table {
  visible: string[];
  folded: string[];
  foldedSummary: string;
}

/** Rows shown above the fold at most; the rest are folded (a phone shows about this many without scrolling). */
const VISIBLE_ROWS = 4;
const VISIBLE_PACKAGES = 10;

function tableLines(model: Model): Table {
  return model.monorepo ? packagesTable(model) : dimensionsTable(model);
}

/** `| | Dimension | Base → PR | Target |`: status first, short cells, failing and changed rows first. */
function dimensionsTable(model: Model): Table {
  const scope = model.scopes[0]!;
  const { report } = scope;
  const header = ['', 'Dimension', model.compared ? 'Base → PR' : 'Level', ...(model.targets ? ['Target'] : [])];
  const failingDims = new Set(scope.failures.map((f) => f.scope));
  const ruleDims = new Map<Dimension, RuleChange[]>();
  for (const c of scope.rules) ruleDims.set(c.dimension, [...(ruleDims.get(c.dimension) ?? []), c]);
  const rows = DIMENSIONS.map((d) => {
    const result = report.dimensions[d];
    const delta = scope.delta?.dimensions.find((x) => x.dimension === d);
    const moved = delta && (delta.change === 'up' || delta.change === 'down');
    const failingHere = failingDims.has(d);
    const status = result.notApplicable ? '➖' : failingHere ? '❌' : delta?.change === 'down' ? '⬇️' : delta?.change === 'up' ? '⬆️' : '✅';
    const rules = ruleDims.get(d);
    const rulesNote = rules && !moved ? `, ${ruleCountClause(rules).replace('no level change, ', '')}` : '';
    const cells = [status, title(d), levelCell(result, delta) + rulesNote, ...(model.targets ? [result.notApplicable ? '—' : `L${dimensionTarget(model.targets, d)}`] : [])];
    const rank = failingHere ? (delta?.change === 'down' ? 0 : 1) : moved ? 2 : rules ? 3 : 9;
    return { cells, rank, show: !result.notApplicable && (failingHere || !!moved || !!rules || (!model.targets && !model.compared)) };
  });
  const shown = rows.filter((r) => r.show).sort((a, b) => a.rank - b.rank);
  const visible = shown.slice(0, VISIBLE_ROWS);
  const rest = rows.filter((r) => !visible.includes(r));
  const restFailing = rest.filter((r) => r.cells[0] === '❌').length;
  const others = rest.length;
  const summary =
    restFailing > 0
      ? `❌ ${others} more dimension${others === 1 ? '' : 's'} (${restFailing} below target)`
      : `✅ ${visible.length ? `${others} other${others === 1 ? '' : 's'}` : `${others} dimension${others === 1 ? '' : 's'}`}${model.compared ? ' unchanged' : model.targets ? ' meet the target' : ''}`;
  return {
    visible: visible.length ? [row(header), row(header.map((_, i) => (i === 1 ? ':--' : ':-:'))), ...visible.map((r) => row(r.cells))] : [],
    folded: rest.length ? [row(header), row(header.map((_, i) => (i === 1 ? ':--' : ':-:'))), ...rest.map((r) => row(r.cells))] : [],
    foldedSummary: summary,
  };
}

function levelCell(result: DimensionResult, delta: Delta['dimensions'][number] | undefined): string {
  if (result.notApplicable) return 'n/a';
  const unseen = result.notSeen?.length ? ' (L1 not seen)' : '';
  if (delta && delta.base !== undefined && (delta.change === 'up' || delta.change === 'down')) return `L${delta.base} → **L${delta.head}**${unseen}`;
  return `L${result.level}${unseen}`;
}

/** `| | Package | Base → PR | Notes |`: packages that changed or fail first, the rest folded. */
function packagesTable(model: Model): Table {
  const header = ['', 'Package', model.compared ? 'Base → PR' : 'Level', 'Notes'];
  const rows = model.scopes.map((s) => {
    const notes: string[] = [];
    if (s.isNew) notes.push('🆕 new');
    for (const f of s.failures) notes.push(f.scope === 'overall' ? `overall < L${f.target}` : `${abbreviation(f.scope)} L${f.actual}`);
    for (const d of s.delta?.dimensions ?? []) {
      if (d.change === 'down' || d.change === 'up') notes.push(`${d.change === 'down' ? '⬇️' : '⬆️'} ${abbreviation(d.dimension)} L${d.base}→L${d.head}`);
    }
    if (s.rules.length && !changedLevels(s)) notes.push(ruleCountClause(s.rules).replace('no level change, ', ''));
    const overall = s.delta && s.delta.overall.change !== 'same' ? `L${s.delta.overall.base} → **L${s.delta.overall.head}**` : `L${s.report.level}`;
    const status = failing(s) ? '❌' : lowered(s) ? '⬇️' : changedLevels(s) ? '⬆️' : '✅';
    const label = s.path ? tableCode(s.path) : '*whole repository*';
    const rank = lowered(s) ? 0 : changed(s) ? 1 : failing(s) ? 2 : 9;
    return { cells: [status, label, overall, notes.join(', ') || '—'], rank, show: changed(s) || failing(s), failing: failing(s) };
  });
  const shown = rows.filter((r) => r.show).sort((a, b) => a.rank - b.rank);
  const visible = shown.slice(0, VISIBLE_PACKAGES);
  const rest = rows.filter((r) => !visible.includes(r));
  const restFailing = rest.filter((r) => r.failing).length;
  const n = rest.length;
  const what = model.compared ? ` unchanged` : '';
  const summary = restFailing ? `❌ ${n} package${n === 1 ? '' : 's'}${what} (${restFailing} below target)` : `✅ ${n} package${n === 1 ? '' : 's'}${what}`;
  const align = row(header.map((_, i) => (i === 1 || i === 3 ? ':--' : ':-:')));
  return {
    visible: visible.length ? [row(header), align, ...visible.map((r) => row(r.cells))] : [],
    folded: rest.length ? [row(header), align, ...rest.map((r) => row(r.cells))] : [],
    foldedSummary: summary,
  };
}

/** A table cell's code span: a "|" in a folder name would split the row even inside one. */
function tableCode(text: string): string {
  return codeRef(text).replace(/\|/g, '\\|');
}

function capRows(rows: string[], max: number): string[] {
  if (rows.length - 2 <= max) return rows;
  return [...rows.slice(0, 2 + max), '', `…and ${rows.length - 2 - max} more in the job summary`];
}

const REMOVED_SHOWN = 20;
function removedLine(removed: Model['removed'], listed: number): string {
  const shown = Math.min(REMOVED_SHOWN, listed);
  const items = removed.slice(0, shown).map((r) => `${codeRef(r.path)} (was L${r.level})`);
  if (removed.length > shown) items.push(`and ${removed.length - shown} more`);
  return `Removed since the base commit: ${items.join(', ')}.`;
}

// ── the folds ──────────────────────────────────────────────────────────────

/** The rules this pull request gained and lost, each with the evidence that changed. */
function ruleChangesFold(model: Model, stage: Stage): string[] {
  const all = model.scopes.flatMap((s) => s.rules.map((c) => ({ s, c })));
  if (!all.length) return [];
  const lost = all.filter((x) => x.c.kind === 'lost');
  const gained = all.filter((x) => x.c.kind === 'gained');
  const ordered = [...lost, ...gained];
  const lines = ordered.slice(0, stage.listed).map(({ s, c }) => {
    const where = model.monorepo ? `${s.path ? codeRef(s.path) : 'whole repository'}: ` : '';
    const what = `${escapeMarkdown(c.rule.title)} (${ruleRef(c.rule.id, model.links)}, ${title(c.dimension)} L${c.rule.level})`;
    if (c.kind === 'gained') return `- ⬆️ ${where}gained ${what}${evidenceList(c.rule.findings, model.headSha, model.links, 1)}`;
    return `- ⬇️ ${where}lost ${what}${baseEvidence(c, model)}`;
  });
  if (ordered.length > lines.length) lines.push(`- …and ${ordered.length - lines.length} more in the job summary`);
  const counts = [lost.length ? `${lost.length} lost` : '', gained.length ? `${gained.length} gained` : ''].filter(Boolean).join(', ');
  return fold(`Rules: ${counts}`, lines);
}

/** Where a lost rule held on the base commit (for a negative rule, the violation the pull request brought). */
function baseEvidence(c: RuleChange, model: Model): string {
  if (c.rule.negative) return evidenceList(c.rule.findings, model.headSha, model.links, 1, ': now found in ');
  return evidenceList(c.base?.findings ?? [], model.baseSha, model.links, 1, ': was met on the base by ');
}

function evidenceList(findings: RuleResult['findings'], sha: string | undefined, links: LinkContext, max: number, lead = ': '): string {
  const strong = findings.filter((f) => f.strength === 'strong');
  const shown = (strong.length ? strong : findings).slice(0, max);
  if (!shown.length) return '';
  const more = findings.length > shown.length ? ` +${findings.length - shown.length} more` : '';
  return `${lead}${shown.map((f) => evidenceRef(f, sha, links)).join(', ')}${more}`;
}

/** What the target needs: per failing dimension (merged across packages in a monorepo), with each rule's hint. */
function needsFold(model: Model, stage: Stage): string[] {
  if (model.passed) return [];
  const lines: string[] = [];
  const hints = new Map<string, RuleResult>();
  if (!model.monorepo) {
    const scope = model.scopes[0]!;
    for (const f of scope.failures) {
      if (f.scope === 'overall') {
        lines.push(`- **Overall** is L${f.actual}, target L${f.target}: the overall level is the lowest dimension.`);
        continue;
      }
      const d = scope.report.dimensions[f.scope];
      const needs = needsFor(d, f.target);
      lines.push(`- **${title(f.scope)}** L${f.actual}, target L${f.target}: ${describeNeeds(needs, (r) => ruleWithMeasure(r, model.links))}.`);
      const held = heldAt(d);
      if (held) lines.push(`  ${title(f.scope)} is held at L${d.level} by ${list(held.blocking.map((r) => ruleRef(r.id, model.links)))}; its ${list(held.metAbove.map((l) => `L${l}`))} rules are met.`);
      for (const r of rulesOf(needs)) hints.set(r.id, r);
    }
  } else {
    const groups = mergedNeeds(model);
    for (const g of groups.slice(0, stage.listed)) {
      const who = g.scopes.length === 1 ? scopeRef(g.scopes[0]!) : `${g.scopes.length} packages (${packageList(g.scopes, stage.listed === Infinity ? 8 : 3)})`;
      const needs = describeNeeds(g.needs, (r) => ruleRef(r.id, model.links));
      lines.push(`- **${title(g.dimension)} L${g.target}**: ${who} ${g.scopes.length > 1 ? needs.replace(/^needs/, 'need') : needs}.`);
      for (const r of rulesOf(g.needs)) hints.set(r.id, r);
    }
    if (groups.length > stage.listed) lines.push(`- …and ${groups.length - stage.listed} more in the job summary`);
  }
  const hinted = [...hints.values()].filter((r) => r.hint).slice(0, stage.listed === Infinity ? 40 : stage.listed);
  if (hinted.length) lines.push('', '**How to add them**', '', ...hinted.map((r) => `- ${ruleRef(r.id, model.links)}: ${inlineText(r.hint)}`));
  const count = model.monorepo ? model.scopes.filter(failing).length : model.scopes[0]!.failures.length;
  return fold(`What the target needs (${count} ${model.monorepo ? 'failing' : `dimension${count === 1 ? '' : 's'} below`})`, lines);
}

interface NeedGroup {
  dimension: Dimension;
  actual: Level;
  target: Level;
  needs: LevelNeed[];
  scopes: Scope[];
}

/** Failures with the same dimension, levels and missing rules, merged across packages: "12 packages need …". */
function mergedNeeds(model: Model): NeedGroup[] {
  const groups = new Map<string, NeedGroup>();
  for (const s of model.scopes) {
    for (const f of s.failures) {
      if (f.scope === 'overall') continue;
      const needs = needsFor(s.report.dimensions[f.scope], f.target);
      const key = `${f.scope}|${f.actual}|${f.target}|${describeNeeds(needs, (r) => r.id)}`;
      const group = groups.get(key) ?? { dimension: f.scope, actual: f.actual, target: f.target, needs, scopes: [] };
      group.scopes.push(s);
      groups.set(key, group);
    }
  }
  // The largest groups first: one fix that helps the most packages.
  return [...groups.values()].sort((a, b) => b.scopes.length - a.scopes.length);
}

function packageList(scopes: Scope[], max: number): string {
  const names = scopes.slice(0, max).map(scopeRef);
  return scopes.length > max ? `${names.join(', ')} and ${scopes.length - max} more` : names.join(', ');
}

function scopeRef(s: Scope): string {
  return s.path ? codeRef(s.path) : 'the whole repository';
}

function scopeName(s: Scope): string {
  return s.path || 'the whole repository';
}

/** Every rule with its evidence, per dimension (per package in a monorepo), folded. */
function detailsFold(model: Model, stage: Stage): string[] {
  const body: string[] = [];
  if (!model.monorepo) {
    body.push(...reportBlocks(model.scopes[0]!.report, model, stage));
  } else {
    // Per package, the dimensions that fail or changed: thirty packages of seven dimensions each would bury them.
    const scopes = (stage.detailScopes === 'all' ? model.scopes : model.scopes.filter((s) => changed(s) || failing(s))).map((s) => ({ s, dims: noteworthy(s) })).filter((x) => x.dims.size > 0);
    for (const { s, dims } of scopes) {
      const label = s.path ? `${htmlCode(s.path)}${s.name ? ` (${htmlCode(s.name)})` : ''}` : '<b>whole repository</b>';
      body.push(...fold(`${label}: L${s.report.level}${failing(s) ? ' ❌' : ''}`, reportBlocks(s.report, model, stage, dims)));
    }
    if (!scopes.length) body.push('No package fails its target or changed.');
  }
  const what = model.monorepo ? 'The rules of each package that fails or changed' : 'Every rule';
  return fold(`${what}${stage.findingsPerRule > 0 ? ', with evidence' : ''}`, trimBlank(body));
}

/** A scope's dimensions below target, or moved, or with a rule gained or lost. */
function noteworthy(s: Scope): Set<Dimension> {
  const dims = new Set<Dimension>(s.failures.flatMap((f) => (f.scope === 'overall' ? [] : [f.scope])));
  for (const d of s.delta?.dimensions ?? []) if (d.change === 'up' || d.change === 'down') dims.add(d.dimension);
  for (const c of s.rules) dims.add(c.dimension);
  if (s.isNew) for (const d of DIMENSIONS) dims.add(d);
  return dims;
}

function reportBlocks(report: GradeReport, model: Model, stage: Stage, only?: ReadonlySet<Dimension>): string[] {
  const out: string[] = [];
  for (const d of DIMENSIONS) if (!only || only.has(d)) out.push(...dimensionBlock(report.dimensions[d], model, stage));
  if (report.notes.length && stage.findingsPerRule > 0) {
    const notes = report.notes.slice(0, 50).map((n) => `- ${codeRef(n.path)}: ${inlineText(n.message)}`);
    if (report.notes.length > 50) notes.push(`- …and ${report.notes.length - 50} more`);
    out.push(...fold(`Scan notes (${report.notes.length})`, notes));
  }
  return out;
}

/** One dimension folded: rules up to the target (or the next level) shown, higher ones behind "more". */
function dimensionBlock(d: DimensionResult, model: Model, stage: Stage): string[] {
  const target = model.targets ? dimensionTarget(model.targets, d.dimension) : undefined;
  const goal = Math.max(d.level + 1, target ?? 0);
  const mark = d.notApplicable ? ' ➖ not applicable' : target === undefined ? '' : d.level >= target ? ' ✅' : ' ❌';
  const head = `<b>${title(d.dimension)}</b> L${d.level}${target !== undefined && !d.notApplicable ? ` · target L${target}` : ''}${mark}`;
  const sorted = [...d.rules].sort((a, b) => a.level - b.level);
  const near = sorted.filter((r) => r.level <= goal).flatMap((r) => ruleLines(r, d, target, model, stage));
  const far = sorted.filter((r) => r.level > goal);
  const body = [...near];
  if (far.length) body.push('', ...fold(`More: L${goal + 1}${goal + 1 < 4 ? '–L4' : ''} rules (${far.length})`, far.flatMap((r) => ruleLines(r, d, target, model, stage))));
  return fold(head, trimBlank(body));
}

function ruleLines(r: RuleResult, d: DimensionResult, target: Level | undefined, model: Model, stage: Stage): string[] {
  const blocks = r.status === 'missing' && !r.negative && r.level > d.level && target !== undefined && r.level <= target;
  const mark = r.status === 'met' ? '✅' : r.status === 'not_applicable' ? '➖' : r.negative ? '⛔' : r.notSeen ? '❔' : blocks ? '❌' : '⬜';
  const custom = model.links.custom?.has(r.id) ? ' — custom' : '';
  const lines = [`- ${mark} L${r.level} ${escapeMarkdown(r.title)} (${ruleRef(r.id, model.links)})${custom}${r.required ? ' — required' : ''}`];
  const measured = measuredText(r);
  if (r.notSeen) lines.push(`  - ${inlineText(NOT_SEEN_RULE)}`);
  if (r.none) lines.push(`  - has none: ${inlineText(r.none)}`);
  if (measured) lines.push(`  - ${inlineText(measured)}`);
  if (r.reason) lines.push(`  - ${inlineText(r.reason)}`);
  if (r.status === 'missing' && !r.negative && r.hint) lines.push(`  - to add: ${inlineText(r.hint)}`);
  for (const f of r.findings.slice(0, stage.findingsPerRule)) lines.push(`  - ${evidenceRef(f, model.headSha, model.links)} ${inlineText(f.message)}${f.strength === 'weak' ? ` (${weakFindingNote(r)})` : ''}`);
  if (stage.findingsPerRule > 0 && r.findings.length > stage.findingsPerRule) lines.push(`  - …and ${r.findings.length - stage.findingsPerRule} more`);
  return lines;
}

function trimBlank(lines: string[]): string[] {
  const out = [...lines];
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
}

// ── the footer and the size limit ──────────────────────────────────────────

/** One plain line when the base commit was not graded, then the small print: commits, version, where the rest is. */
function footerLines(model: Model): string[] {
  const { input, links } = model;
  const out: string[] = [];
  if (input.base.kind === 'unavailable') {
    const which = input.base.sha ? `The base commit ${commitRef(input.base.sha, links)}` : 'The base commit';
    out.push(`<sub>${which} was not graded: ${escapeMarkdown(input.base.reason)}.${input.base.hint ? ` ${input.base.hint}` : ''}</sub>`, '');
  }
  const parts: string[] = [];
  if (model.headSha) parts.push(`commit ${commitRef(model.headSha, links)}`);
  if (model.baseSha) {
    const compare = model.headSha ? compareUrl(model.baseSha, model.headSha, links) : undefined;
    parts.push(`base ${commitRef(model.baseSha, links)}${compare ? ` ([compare](${compare}))` : ''}`);
  }
  if (model.discovery) parts.push(`packages found from ${escapeMarkdown(model.discovery)}`);
  const tool = input.report.tool;
  parts.push(`levelgate ${escapeMarkdown(String(tool.version))} (rules ${escapeMarkdown(String(tool.rulesVersion))})`);
  if (input.fromResultFile) parts.push(RESULT_FILE_ORIGIN);
  // The job summary is where this line would link to: it says nothing of itself.
  if (input.marker !== undefined) {
    if (input.runUrl) parts.push(`[job summary](${input.runUrl})`);
    parts.push('updated on every push');
  }
  out.push(`<sub>${parts.join(' · ')}</sub>`);
  return out;
}

/** Said of a result another run wrote: levelgate here only checked its shape, not that it is true. */
const RESULT_FILE_ORIGIN = "as reported by the pull request's own workflow run (its result file; not graded by this job)";

function trimNote(runUrl: string | undefined, stage: Pick<Stage, 'details' | 'findingsPerRule'> & { detailScopes?: Stage['detailScopes'] }): string {
  const what = !stage.details ? 'The detailed report is left out' : stage.detailScopes === 'shown' ? 'Unchanged passing packages are left out of the details' : stage.findingsPerRule > 0 ? 'Evidence is shortened' : 'Evidence is left out';
  const where = runUrl ? `the [job summary](${runUrl})` : 'the job summary of this workflow run';
  return `> [!NOTE]\n> ${what} to fit GitHub's comment size limit; the full report is in ${where}.`;
}

function hardCut(text: string, limit: number, measure: (s: string) => number, runUrl: string | undefined): string {
  const note = `\n\n${trimNote(runUrl, { findingsPerRule: 0, details: false })}\n`;
  let lines = text.split('\n');
  while (lines.length > 1 && measure(lines.join('\n') + note) > limit) lines = lines.slice(0, Math.max(1, Math.floor(lines.length * 0.9)));
  let cut = lines.join('\n');
  while (cut.length > 0 && measure(cut + note) > limit) cut = cut.slice(0, Math.floor(cut.length * 0.9));
  return cut + note;
}

// ── small helpers ──────────────────────────────────────────────────────────

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`.replace(/\|  \|/g, '| |');
}

export function title(d: Dimension): string {
  return d.charAt(0).toUpperCase() + d.slice(1);
}

function abbreviation(d: Dimension): string {
  return DIMENSION_ABBREVIATIONS[d];
}

function dimensionTarget(targets: Targets, d: Dimension): Level {
  return (targets.dimensions[d] ?? targets.overall ?? 0) as Level;
}

function shortSha(sha: string): string {
  return /^[0-9a-f]{7,64}$/.test(sha) ? `\`${sha.slice(0, 7)}\`` : escapeMarkdown(sha);
}

/** "L2", or "L2, security L3" when dimensions have their own. */
function targetText(targets: Targets): string {
  const parts: string[] = [];
  if (targets.overall !== undefined) parts.push(`L${targets.overall}`);
  for (const d of DIMENSIONS) {
    const t = targets.dimensions[d];
    if (t !== undefined) parts.push(`${d} L${t}`);
  }
  return parts.join(', ');
}

