// Types of diff.mjs for the tests that import it.
export interface Comparison {
  /** Verdict changes, one line each: any is a failure. */
  differences: string[];
  /** Changed work counters (files read, files parsed): expected of speed work. */
  work: string[];
  /** What was normalised away but is worth knowing (a new rules version). */
  notes: string[];
}
export function withoutRoot<T>(value: T, root: string): T;
export function compareReports(before: object, after: object, options?: { strictStats?: boolean; prefix?: string }): Comparison;
export function compareGrades(before: object, after: object, options?: { strictStats?: boolean }): Comparison;
