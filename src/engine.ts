// The grading engine: inventory → evidence → findings → levels → report. No GitHub, no terminal.
import { collectEvidence } from './evidence/index.js';
import { DETECTORS } from './detectors/index.js';
import { listRepository } from './inventory/list.js';
import { loadCatalog, type Catalog } from './rules/load.js';
import type { Matcher } from './rules/schema.js';
import { evaluateRule, type RuleOverrides } from './score/evaluate.js';
import { overallLevel, scoreDimension } from './score/levels.js';
import { DIMENSIONS, type DimensionResult, type Dimension, type GradeReport } from './types.js';
import { RULES_VERSION, TOOL_VERSION } from './version.js';

export interface GradeOptions {
  onProgress?: (message: string) => void;
  /** A loaded catalog (tests, custom rules); defaults to the shipped rules/. */
  catalog?: Catalog;
  /** Extra globs to skip. */
  ignore?: string[];
  overrides?: RuleOverrides;
  /** Dimensions the user declared not applicable. */
  notApplicable?: Dimension[];
}

/** Grades the repository at `root`; throws GradeError when it is not a readable directory. */
export async function grade(root: string, options: GradeOptions = {}): Promise<GradeReport> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => {});
  const catalog = options.catalog ?? (await loadCatalog());
  progress('listing files');
  const inventory = await listRepository(root, { ignore: options.ignore });
  progress(`reading ${inventory.files.length} files`);
  const evidence = await collectEvidence(inventory, { parseFilter: parseFilterFor(catalog) });
  progress('evaluating rules');
  const dimensions = {} as Record<Dimension, DimensionResult>;
  for (const dimension of DIMENSIONS) {
    const levels = catalog.levels[dimension];
    const required = new Set(Object.values(levels).flatMap((l) => l.required));
    const results = catalog.rules
      .filter((r) => r.dimension === dimension)
      .map((rule) => evaluateRule(rule, evidence, required.has(rule.id), options.overrides));
    const scored = scoreDimension(dimension, levels, results);
    dimensions[dimension] = options.notApplicable?.includes(dimension) ? { ...scored, notApplicable: true } : scored;
  }
  return {
    schemaVersion: 1,
    tool: { name: 'levelgate', version: TOOL_VERSION, rulesVersion: RULES_VERSION },
    root: inventory.root,
    level: overallLevel(Object.values(dimensions)),
    dimensions,
    notes: evidence.notes,
    stats: {
      files: inventory.files.length,
      filesRead: evidence.stats.filesRead,
      filesParsed: evidence.stats.filesParsed,
      durationMs: Math.round(performance.now() - started),
    },
  };
}

/** A JS/TS file is parsed only when it mentions something a rule or detector asks about. */
export function parseFilterFor(catalog: Catalog): RegExp {
  const tokens = new Set<string>();
  const add = (m: Matcher) => {
    if ('library' in m) {
      for (const n of m.library.npm ?? []) tokens.add(n.replace(/\/\*$/, ''));
      for (const n of m.modules ?? []) tokens.add(n);
    }
    if ('imports' in m) m.imports.forEach((n) => tokens.add(n));
    if ('calls' in m) [...m.calls, ...(m.args ?? [])].forEach((c) => tokens.add(callToken(c)));
    if ('decorators' in m) m.decorators.forEach((d) => tokens.add(callToken(d)));
  };
  for (const rule of catalog.rules) [...rule.evidence, ...(rule.appliesWhen ?? []), ...(rule.also ?? [])].forEach(add);
  for (const detector of DETECTORS.values()) detector.parseTokens?.forEach((t) => tokens.add(t));
  const words = [...tokens].filter((t) => t.length > 1).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(words.join('|'));
}

/** The distinctive word of a callee pattern: "*.use" → "use", "jwt.sign" → "sign", "/re/" → "". */
function callToken(pattern: string): string {
  if (pattern.startsWith('/')) return '';
  const parts = pattern.replace(/^new /, '').split('.').filter((p) => p && p !== '*');
  return parts[parts.length - 1] ?? '';
}
