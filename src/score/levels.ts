// Rule verdicts → a level per dimension, exactly as the rubric says: cumulative levels, the cell's
// headline required, a number of the alternatives on top, L0 when L1 is not met.
import type { LevelSpec } from '../rules/schema.js';
import type { Dimension, DimensionResult, Level, LevelGap, RuleResult } from '../types.js';

type LevelNumber = 1 | 2 | 3 | 4;

/** What one level of a dimension lacks; an empty gap means the level holds. */
export function levelGap(level: LevelNumber, spec: LevelSpec, rules: RuleResult[]): LevelGap {
  const ofLevel = rules.filter((r) => r.level === level);
  const requiredMissing = ofLevel.filter((r) => spec.required.includes(r.id) && r.status === 'missing').map((r) => r.id);
  const alternatives = ofLevel.filter((r) => !spec.required.includes(r.id) && r.status !== 'not_applicable');
  const alternativesMet = alternatives.filter((r) => r.status === 'met').length;
  // A rule that cannot apply neither fails the level nor counts as met: it leaves the pool.
  const needed = Math.min(spec.atLeast, alternatives.length);
  return {
    level,
    requiredMissing,
    alternativesNeeded: Math.max(0, needed - alternativesMet),
    alternativesMissing: alternatives.filter((r) => r.status === 'missing').map((r) => r.id),
  };
}

/** Whether every rule of a level is not applicable (a level with no rules at all is not such a level). */
export function nothingApplies(level: LevelNumber, rules: RuleResult[]): boolean {
  const ofLevel = rules.filter((r) => r.level === level);
  return ofLevel.length > 0 && ofLevel.every((r) => r.status === 'not_applicable');
}

export function gapIsClosed(gap: LevelGap): boolean {
  return gap.requiredMissing.length === 0 && gap.alternativesNeeded === 0;
}

/** The dimension's level: the highest level whose own and lower levels all hold. */
export function scoreDimension(dimension: Dimension, levels: Record<LevelNumber, LevelSpec>, rules: RuleResult[]): DimensionResult {
  let level: Level = 0;
  let next: LevelGap | undefined;
  for (const l of [1, 2, 3, 4] as LevelNumber[]) {
    const gap = levelGap(l, levels[l], rules);
    if (!gapIsClosed(gap)) {
      next = gap;
      break;
    }
    // A level none of whose rules applies neither fails nor holds: it lets the next level through, but the
    // dimension is not raised to it on no evidence (a library whose every L3 item is about services is not L3).
    if (!nothingApplies(l, rules)) level = l;
  }
  return { dimension, level, rules, ...(next ? { next } : {}) };
}

/** Overall level: the lowest graded dimension (a chain is as strong as its weakest link). */
export function overallLevel(dimensions: DimensionResult[]): Level {
  const graded = dimensions.filter((d) => !d.notApplicable);
  if (graded.length === 0) return 0;
  return Math.min(...graded.map((d) => d.level)) as Level;
}
