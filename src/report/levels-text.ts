import { LEVEL_NAMES, type Level, type LevelGap } from '../types.js';

export const levelLabel = (level: Level): string => LEVEL_NAMES[level];
export const shortLevel = (level: Level): string => `L${level}`;

/** "needs testing.e2e; and 1 more of: a, b" */
export function describeGap(gap: LevelGap): string {
  const parts: string[] = [];
  if (gap.requiredMissing.length) parts.push(`needs ${gap.requiredMissing.join(', ')}`);
  if (gap.alternativesNeeded > 0) parts.push(`${gap.alternativesNeeded} more of: ${gap.alternativesMissing.join(', ')}`);
  return parts.join('; ');
}
