// The grading engine: inventory → evidence → findings → levels → report. No GitHub, no terminal.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { calleeWord, collectEvidence, ParserNotLoaded, type CollectOptions, type Evidence } from './evidence/index.js';
import { DETECTORS } from './detectors/index.js';
import { ignoreTest, listRepository, type Inventory } from './inventory/list.js';
import { compileCatalog, loadCatalog, type Catalog, type CompiledCatalog } from './rules/load.js';
import { alternativesOf, literalRequirement, useCompiledAlternatives } from './rules/literals.js';
import { loadBacktrackingCheck } from './rules/backtracking.js';
import { matchersOf, textPatternsOf } from './rules/matcher-parts.js';
import type { Matcher, Rule } from './rules/schema.js';
import { evaluateRule, type RuleOverrides } from './score/evaluate.js';
import { overallLevel, scoreDimension } from './score/levels.js';
import { asCollection } from './score/collection.js';
import { DIMENSIONS, type DimensionResult, type Dimension, type GradeReport, type RuleResult } from './types.js';
import { checkpoint, deadlineFor, type Deadline } from './deadline.js';
import { RULES_VERSION, TOOL_VERSION } from './version.js';
import { loadConfig, loadRulePack, type CustomRuleSource, type LevelgateConfig } from './config/load.js';
import { applyConfig } from './config/apply.js';
import { limitConfig, scanIgnoredForSecrets, type ConfigLimits } from './config/limits.js';
import { withoutFiles } from './evidence/view.js';
import { compileGlobs, useCompiledGlobs } from './evidence/file-sets.js';
import { TextPrefilter } from './evidence/text-prefilter.js';
import { unreadLanguageNote } from './evidence/unread-code.js';
import { samplesViewOf, viewedInventory, withRealPaths } from './evidence/samples-view.js';
import { realPath } from './evidence/viewed-path.js';
import { ParseWorker } from './evidence/parse-client.js';
import type { AppliedConfig } from './config/types.js';

export interface GradeOptions {
  onProgress?: (message: string) => void;
  /** A loaded catalog (tests, custom rules); defaults to the shipped rules/. */
  catalog?: Catalog;
  /** Extra globs to skip. */
  ignore?: string[];
  overrides?: RuleOverrides;
  /** Dimensions the user declared not applicable. */
  notApplicable?: Dimension[];
  /**
   * The configuration: a loaded config (loadConfig), the path of a config file, false for none,
   * or undefined to look for .levelgate.yml in the repository (see CONFIG_LOCATIONS).
   */
  config?: LevelgateConfig | string | false;
  /** Rule packs named by the operator (CLI --rules): files or folders anywhere on this machine. */
  rulePacks?: string[];
  /** What the config may not do (relax the operator's targets, hide committed secrets); see config/limits.ts. */
  limits?: ConfigLimits;
  /** A time limit for this grade, in seconds (see src/deadline.ts); ignored when `deadline` is given. */
  timeoutSeconds?: number;
  /** A time limit already running (the CLI's, the action's for head and base together). */
  deadline?: Deadline;
  /** An L1 headline with no evidence is missing even when the dimension's L2 evidence holds (CLI --strict-gates). */
  strictGates?: boolean;
}

/** How long the ReDoS analysis of one custom pattern may take (per top-level alternative, and its fallback). */
const CUSTOM_PATTERN_ANALYSIS_MS = 3000;

/** Everything grading needs besides the files: the catalog with custom rules and the user's overrides. */
export interface GradingPlan {
  config?: LevelgateConfig;
  catalog: Catalog;
  ignore: string[];
  overrides: RuleOverrides;
  notApplicable: Dimension[];
  summary?: AppliedConfig;
  /** The config's ignore patterns when the files they hide must still go through the secrets scan. */
  ignoredButScanned?: string[];
  deadline?: Deadline;
  /** The operator's or the config's strict gates: either one makes them strict (a config cannot relax the operator). */
  strictGates?: boolean;
}

/** Evidence of the files listed, and the files among them that only the negative rules (committed secrets) see. */
export interface GatheredEvidence {
  inventory: Inventory;
  evidence: Evidence;
  /** Files the config ignores, minified bundles, standalone scripts: left out of the grade, but still scanned for committed secrets. */
  hidden?: (file: string) => boolean;
}

