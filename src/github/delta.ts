// What changed between the base commit's report and the pull request's.
import { DIMENSIONS, type Dimension, type GradeReport, type Level } from '../types.js';

export type Change = 'up' | 'down' | 'same' | 'not-compared';

export interface DimensionDelta {
  dimension: Dimension;
  head: Level;
  base?: Level;
  change: Change;
}

export interface Delta {
  overall: { head: Level; base: Level; change: Change };
  dimensions: DimensionDelta[];
  /** Dimensions whose level went down (both sides graded). */
  regressions: DimensionDelta[];
}

export function compareReports(head: GradeReport, base: GradeReport): Delta {
  const dimensions = DIMENSIONS.map((dimension): DimensionDelta => {
    const h = head.dimensions[dimension];
    const b = base.dimensions[dimension];
    if (!h || !b || h.notApplicable || b.notApplicable) return { dimension, head: h?.level ?? 0, base: b?.level, change: 'not-compared' };
    return { dimension, head: h.level, base: b.level, change: changeOf(h.level, b.level) };
  });
  return {
    overall: { head: head.level, base: base.level, change: changeOf(head.level, base.level) },
    dimensions,
    regressions: dimensions.filter((d) => d.change === 'down'),
  };
}

function changeOf(head: Level, base: Level): Change {
  return head > base ? 'up' : head < base ? 'down' : 'same';
}
