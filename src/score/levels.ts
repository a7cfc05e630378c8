// Rule verdicts → a level per dimension, exactly as the rubric says: cumulative levels, the cell's
// headline required, a number of the alternatives on top, L0 when L1 is not met (unless an L1 headline was only
// not seen: see scoreDimension).
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

export interface ScoreOptions {
  /** An L1 headline with no evidence is missing, whatever the higher levels show (no "not seen"). */
  strictGates?: boolean;
  /** Custom rules (the repository's or the operator's): a bar the user set is never "not seen". */
  custom?: ReadonlySet<string>;
}

/**
 * The dimension's level: the highest level whose own and lower levels all hold. An L1 headline found nowhere in a
 * dimension whose own L2 evidence holds is "not seen" rather than missing (unless gates are strict): levels are
 * cumulative, so a leveled logging library, API docs or a broad suite in CI say the L1 item is there and levelgate
 * could not see it (measured on the untouched check halves of eight calibration rounds, such a gate was wrong far
 * more often than right). A violation (a negative rule: a committed secret) is never "not seen", nor is a headline
 * whose parts the repository is seen to lack (RuleResult.none: no CI configuration at all, no asserting test), nor
 * a custom rule (the user's own bar).
 */
export function scoreDimension(dimension: Dimension, levels: Record<LevelNumber, LevelSpec>, rules: RuleResult[], options: ScoreOptions = {}): DimensionResult {
  const scored = climb(levels, rules);
  if (scored.level > 0 || options.strictGates) return { dimension, ...scored, rules };
  const gate = levelGap(1, levels[1], rules);
  const unseen = gate.requiredMissing.map((id) => rules.find((r) => r.id === id)!);
  if (unseen.length === 0 || gate.alternativesNeeded > 0 || unseen.some((r) => r.negative || r.none || options.custom?.has(r.id))) return { dimension, ...scored, rules };
  const taken = new Set(unseen.map((r) => r.id));
  const granted = climb(levels, rules.map((r) => (taken.has(r.id) ? { ...r, status: 'met' as const } : r)));
  if (granted.level < 2) return { dimension, ...scored, rules };
  return { dimension, ...granted, rules: rules.map((r) => (taken.has(r.id) ? { ...r, notSeen: true as const } : r)), notSeen: [...taken] };
}

function climb(levels: Record<LevelNumber, LevelSpec>, rules: RuleResult[]): { level: Level; next?: LevelGap } {
  let level: Level = 0;
  for (const l of [1, 2, 3, 4] as LevelNumber[]) {
    const gap = levelGap(l, levels[l], rules);
    if (!gapIsClosed(gap)) return { level, next: gap };
    // A level none of whose rules applies neither fails nor holds: it lets the next level through, but the
    // dimension is not raised to it on no evidence (a library whose every L3 item is about services is not L3).
    if (!nothingApplies(l, rules)) level = l;
  }
  return { level };
}

/** Overall level: the lowest graded dimension (a chain is as strong as its weakest link). */
export function overallLevel(dimensions: DimensionResult[]): Level {
  const graded = dimensions.filter((d) => !d.notApplicable);
  if (graded.length === 0) return 0;
  return Math.min(...graded.map((d) => d.level)) as Level;
}