/**
 * What the grade of gathered evidence reports: a collection of samples is graded with its sample folders under other
 * names (evidence/samples-view.ts, Inventory.samplesViewed), and what is reported is given the real names.
 */
export function forReport<T>(gathered: Pick<GatheredEvidence, 'inventory'>, report: T): T {
  return gathered.inventory.samplesViewed ? withRealPaths(report, gathered.inventory.root) : report;
}

/** The plan for scoring gathered evidence: a suppression names real paths, so it is matched against them. */
export function scoringPlan(plan: GradingPlan, gathered: Pick<GatheredEvidence, 'inventory'>): GradingPlan {
  if (!gathered.inventory.samplesViewed || !plan.overrides.suppressed?.length) return plan;
  return { ...plan, overrides: { ...plan.overrides, suppressed: plan.overrides.suppressed.map((s) => ({ ...s, matches: (file: string) => s.matches(realPath(file)) })) } };
}

/** Grades the repository at `root`; throws GradeError when it is not a readable directory, ConfigError for a bad config. */
export async function grade(root: string, options: GradeOptions = {}): Promise<GradeReport> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => {});
  // The parse worker's thread starts now when a package.json at the root says TS/JS files are likely, so that its
  // own start overlaps planning and listing; it is told the files once they are listed (or stopped when there are
  // none). Elsewhere a worker is started, as before, only when the listing shows TS/JS files.
  const parseWorker = process.env.LEVELGATE_PARSE_WORKER === '0' || !existsSync(path.join(root, 'package.json')) ? undefined : ParseWorker.launch();
  let plan: GradingPlan;
  let gathered: GatheredEvidence;
  try {
    plan = await planGrading(root, options);
    gathered = await gatherEvidence(root, plan, progress, parseWorker);
  } catch (error) {
    parseWorker?.stop();
    throw error;
  }
  const { evidence, hidden } = gathered;
  progress('evaluating rules');
  let report: GradeReport;
  try {
    report = forReport(gathered, await scoreEvidence(evidence, scoringPlan(plan, gathered), hidden));
  } finally {
    evidence.stopParsing?.();
  }
  return {
    ...report,
    stats: { files: report.stats.files, filesRead: evidence.stats.filesRead, filesParsed: evidence.stats.filesParsed, durationMs: Math.round(performance.now() - started) },
  };
}

/**
 * Lists the checkout and collects its evidence once, as the plan says (ignores, which files the rules parse), with
 * `parseWorker` (ParseWorker.launch) when one was started already.
 */
export async function gatherEvidence(root: string, plan: GradingPlan, progress: (message: string) => void, parseWorker?: ParseWorker): Promise<GatheredEvidence> {
  progress('listing files');
  const collect = { ...collectOptionsFor(plan.catalog), ...(plan.deadline ? { deadline: plan.deadline } : {}), ...(parseWorker ? { parseWorker } : {}) };
  const scanned = plan.ignoredButScanned ?? [];
  if (scanned.length === 0) {
    const inventory = viewedIfSamples(await listRepository(root, { ignore: plan.ignore }), new Set());
    plan.deadline?.check();
    progress(`reading ${inventory.files.length} files`);
    const evidence = await collectEvidence(inventory, collect);
    return { inventory, evidence, ...hiddenFrom(evidence, new Set()) };
  }
  // Listed once without the config's ignores (read, for the secrets scan); what they hide is left out of the grade.
  const listed = await listRepository(root, { ignore: plan.ignore.filter((p) => !scanned.includes(p)) });
  plan.deadline?.check();
  const hiddenByConfig = ignoreTest(scanned);
  const inventory = viewedIfSamples(listed, new Set(listed.files.filter(hiddenByConfig)));
  const ignored = new Set(inventory.files.filter((f) => hiddenByConfig(realPath(f))));
  progress(`reading ${inventory.files.length} files (${ignored.size} ignored by the config, scanned for secrets only)`);
  const evidence = await collectEvidence(inventory, collect);
  return { inventory, evidence, ...hiddenFrom(evidence, ignored) };
}

/**
 * The inventory as graded: a collection of samples (all of the code graded, those the config ignores aside, in
 * sample folders) seen through its samples view, read as the project (evidence/samples-view.ts).
 */
