// A collection (evidence/collection.ts) is graded as the collection: what the repository as a whole does (its CI,
// its root configuration, its README) makes its levels above L1; one sub-project's cache, retry, migration or logger
// is that exercise's, and sub-projects' evidence does not add up to the collection's (calibration: readers graded
// script and exercise collections "as project behaviour", "isolated examples only"). L1 still takes evidence from
// any sub-project: some of the collection logs its errors, has tests, has an entry point.
import { collectionOf } from '../evidence/collection.js';
import type { Evidence } from '../evidence/index.js';
import { withoutFiles } from '../evidence/view.js';
import type { Rule } from '../rules/schema.js';
import type { RuleResult } from '../types.js';

/**
 * The rule's verdict in a collection: a met L2–L4 rule whose shown evidence lies only in sub-projects is evaluated
 * again on the collection's own files, and is missing when nothing is found there. `evaluate` grades the rule
 * on a view of the evidence. Measured rules (a ratio over the whole tree) and negative rules keep their verdict.
 */
export function asCollection(rule: Rule, result: RuleResult, evidence: Evidence, evaluate: (view: Evidence) => RuleResult): RuleResult {
  if (rule.level < 2 || rule.negative || result.status !== 'met' || result.measured) return result;
  const collection = collectionOf(evidence);
  if (!collection) return result;
  const strong = result.findings.filter((f) => f.strength === 'strong');
  if (strong.some((f) => collection.subProjectOf(f.file) === undefined)) return result;
  const own = evaluate(withoutFiles(evidence, (file) => collection.subProjectOf(file) !== undefined));
  if (own.status === 'met') return own;
  const where = (file: string) => collection.subProjectOf(file) ?? file;
  return {
    ...result,
    status: 'missing',
    findings: result.findings.map((f) => ({ ...f, strength: 'weak' as const, message: `${f.message} (in ${where(f.file)}, one of ${collection.units} sub-projects of a collection: not the collection's own)` })),
    reason: `a collection of ${collection.units} unrelated sub-projects: evidence above L1 counts when the collection as a whole shows it, not one sub-project`,
  };
}
