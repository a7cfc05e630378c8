// Loads and validates the rule catalog (rules/*.yml); errors name the file, the rule and the field.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../errors.js';
import { DIMENSIONS, type Dimension } from '../types.js';
import type { LevelSpec, Matcher, Rule } from './schema.js';
import { compilePattern } from './pattern.js';
import { textPatternsOf } from './matcher-parts.js';
import { DETECTORS } from '../detectors/index.js';
import type { BacktrackingCheck } from './backtracking.js';
import type { PrebuiltScanner } from '../evidence/text-prefilter.js';
import type { LiteralRequirement } from './literals.js';

export interface Catalog {
  rules: Rule[];
  levels: Record<Dimension, Record<1 | 2 | 3 | 4, LevelSpec>>;
  /** Files the catalog came from, for messages. */
  sources: string[];
  /**
   * The literals each text pattern needs (src/rules/literals.ts), worked out by the build for the shipped
   * catalog (null: none usable); absent when the catalog is parsed from YAML, and then worked out when used.
   */
  literals?: Record<string, LiteralRequirement | null>;
  /** The literal prefilter's scanner for those literals, built by the build too (src/evidence/text-prefilter.ts). */
  scanner?: PrebuiltScanner;
  /** The rules' globs compiled to RegExp sources by the build (src/evidence/file-sets.ts, compileGlobs). */
  globs?: Record<string, string>;
  /** The rules' text patterns split into their top-level alternatives by the build (literals.ts, alternativesOf). */
  alternatives?: Record<string, readonly string[] | null>;
}

/** The rules/ folder shipped with levelgate: next to the bundle in dist/, or at the repo root in development. */
export async function defaultRulesDir(): Promise<string> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [path.join(here, '..', 'rules'), path.join(here, '..', '..', 'rules'), path.join(here, '..', '..', '..', 'rules')]) {
    const entries = await readdir(candidate).catch(() => undefined);
    if (entries?.some((e) => e.endsWith('.yml'))) return candidate;
  }
  throw new ConfigError('the rule catalog (rules/*.yml) was not found next to levelgate');
}

/**
 * The shipped catalog, parsed and checked at build time: the build writes it next to the bundle, with the digest
 * of the rule files it came from. Parsing YAML costs a cold process about 0.2 s; JSON.parse, a millisecond.
 */
export interface CompiledCatalog {
  digest: string;
  catalog: Catalog;
}
export const COMPILED_CATALOG_FILE = 'catalog.json';

/** Reads every rule file of a folder; throws ConfigError for any invalid file. */
export async function loadCatalog(dir?: string): Promise<Catalog> {
  const rulesDir = dir ?? (await defaultRulesDir());
  const files = await readRuleFiles(rulesDir);
  return (await compiledCatalogFor(ruleFilesDigest(files))) ?? (await import('./parse.js')).parseCatalog(files, rulesDir);
}

/** Parses and checks a folder's rule files, for the build to write next to the bundle (COMPILED_CATALOG_FILE). */
export async function compileCatalog(dir: string): Promise<CompiledCatalog> {
  const files = await readRuleFiles(dir);
  return { digest: ruleFilesDigest(files), catalog: (await import('./parse.js')).parseCatalog(files, dir) };
}

export type RuleFiles = { name: string; text: string }[];

async function readRuleFiles(rulesDir: string): Promise<RuleFiles> {
  const names = (await readdir(rulesDir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  return Promise.all(names.map(async (name) => ({ name, text: await readFile(path.join(rulesDir, name), 'utf8') })));
}

const ruleFilesDigest = (files: RuleFiles): string => createHash('sha256').update(JSON.stringify(files)).digest('hex');

/** The compiled catalog next to the running bundle, when it was compiled from exactly these rule files. */
async function compiledCatalogFor(digest: string): Promise<Catalog | undefined> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [path.join(here, COMPILED_CATALOG_FILE), path.join(here, '..', COMPILED_CATALOG_FILE)]) {
    const text = await readFile(candidate, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    try {
      const compiled = JSON.parse(text) as CompiledCatalog;
      if (compiled.digest === digest) return compiled.catalog;
    } catch {
      // A damaged file is only a missed shortcut: the rule files are parsed instead.
    }
  }
  return undefined;
}

/**
 * Checks a matcher beyond its shape: the detector exists, every pattern compiles, and (given a backtracking
 * check, for custom rules: they come from the graded repository) no pattern can backtrack super-linearly.
 */
export function checkMatcher(where: string, m: Matcher, backtracking?: BacktrackingCheck): void {
  if ('detector' in m && !DETECTORS.has(m.detector)) throw new ConfigError(`${where}: unknown detector "${m.detector}" (known: ${[...DETECTORS.keys()].join(', ')})`);
  for (const p of patternsOf(m)) {
    try {
      compilePattern(p);
    } catch (error) {
      throw new ConfigError(`${where}: invalid pattern ${JSON.stringify(p)}: ${(error as Error).message}`);
    }
    const risk = backtracking?.(p);
    if (risk) throw new ConfigError(`${where}: pattern ${JSON.stringify(p)}: ${risk}`);
  }
}

/** Every regular expression a matcher runs: text patterns, CI patterns, and /regex/ callee patterns. */
export function patternsOf(m: Matcher): string[] {
  const callees = 'calls' in m ? [...m.calls, ...(m.args ?? [])] : 'decorators' in m ? m.decorators : [];
  return [...textPatternsOf(m), ...('ci' in m ? [m.ci] : []), ...callees.filter((c) => c.startsWith('/'))];
}

/** Custom rules to add to a catalog (from a config or a rule pack), already checked. */
export interface CatalogAddition {
  dimension: Dimension;
  rules: Rule[];
  /** Custom rule ids each level now also requires. */
  required: Partial<Record<1 | 2 | 3 | 4, string[]>>;
  source: string;
}

/**
 * A catalog with custom rules added: new rules join their level's alternatives, or its required rules.
 * Built-in rules and their requirements are never replaced or lowered (ids must be new).
 */
export function extendCatalog(catalog: Catalog, additions: CatalogAddition[]): Catalog {
  if (additions.length === 0) return catalog;
  const levels = {} as Catalog['levels'];
  for (const d of DIMENSIONS) {
    const own = catalog.levels[d];
    levels[d] = { 1: { ...own[1], required: [...own[1].required] }, 2: { ...own[2], required: [...own[2].required] }, 3: { ...own[3], required: [...own[3].required] }, 4: { ...own[4], required: [...own[4].required] } };
  }
  const rules = [...catalog.rules];
  const ids = new Set(rules.map((r) => r.id));
  for (const addition of additions) {
    for (const rule of addition.rules) {
      if (ids.has(rule.id)) throw new ConfigError(`${addition.source}: rule ${rule.id}: a rule with this id already exists; custom rules add to the catalog, they cannot replace a rule`);
      ids.add(rule.id);
      rules.push(rule);
    }
    for (const [level, required] of Object.entries(addition.required) as [string, string[]][]) {
      levels[addition.dimension][Number(level) as 1 | 2 | 3 | 4].required.push(...required);
    }
  }
  return { ...catalog, rules, levels, sources: [...catalog.sources, ...additions.map((a) => a.source)] };
}