function viewedIfSamples(inventory: Inventory, ignored: ReadonlySet<string>): Inventory {
  const view = samplesViewOf(ignored.size ? inventory.files.filter((f) => !ignored.has(f)) : inventory.files);
  return view ? viewedInventory(inventory, view) : inventory;
}

/**
 * What the negative rules alone see: the files the config ignores, minified bundles and standalone scripts (scanned
 * for secrets only).
 */
function hiddenFrom(evidence: Evidence, ignored: Set<string>): Pick<GatheredEvidence, 'hidden'> {
  for (const bundle of evidence.bundles) ignored.add(bundle);
  for (const script of evidence.standaloneScripts) ignored.add(script);
  return ignored.size ? { hidden: (file: string) => ignored.has(file) } : {};
}

/** Reads the config (when any), holds it to the operator's limits, and builds the catalog and overrides from it and the options. */
export async function planGrading(root: string, options: GradeOptions = {}): Promise<GradingPlan> {
  const deadline = deadlineFor(options.deadline, options.timeoutSeconds, 'timeoutSeconds');
  const loaded = await resolveConfig(root, options.config);
  const catalog = options.catalog ?? (await loadCatalog());
  if (catalog.globs) useCompiledGlobs(catalog.globs);
  if (catalog.alternatives) useCompiledAlternatives(catalog.alternatives);
  const limited = loaded ? limitConfig(loaded, catalog, options.limits) : undefined;
  const config = limited?.config;
  const operatorRules: CustomRuleSource[] = [];
  for (const pack of options.rulePacks ?? []) operatorRules.push(...(await loadRulePack(pack, { base: process.cwd(), confined: false })));
  // Custom patterns come from the graded repository (or the operator): each is proven free of super-linear
  // backtracking before it runs. The analyser is large, so it is loaded only when there are custom rules.
  const hasCustomRules = (config?.customRules.length ?? 0) + operatorRules.length > 0;
  const backtracking = hasCustomRules ? await loadBacktrackingCheck({ timeoutMs: CUSTOM_PATTERN_ANALYSIS_MS, ...(deadline ? { deadline } : {}) }) : undefined;
  const applied = applyConfig(config, catalog, operatorRules, backtracking);
  const overrides: RuleOverrides = {
    disabled: new Map([...(options.overrides?.disabled ?? []), ...(applied.overrides.disabled ?? [])]),
    suppressed: [...(options.overrides?.suppressed ?? []), ...(applied.overrides.suppressed ?? [])],
  };
  const notApplicable = [...new Set([...(options.notApplicable ?? []), ...applied.notApplicable])];
  const shaped = config !== undefined || operatorRules.length > 0;
  const scanIgnored = scanIgnoredForSecrets(options.limits) && applied.ignore.length > 0;
  const summary: AppliedConfig = {
    ...applied.summary,
    ...(limited?.overruled.length ? { overruled: limited.overruled } : {}),
    ...(scanIgnored ? { ignoreScannedForSecrets: true } : {}),
    ...(config?.strictGates ? { strictGates: true } : {}),
  };
  return {
    ...(config ? { config } : {}),
    catalog: applied.catalog,
    ignore: [...(options.ignore ?? []), ...applied.ignore],
    overrides,
    notApplicable,
    ...(shaped ? { summary } : {}),
    ...(scanIgnored ? { ignoredButScanned: applied.ignore } : {}),
    ...(deadline ? { deadline } : {}),
    ...(options.strictGates || config?.strictGates ? { strictGates: true } : {}),
  };
}

async function resolveConfig(root: string, config: GradeOptions['config']): Promise<LevelgateConfig | undefined> {
  if (config === false) return undefined;
  if (typeof config === 'object') return config;
  return loadConfig(root, typeof config === 'string' ? { file: config } : {});
}

