import { LEVEL_NAMES, type DimensionResult, type Finding, type Level, type LevelGap, type RuleResult, type ScanNote } from '../types.js';
import { inlineText } from './escape.js';

export const levelLabel = (level: Level): string => LEVEL_NAMES[level];
export const shortLevel = (level: Level): string => `L${level}`;
/** A scan note's message (written to follow a path: "most code here is PHP …") as a sentence of its own. */
export const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
/**
 * Whether a scan note says how levelgate read the code, which a reader must know before the levels: code it could not
 * read (another language), or a collection of samples read as the project.
 */
export const isReadingNote = (note: ScanNote): boolean => note.kind === 'unread-code' || note.kind === 'samples-as-project';

/** The reading notes (isReadingNote), as Markdown callouts for the top of the report and of the PR comment. */
export function readingCallouts(notes: readonly ScanNote[]): string[] {
  return notes.filter(isReadingNote).flatMap((n) => ['> [!NOTE]', `> ${inlineText(sentence(n.message))}`, '']);
}

/** "needs testing.e2e; and 1 more of: a, b" */
export function describeGap(gap: LevelGap): string {
  const parts: string[] = [];
  if (gap.requiredMissing.length) parts.push(`needs ${gap.requiredMissing.join(', ')}`);
  if (gap.alternativesNeeded > 0) parts.push(`${gap.alternativesNeeded} more of: ${gap.alternativesMissing.join(', ')}`);
  return parts.join('; ');
}

/** What caps a dimension at its level: the first rule the next level lacks, and how many more it lacks. */
export function capOf(d: DimensionResult): { rule: RuleResult | undefined; more: number } {
  if (!d.next) return { rule: undefined, more: 0 };
  const firstId = d.next.requiredMissing[0] ?? (d.next.alternativesNeeded > 0 ? d.next.alternativesMissing[0] : undefined);
  return { rule: d.rules.find((r) => r.id === firstId), more: d.next.requiredMissing.length + d.next.alternativesNeeded - 1 };
}

/** Said of a rule levelgate did not see but takes as there (RuleResult.notSeen). */
export const NOT_SEEN_RULE = "not seen: levelgate found no evidence of this L1 headline, but the dimension's L2 evidence holds, so it is taken as there (strict gates would count it missing)";

/** "L1 not seen: CI runs the tests; graded from its L2 evidence", or undefined when every L1 headline was seen. */
export function notSeenText(d: DimensionResult): string | undefined {
  if (!d.notSeen?.length) return undefined;
  const titles = d.notSeen.map((id) => d.rules.find((r) => r.id === id)?.title ?? id);
  return `L1 not seen: ${titles.join('; ')}; graded from its L2 evidence`;
}

/** A negative rule's violations: its strong findings (its weak ones are review findings that do not cap the level). */
export const violationsOf = (rule: RuleResult): Finding[] => rule.findings.filter((f) => f.strength === 'strong');

/** What a weak finding of this rule is called beside it: a negative rule's is to review, any other rule's a hint. */
export const weakFindingNote = (rule: RuleResult): string => (rule.negative ? 'does not cap the level' : 'hint only');

/** Why the capping rule fails: "16% of 75 source modules have a test file (12 of them, …); a third (25) needed, …", "1 violation(s)", "missing". */
export function capReason(rule: RuleResult): string {
  if (rule.measured) return rule.measured.summary;
  return rule.negative ? `${violationsOf(rule).length} violation(s)` : 'missing';
}
