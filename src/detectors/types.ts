import type { Evidence } from '../evidence/index.js';
import type { Finding } from '../types.js';

/** One question about a repository, answered with findings; it never decides a level. */
export interface Detector {
  name: string;
  /** The question, in a sentence, for docs/rules.md. */
  question: string;
  /** Words whose presence in a JS/TS file means it must be parsed for this detector. */
  parseTokens?: string[];
  /** Text patterns this detector matches files with, so the evidence can prefilter files for them. */
  textPatterns?: string[];
  detect(evidence: Evidence, options: Record<string, unknown>): Finding[];
  /** Why the detector found nothing, in words a reader can check, for the reason of a rule it makes not applicable. */
  explainNone?(evidence: Evidence): string | undefined;
}
