// Shared shapes of the one-way flow: inventory → evidence → findings → levels → report → sinks.

/** The seven graded dimensions, in report order. */
export const DIMENSIONS = [
  'functionality',
  'security',
  'performance',
  'architecture',
  'testing',
  'documentation',
  'monitoring',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** 0 = below L1; 1..4 = L1 Builder .. L4 Production Engineer. */
export type Level = 0 | 1 | 2 | 3 | 4;
export const LEVEL_NAMES: Record<Level, string> = {
  0: 'L0',
  1: 'L1 Builder',
  2: 'L2 Secure Builder',
  3: 'L3 Architect',
  4: 'L4 Production Engineer',
};

/** Something the grader wants a person to know about the scan (skipped file, parse error, …). */
export interface ScanNote {
  kind: 'skipped-binary' | 'skipped-large' | 'skipped-symlink' | 'unreadable' | 'parse-error' | 'non-utf8' | 'invalid-manifest' | 'limit' | 'unread-code' | 'samples-as-project';
  path: string;
  message: string;
}

/** One piece of evidence at a place in the repository. Paths are POSIX, relative to the root. */
export interface Finding {
  file: string;
  line: number;
  /** What was seen, in a few words ("imports helmet", "jest config with coverageThreshold"). */
  message: string;
  /** weak = a hint only (a declared dependency nothing imports, a template); it never meets a rule. */
  strength: 'strong' | 'weak';
  /** For a counted question (how many modules have tests, how many records): the value measured against the need. */
  measured?: Measurement;
}

/** A counted rule's measured value against its need, so a reader can check the verdict. */
export interface Measurement {
  /** In a sentence: "16% of 75 source modules have a test file (12 of them, by name or by count); a third (25) needed, or …". */
  summary: string;
  /** Each way the rule can be met: the value found and the value needed (either one suffices). */
  values: MeasuredValue[];
}

export interface MeasuredValue {
  /** What is counted, as a short id ("modules-with-tests", "coverage-threshold", "asserting-test-files"). */
  name: string;
  value: number;
  need: number;
  unit: 'percent' | 'count';
}

export type RuleStatus = 'met' | 'missing' | 'not_applicable';

/** A rule's verdict with the evidence behind it. */
export interface RuleResult {
  id: string;
  title: string;
  level: Exclude<Level, 0>;
  status: RuleStatus;
  /** Required for its level (the cell's headline) rather than one of the alternatives. */
  required: boolean;
  /** For negative rules (committed secrets): findings are violations, and the rule is met when there are none. */
  negative: boolean;
  findings: Finding[];
  hint: string;
  /** Why the rule is not applicable, a user's suppression reason, or why a collection's sub-project evidence does not count. */
  reason?: string;
  /** For a counted rule, the measured value against the need (from its findings). */
  measured?: Measurement;
  /**
   * An L1 headline levelgate found no evidence of, in a dimension whose own L2 evidence holds: levels are cumulative,
   * so the L1 item is taken as there but not seen (unless gates are strict). The rule stays `missing`.
   */
  notSeen?: true;
  /** A missing rule the repository is seen to have none of (the rule's noneWithout): never "not seen". */
  none?: string;
}

/** What a level of a dimension still lacks. */
export interface LevelGap {
  level: Exclude<Level, 0>;
  /** Required rules not met. */
  requiredMissing: string[];
  /** How many more of the alternative rules must hold, and which could. */
  alternativesNeeded: number;
  alternativesMissing: string[];
}

export interface DimensionResult {
  dimension: Dimension;
  level: Level;
  /** The user marked this dimension as not applicable; it does not take part in the overall level. */
  notApplicable?: boolean;
  rules: RuleResult[];
  /** What the next level (level + 1) lacks; undefined at L4. */
  next?: LevelGap;
  /** L1 headlines not seen but taken as there, because the dimension's L2 evidence holds (see RuleResult.notSeen). */
  notSeen?: string[];
}

export interface GradeReport {
  schemaVersion: 1;
  tool: { name: 'levelgate'; version: string; rulesVersion: string };
  root: string;
  level: Level;
  dimensions: Record<Dimension, DimensionResult>;
  notes: ScanNote[];
  stats: { files: number; filesRead: number; filesParsed: number; durationMs: number };
}