/**
 * Evidence → a report (without timing stats). Rules are evaluated without the TS/JS parser first. When one needs a
 * file parsed (ParserNotLoaded), the parse worker starts loading the parser on its core (Evidence.prepareParser) and
 * the rule is put off; the rules after it that need no parse go on meanwhile, and those that need one are put off
 * too, until the parser is loaded (Evidence.parserSettled): then the put-off rules are evaluated in catalog order,
 * and the rules after them in place. Without a worker the parser is loaded at the first need, in place. The file
 * sets, text scans and parses are kept throughout: a verdict depends on the evidence alone, a rule that finished
 * never asked for a parse, and the rules that parse do so in catalog order as ever, so the report is the one of a
 * parser loaded up front.
 * Files `hidden` selects (ignored by the config) are seen by the negative rules only: a committed secret counts
 * wherever it is.
 */
export async function scoreEvidence(evidence: Evidence, plan: Pick<GradingPlan, 'catalog' | 'overrides' | 'notApplicable' | 'summary' | 'deadline' | 'strictGates'>, hidden?: (file: string) => boolean): Promise<GradeReport> {
  const graded = hidden ? withoutFiles(evidence, hidden) : evidence;
  const deadline = plan.deadline;
  const evaluated = new Map<Rule, RuleResult>();
  // Between rules it yields to the event loop and checks the time limit (a GradeTimeout names the slowest rule and file).
  const evaluate = async (rule: Rule, required: boolean) => {
    if (deadline) {
      await checkpoint(deadline);
      deadline.enterRule(rule.id);
    }
    const result = evaluateRule(rule, rule.negative ? evidence : graded, required, plan.overrides);
    evaluated.set(rule, asCollection(rule, result, graded, (view) => evaluateRule(rule, view, required, plan.overrides)));
  };
  const withParser = async (rule: Rule, required: boolean) => {
    for (;;) {
      try {
        return await evaluate(rule, required);
      } catch (error) {
        // The first time, and again when the worker cannot answer for a file (the main thread then loads the parser).
        if (!(error instanceof ParserNotLoaded)) throw error;
        await evidence.loadParser();
      }
    }
  };
  const putOff: { rule: Rule; required: boolean }[] = [];
  const catchUp = async () => {
    for (const { rule, required } of putOff.splice(0)) await withParser(rule, required);
  };
  for (const dimension of DIMENSIONS) {
    const required = requiredRules(plan.catalog, dimension);
    for (const rule of plan.catalog.rules) {
      if (rule.dimension !== dimension) continue;
      if (putOff.length && evidence.parserSettled?.()) await catchUp();
      try {
        await evaluate(rule, required.has(rule.id));
      } catch (error) {
        if (!(error instanceof ParserNotLoaded)) throw error;
        if (evidence.prepareParser && !evidence.parserSettled?.()) {
          evidence.prepareParser();
          putOff.push({ rule, required: required.has(rule.id) });
        } else {
          await catchUp();
          await withParser(rule, required.has(rule.id));
        }
      }
    }
  }
  await catchUp();
  return scoreEvaluated(graded, evidence, plan, evaluated);
}

/** The rules a dimension's levels require by name. */
function requiredRules(catalog: Catalog, dimension: Dimension): Set<string> {
  return new Set(Object.values(catalog.levels[dimension]).flatMap((l) => l.required));
}

/** Every dimension scored from its rules' results (every rule evaluated). */
function scoreEvaluated(
  evidence: Evidence,
  everything: Evidence,
  plan: Pick<GradingPlan, 'catalog' | 'notApplicable' | 'summary' | 'strictGates'>,
  evaluated: ReadonlyMap<Rule, RuleResult>,
): GradeReport {
  const dimensions = {} as Record<Dimension, DimensionResult>;
  const scoring = { strictGates: !!plan.strictGates, custom: new Set(plan.summary?.customRules.map((r) => r.id)) };
  for (const dimension of DIMENSIONS) {
    const levels = plan.catalog.levels[dimension];
    const results = plan.catalog.rules.filter((rule) => rule.dimension === dimension).map((rule) => evaluated.get(rule)!);
    const scored = scoreDimension(dimension, levels, results, scoring);
    dimensions[dimension] = plan.notApplicable.includes(dimension) ? { ...scored, notApplicable: true } : scored;
  }
  const shown = new Set(evidence.files);
  const unreadLanguage = unreadLanguageNote(evidence.files);
  return {
    schemaVersion: 1,
    tool: { name: 'levelgate', version: TOOL_VERSION, rulesVersion: RULES_VERSION },
    root: evidence.root,
    level: overallLevel(Object.values(dimensions)),
    dimensions,
    notes: [
      // What levelgate could not read as the project's code comes first: the levels are about the rest.
      ...(unreadLanguage ? [unreadLanguage] : []),
      ...(evidence === everything ? evidence.notes : evidence.notes.filter((n) => n.path === '.' || shown.has(n.path) || !everything.fileSet.has(n.path))),
    ],
    stats: { files: evidence.files.length, filesRead: evidence.stats.filesRead, filesParsed: evidence.stats.filesParsed, durationMs: 0 },
    ...(plan.summary ? { config: plan.summary } : {}),
  };
}

