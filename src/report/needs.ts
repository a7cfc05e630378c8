// What a dimension still needs to reach a level, worded as the rubric counts it: its required rules, and "any one
// of" the alternatives when only some are needed — never a list of alternatives as if each were required. Shared by
// the comment, the terminal text, the Markdown report and the action's failure annotation.
import type { DimensionResult, Level, RuleResult } from '../types.js';

export interface LevelNeed {
  level: Exclude<Level, 0>;
  /** Required rules of the level not met. */
  required: RuleResult[];
  /** Alternatives not met; `count` of them are needed (undefined: the report does not say how many). */
  anyOf: RuleResult[];
  count: number | undefined;
}

/** Each level above the dimension's up to `target` that is not yet held, with what it lacks. */
export function needsFor(d: DimensionResult, target: Level): LevelNeed[] {
  const out: LevelNeed[] = [];
  const byId = (id: string): RuleResult => d.rules.find((r) => r.id === id) ?? stub(id, d);
  for (let l = d.level + 1; l <= target; l++) {
    const level = l as Exclude<Level, 0>;
    let need: LevelNeed;
    if (d.next?.level === level) {
      // The scorer worked out this level exactly: which required rules fail and how many alternatives are short.
      const count = d.next.alternativesNeeded;
      need = { level, required: d.next.requiredMissing.map(byId), anyOf: count > 0 ? d.next.alternativesMissing.map(byId) : [], count: count > 0 ? count : 0 };
    } else {
      // Above the next level the report keeps no count of alternatives: "some of" them.
      const missing = d.rules.filter((r) => r.level === level && r.status === 'missing');
      const anyOf = missing.filter((r) => !r.required);
      need = { level, required: missing.filter((r) => r.required), anyOf, count: anyOf.length ? undefined : 0 };
    }
    if (need.required.length || need.anyOf.length) out.push(need);
  }
  return out;
}

/** The next level's need alone (what to do next), when the dimension is below L4. */
export function nextNeed(d: DimensionResult): LevelNeed | undefined {
  return d.next && !d.notApplicable ? needsFor(d, d.next.level)[0] : undefined;
}

const COUNT_WORDS = ['', 'one', 'two', 'three', 'four', 'five'];

/**
 * "needs A and any one of B, C" for one level; several levels as "needs A; for L3 also B and some of C, D".
 * `name` renders a rule (plain id, code span, link, with its measurement).
 */
export function describeNeeds(needs: LevelNeed[], name: (r: RuleResult) => string): string {
  return needs
    .map((n, i) => {
      // Alternatives that are all needed (as many short as left) read like required rules.
      const all = n.count !== undefined && n.count >= n.anyOf.length;
      const musts = [...n.required, ...(all ? n.anyOf : [])].map(name);
      const parts: string[] = musts.length ? [list(musts)] : [];
      if (n.anyOf.length && !all) parts.push(`${n.count === undefined ? 'some' : `any ${COUNT_WORDS[n.count] ?? n.count}`} of ${n.anyOf.map(name).join(', ')}`);
      return `${i === 0 ? 'needs' : `for L${n.level} also`} ${parts.join(' and ')}`;
    })
    .join('; ');
}

/** The rules a need names, in order: required first. */
export function rulesOf(needs: LevelNeed[]): RuleResult[] {
  return needs.flatMap((n) => [...n.required, ...n.anyOf]);
}

/**
 * Why a dimension stops where it does when rules of higher levels already hold: "held at L1 by testing.broad-suite;
 * its L3 and L4 rules are met". Undefined when nothing above the next level is met (the usual climb).
 */
export function heldAt(d: DimensionResult): { blocking: RuleResult[]; metAbove: Level[] } | undefined {
  if (!d.next || d.notApplicable) return undefined;
  const metAbove: Level[] = [];
  for (let l = d.next.level + 1; l <= 4; l++) {
    const rules = d.rules.filter((r) => r.level === l && r.status !== 'not_applicable');
    if (rules.length && rules.every((r) => r.status === 'met' || !r.required) && rules.some((r) => r.status === 'met')) metAbove.push(l as Level);
  }
  if (!metAbove.length) return undefined;
  const need = nextNeed(d);
  return need ? { blocking: rulesOf([need]), metAbove } : undefined;
}

/** "A", "A and B", "A, B and C". */
export function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A counted rule's measurement, "16 % of modules have tests; 40 % needed". */
export function measuredText(r: RuleResult): string | undefined {
  return r.measured?.summary;
}

function stub(id: string, d: DimensionResult): RuleResult {
  return { id, title: id, level: (d.next?.level ?? 1) as RuleResult['level'], status: 'missing', required: false, negative: false, findings: [], hint: '' };
}
