// The rules a pull request gained and lost against its base commit: it shows a change that moves no level
// (a rule lost while the level holds on another one), which the levels alone hide.
import { DIMENSIONS, type Dimension, type GradeReport, type RuleResult } from '../types.js';

export interface RuleChange {
  dimension: Dimension;
  kind: 'gained' | 'lost';
  /** The rule on the head. */
  rule: RuleResult;
  /** The same rule on the base commit. */
  base?: RuleResult;
}

/** Rules met on one side and missing on the other (rules not applicable on either side, or new to the catalog and missing, are no change). */
export function ruleChanges(head: GradeReport, base: GradeReport): RuleChange[] {
  const out: RuleChange[] = [];
  for (const dimension of DIMENSIONS) {
    const h = head.dimensions[dimension];
    const b = base.dimensions[dimension];
    if (!h || !b || h.notApplicable || b.notApplicable) continue;
    const baseById = new Map(b.rules.map((r) => [r.id, r]));
    for (const rule of h.rules) {
      const was = baseById.get(rule.id);
      if (rule.status === 'met' && (was?.status === 'missing' || was === undefined)) out.push({ dimension, kind: 'gained', rule, ...(was ? { base: was } : {}) });
      else if (rule.status === 'missing' && was?.status === 'met') out.push({ dimension, kind: 'lost', rule, base: was });
    }
  }
  return out;
}