/** What evidence collection needs to know of a catalog: the words worth parsing for, the patterns to prefilter. */
export function collectOptionsFor(catalog: Catalog): CollectOptions {
  return {
    parseWords: parseWordsFor(catalog),
    textPatterns: textPatternsFor(catalog),
    ...(catalog.literals ? { literals: catalog.literals } : {}),
    ...(catalog.scanner ? { scanner: catalog.scanner } : {}),
  };
}

/** The globs a matcher lists (files:, in:), without the "!" of an exclusion. */
function globsOf(m: Matcher): string[] {
  const globs = [...('files' in m ? m.files : []), ...('in' in m ? (m.in ?? []) : [])];
  return globs.map((g) => (g.startsWith('!') ? g.slice(1) : g));
}

/** The words whose presence lets a JS/TS file be parsed: module names, callees and decorators the rules and detectors ask about. */
export function parseWordsFor(catalog: Catalog): string[] {
  const words = new Set<string>();
  const add = (m: Matcher) => {
    if ('library' in m) {
      for (const n of m.library.npm ?? []) words.add(n.replace(/\/\*$/, ''));
      for (const n of m.modules ?? []) words.add(n);
    }
    if ('imports' in m) m.imports.forEach((n) => words.add(n));
    if ('calls' in m) [...m.calls, ...(m.args ?? [])].forEach((c) => words.add(calleeWord(c)));
    if ('decorators' in m) m.decorators.forEach((d) => words.add(calleeWord(d)));
  };
  for (const rule of catalog.rules) matchersOf(rule).forEach(add);
  for (const detector of DETECTORS.values()) detector.parseTokens?.forEach((t) => words.add(t));
  return [...words].filter((w) => w.length > 1);
}

/** Every text pattern the rules and detectors test files with: the evidence scans each file once for all of them. */
export function textPatternsFor(catalog: Catalog): string[] {
  // A pattern's alternatives too: a file is regex-tested only with the alternatives it has the literals of.
  return [...new Set(wholePatternsOf(catalog).flatMap((p) => [p, ...(alternativesOf(p) ?? [])]))];
}

/** The rules' text patterns and the detectors' own, each once, before any is split into its alternatives. */
function wholePatternsOf(catalog: Catalog): string[] {
  const patterns = rulePatternsOf(catalog);
  for (const detector of DETECTORS.values()) patterns.push(...(detector.textPatterns ?? []));
  return [...new Set(patterns)];
}

/** The rules' own text patterns (text, contains, use). */
function rulePatternsOf(catalog: Catalog): string[] {
  return catalog.rules.flatMap((rule) => matchersOf(rule).flatMap(textPatternsOf));
}

/**
 * The catalog as the build ships it (dist/catalog.json): parsed, checked, every text pattern's literals worked
 * out, and the literal prefilter's scanner built for them.
 */
export async function compileShippedCatalog(dir: string): Promise<CompiledCatalog> {
  const compiled = await compileCatalog(dir);
  const patterns = textPatternsFor(compiled.catalog);
  const literals = Object.fromEntries(patterns.map((p) => [p, literalRequirement(p) ?? null]));
  // The detectors' patterns too: splitting one at run time means loading and running a regex parser (~50 ms cold).
  const alternatives = Object.fromEntries(wholePatternsOf(compiled.catalog).map((p) => [p, alternativesOf(p) ?? null]));
  const scanner = new TextPrefilter(patterns, () => undefined, literals).prebuiltScanner();
  const globs = compileGlobs(compiled.catalog.rules.flatMap((rule) => matchersOf(rule).flatMap(globsOf)));
  return { ...compiled, catalog: { ...compiled.catalog, literals, scanner, globs, alternatives } };
}
