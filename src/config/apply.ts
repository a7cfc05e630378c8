// A loaded config → what the engine needs: the catalog with custom rules, rule overrides, ignores,
// dimensions not applicable, and the summary the report shows.
import picomatch from 'picomatch';
import { checkMatcher, extendCatalog, type Catalog, type CatalogAddition } from '../rules/load.js';
import type { BacktrackingCheck } from '../rules/backtracking.js';
import type { Rule } from '../rules/schema.js';
import type { RuleOverrides } from '../score/evaluate.js';
import type { Dimension } from '../types.js';
import { closest } from '../util/edit-distance.js';
import type { CustomRuleSource, LevelgateConfig } from './load.js';
import type { AppliedConfig } from './types.js';
import { configError } from './yaml.js';

export interface AppliedOptions {
  catalog: Catalog;
  overrides: RuleOverrides;
  ignore: string[];
  notApplicable: Dimension[];
  summary: AppliedConfig;
}

/**
 * Checks the config against the catalog (known rule ids, new custom ids) and turns it into engine options.
 * With a backtracking check (src/rules/backtracking.ts), a custom pattern that can backtrack super-linearly is
 * a config error.
 */
export function applyConfig(config: LevelgateConfig | undefined, catalog: Catalog, extraRules: CustomRuleSource[] = [], backtracking?: BacktrackingCheck): AppliedOptions {
  const customSources = [...(config?.customRules ?? []), ...extraRules];
  const additions = customSources.map((s) => checkCustomRules(s, catalog, backtracking));
  assertUniqueAcross(additions, customSources);
  const extended = extendCatalog(catalog, additions);
  const known = new Set(extended.rules.map((r) => r.id));
  const name = config?.displayName ?? '';
  const checkRule = (rule: string, line: number, field: (string | number)[]) => {
    if (!known.has(rule)) throw configError(name, line, field, `unknown rule "${rule}"${suggest(rule, known)}`);
  };
  config?.disabled.forEach((d, i) => checkRule(d.rule, d.line, ['disable', i, 'rule']));
  config?.suppressions.forEach((s, i) => checkRule(s.rule, s.line, ['suppress', i, 'rule']));

  const overrides: RuleOverrides = {
    disabled: new Map((config?.disabled ?? []).map((d) => [d.rule, `disabled in ${name}: ${d.reason}`])),
    suppressed: (config?.suppressions ?? []).map((s) => ({ rule: s.rule, matches: picomatch(s.paths, { dot: true }), reason: `${s.reason} (${s.paths.join(', ')})` })),
  };
  const summary: AppliedConfig = {
    ...(config ? { file: config.displayName } : {}),
    ...(config?.targets ? { targets: config.targets } : {}),
    ignore: config?.ignore ?? [],
    disabled: (config?.disabled ?? []).map(({ rule, reason }) => ({ rule, reason })),
    suppressed: (config?.suppressions ?? []).map(({ rule, paths, reason }) => ({ rule, paths, reason })),
    notApplicable: (config?.notApplicable ?? []).map(({ dimension, reason }) => ({ dimension, reason })),
    customRules: additions.flatMap((a) =>
      a.rules.map((r) => ({
        id: r.id,
        dimension: a.dimension,
        level: r.level as 1 | 2 | 3 | 4,
        role: Object.values(a.required).some((ids) => ids?.includes(r.id)) ? ('required' as const) : ('alternative' as const),
        source: a.source,
      })),
    ),
  };
  return { catalog: extended, overrides, ignore: summary.ignore, notApplicable: summary.notApplicable.map((n) => n.dimension), summary };
}

/** Validates one custom rule file beyond its shape, with the line of each problem. */
function checkCustomRules(source: CustomRuleSource, catalog: Catalog, backtracking?: BacktrackingCheck): CatalogAddition {
  const { data } = source;
  const builtIn = new Set(catalog.rules.map((r) => r.id));
  const seen = new Set<string>();
  const rules: Rule[] = data.rules.map((r) => ({ ...r, dimension: data.dimension }));
  for (const [i, rule] of rules.entries()) {
    const field = ['rules', i, 'id'];
    const fail = (message: string) => configError(source.file, source.lineOf(field), fieldFor(source, field), message);
    if (!rule.id.startsWith(`${data.dimension}.`)) throw fail(`id must start with "${data.dimension}." (the file's dimension)`);
    if (builtIn.has(rule.id)) throw fail(`"${rule.id}" is a built-in rule; custom rules add to the catalog and cannot replace or weaken a rule`);
    if (seen.has(rule.id)) throw fail(`duplicate id "${rule.id}"`);
    seen.add(rule.id);
    const noneWithout = (rule.noneWithout ?? []).flatMap((n) => n.evidence);
    for (const [kind, list] of [['evidence', rule.evidence], ['appliesWhen', rule.appliesWhen ?? []], ['also', rule.also ?? []], ['noneWithout', noneWithout]] as const) {
      for (const [j, matcher] of list.entries()) {
        try {
          checkMatcher(`rule ${rule.id}`, matcher, backtracking);
        } catch (error) {
          const at = ['rules', i, kind, j];
          throw configError(source.file, source.lineOf(at), fieldFor(source, at), (error as Error).message.replace(/^rule \S+: /, ''));
        }
      }
    }
  }
  const required: CatalogAddition['required'] = {};
  for (const [level, spec] of Object.entries(data.levels ?? {}) as [string, { required: string[] } | undefined][]) {
    if (!spec) continue;
    for (const [j, id] of spec.required.entries()) {
      const at = ['levels', level, 'required', j];
      const rule = rules.find((r) => r.id === id);
      const fail = (message: string) => configError(source.file, source.lineOf(at), fieldFor(source, at), message);
      if (!rule) throw fail(`"${id}" is not a rule of this file; custom levels may only require the file's own rules`);
      if (rule.level !== Number(level)) throw fail(`"${id}" is a level ${rule.level} rule, not level ${level}`);
    }
    required[Number(level) as 1 | 2 | 3 | 4] = spec.required;
  }
  return { dimension: data.dimension, rules, required, source: source.source };
}

function assertUniqueAcross(additions: CatalogAddition[], sources: CustomRuleSource[]): void {
  const owner = new Map<string, string>();
  for (const [i, addition] of additions.entries()) {
    for (const [j, rule] of addition.rules.entries()) {
      const other = owner.get(rule.id);
      if (other) {
        const source = sources[i]!;
        const field = ['rules', j, 'id'];
        throw configError(source.file, source.lineOf(field), fieldFor(source, field), `"${rule.id}" is also defined in ${other}`);
      }
      owner.set(rule.id, addition.source);
    }
  }
}

/** Inline custom rules are reported with their place in the config ("customRules.0.rules.1.id"). */
function fieldFor(source: CustomRuleSource, field: (string | number)[]): (string | number)[] {
  const m = /customRules\[(\d+)\]$/.exec(source.source);
  return m ? ['customRules', Number(m[1]), ...field] : field;
}

function suggest(rule: string, known: Set<string>): string {
  const dimension = rule.split('.')[0];
  const sameDimension = [...known].filter((k) => k.startsWith(`${dimension}.`));
  if (sameDimension.length === 0) return '; rule ids start with a dimension, e.g. security.rate-limiting';
  const nearest = closest(rule, sameDimension);
  if (nearest) return `; did you mean ${nearest}?`;
  return `; known ${dimension} rules include ${sameDimension.slice(0, 5).join(', ')}`;
}
