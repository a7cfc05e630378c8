// What a report says about the configuration it was graded with: the file, the targets, and every
// deviation from the plain rubric (disabled rules, suppressions, dimensions not applicable, custom rules).
import type { Dimension, Level } from '../types.js';

export interface AppliedConfig {
  /** The config file, relative to the repository when inside it; absent when none was read. */
  file?: string;
  /** The config's own targets (targets given on the command line replace them). */
  targets?: { overall?: Level; dimensions: Partial<Record<Dimension, Level>> };
  ignore: string[];
  disabled: { rule: string; reason: string }[];
  suppressed: { rule: string; paths: string[]; reason: string }[];
  /** Dimensions left out of the overall level and of every target. */
  notApplicable: { dimension: Dimension; reason: string }[];
  /** Custom rules added to the catalog: an extra required rule of its level, or an extra alternative. */
  customRules: { id: string; dimension: Dimension; level: 1 | 2 | 3 | 4; role: 'required' | 'alternative'; source: string }[];
  /** Entries of the config that were not applied: they would relax the operator's target or hide committed secrets. */
  overruled?: { entry: string; reason: string }[];
  /** The ignored paths still went through the committed-secrets scan (the operator did not allow otherwise). */
  ignoreScannedForSecrets?: boolean;
  /** The config makes L1 headlines strict: one with no evidence fails its dimension (no "not seen"). */
  strictGates?: boolean;
}

declare module '../types.js' {
  interface GradeReport {
    /** Present when a config file, custom rules or overrides shaped the grade. */
    config?: AppliedConfig;
  }
}
