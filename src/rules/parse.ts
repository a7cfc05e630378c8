// Parses and checks rule files (YAML, validated with zod). Loaded only when the compiled catalog does not apply
// (src/rules/load.ts): the YAML parser's first use and zod's 0.75 MB of code are a cold process's largest costs.
import { LineCounter, parseDocument } from 'yaml';
import { ConfigError } from '../errors.js';
import { DIMENSIONS, type Dimension } from '../types.js';
import { checkMatcher, type Catalog, type RuleFiles } from './load.js';
import { matchersOf } from './matcher-parts.js';
import { ruleFileSchema, type LevelSpec, type Rule } from './schema.js';

/** The catalog of a folder's rule files; throws ConfigError naming the file and line of the first problem. */
export function parseCatalog(files: RuleFiles, rulesDir: string): Catalog {
  const catalog: Catalog = { rules: [], levels: {} as Catalog['levels'], sources: [] };
  for (const { name, text } of files) {
    const parsed = parseRuleFile(name, text);
    if (catalog.levels[parsed.dimension]) throw new ConfigError(`${name}: dimension "${parsed.dimension}" is defined twice`);
    catalog.levels[parsed.dimension] = parsed.levels;
    catalog.rules.push(...parsed.rules);
    catalog.sources.push(name);
  }
  for (const d of DIMENSIONS) if (!catalog.levels[d]) throw new ConfigError(`rules: no rule file for dimension "${d}" in ${rulesDir}`);
  return catalog;
}

/** Validates one rule file's text; `name` is used in messages. */
export function parseRuleFile(name: string, text: string): { dimension: Dimension; levels: Record<1 | 2 | 3 | 4, LevelSpec>; rules: Rule[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new ConfigError(`${name}:${e.linePos?.[0].line ?? 1}: invalid YAML: ${e.message.split('\n')[0]}`);
  }
  const result = ruleFileSchema.safeParse(doc.toJS());
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.join('.');
    const node = doc.getIn(issue.path, true) as { range?: [number, number] } | undefined;
    const line = node?.range ? `:${counter.linePos(node.range[0]).line}` : '';
    throw new ConfigError(`${name}${line}: ${where || '(root)'}: ${issue.message}`);
  }
  const data = result.data;
  const rules = data.rules.map((r) => ({ ...r, dimension: data.dimension }));
  const ids = new Set<string>();
  for (const rule of rules) {
    const where = `${name}: rule ${rule.id}`;
    if (!rule.id.startsWith(`${data.dimension}.`)) throw new ConfigError(`${where}: id must start with "${data.dimension}."`);
    if (ids.has(rule.id)) throw new ConfigError(`${where}: duplicate id`);
    ids.add(rule.id);
    for (const m of matchersOf(rule)) checkMatcher(where, m);
  }
  for (const [level, spec] of Object.entries(data.levels)) {
    for (const id of spec.required) {
      const rule = rules.find((r) => r.id === id);
      if (!rule) throw new ConfigError(`${name}: levels.${level}.required names unknown rule "${id}"`);
      if (rule.level !== Number(level)) throw new ConfigError(`${name}: levels.${level}.required names "${id}", which is a level ${rule.level} rule`);
    }
    const others = rules.filter((r) => r.level === Number(level) && !spec.required.includes(r.id)).length;
    if (spec.required.length === 0 && spec.atLeast === 0) throw new ConfigError(`${name}: levels.${level} requires nothing; name required rules or set atLeast`);
    if (spec.atLeast > others) throw new ConfigError(`${name}: levels.${level}.atLeast is ${spec.atLeast} but the level has only ${others} other rules`);
  }
  return { dimension: data.dimension, levels: data.levels, rules };
}
