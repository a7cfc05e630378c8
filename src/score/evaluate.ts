// Findings → rule verdicts: met, missing, or not applicable, with the evidence behind each.
import type { Evidence } from '../evidence/index.js';
import { withoutFiles } from '../evidence/view.js';
import { DETECTORS } from '../detectors/index.js';
import { dedupe, MATCHES_SHOWN as MAX_FINDINGS_PER_RULE, runMatcher } from '../findings/matchers.js';
import type { Rule } from '../rules/schema.js';
import type { RuleResult } from '../types.js';


export interface RuleOverrides {
  /** Rule ids switched off by the user: reported as not applicable with the reason. */
  disabled?: Map<string, string>;
  /** Findings in these files are dropped for a rule (suppressions), with the reason. */
  suppressed?: { rule: string; matches: (file: string) => boolean; reason: string }[];
}

/** Evaluates one rule against the collected evidence. */
export function evaluateRule(rule: Rule, evidence: Evidence, required: boolean, overrides: RuleOverrides = {}): RuleResult {
  const base = { id: rule.id, title: rule.title, level: rule.level as RuleResult['level'], required, negative: !!rule.negative, hint: rule.hint };
  const disabledReason = overrides.disabled?.get(rule.id);
  if (disabledReason !== undefined) return { ...base, status: 'not_applicable', findings: [], reason: disabledReason };
  // "Not applicable" is a conclusion about existing code; with no source at all there is nothing to conclude from.
  // Evidence that is there shows the rule applies after all (a library that does keep a schema), so a rule whose
  // conditions fail is not applicable only when it is not met either.
  if (rule.appliesWhen && evidence.sourceFiles.length > 0) {
    const applies = rule.appliesWhen.some((m) => runMatcher(m, evidence).some((f) => f.strength === 'strong'));
    if (!applies) {
      const result = evaluateRule({ ...rule, appliesWhen: undefined }, evidence, required, overrides);
      if (result.status !== 'met' || rule.negative) return { ...base, status: 'not_applicable', findings: [], reason: notApplicableReason(rule, evidence) };
      return result;
    }
  }
  const suppressions = (overrides.suppressed ?? []).filter((s) => s.rule === rule.id);
  let suppressedReason: string | undefined;
  if (suppressions.length) {
    const suppressed = (file: string) => suppressions.some((s) => s.matches(file));
    if (rule.evidence.some((m) => runMatcher(m, evidence).some((f) => suppressed(f.file)))) {
      suppressedReason = `suppressed: ${suppressions.map((s) => s.reason).join('; ')}`;
    }
    // Matchers stop after the findings a rule can show, so suppressed files are hidden before matching.
    evidence = withoutFiles(evidence, suppressed);
  }
  // Testing rules count what the tests import; every other rule counts the running code's imports only, and reads
  // test files (and counts their imports: a .NET benchmark project named *.Benchmark.Test uses BenchmarkDotNet) only
  // when its evidence is tests (rubric: "evidence is about the running project").
  // A rule shows MAX_FINDINGS_PER_RULE findings; calls and decorators matchers may stop there unless the rule counts
  // files (minFiles), which could need more of them.
  const readsTests = rule.id.startsWith('testing.') || !!rule.readsTests;
  const context = {
    countTests: readsTests,
    readTestFiles: readsTests,
    ...((rule.minFiles ?? 1) <= 1 ? { shown: MAX_FINDINGS_PER_RULE } : {}),
  };
  let findings = dedupe(rule.evidence.flatMap((m) => runMatcher(m, evidence, context)));
  let strong = findings.filter((f) => f.strength === 'strong');
  const files = new Set(strong.map((f) => f.file));
  let met: boolean;
  if (rule.negative) met = strong.length === 0;
  else met = files.size >= (rule.minFiles ?? 1);
  if (met && rule.also) {
    const also = dedupe(rule.also.flatMap((m) => runMatcher(m, evidence, context))).filter((f) => f.strength === 'strong');
    if (also.length === 0) {
      met = false;
      findings = findings.map((f) => ({ ...f, strength: 'weak' as const, message: `${f.message} (${rule.alsoHint ?? 'but the rest of the rule is missing'})` }));
    } else findings.push(...also.slice(0, 3));
  }
  strong = findings.filter((f) => f.strength === 'strong');
  const ordered = [...strong, ...findings.filter((f) => f.strength === 'weak')].slice(0, MAX_FINDINGS_PER_RULE);
  // A negative rule's weak findings are review findings (a secret not shown to be used, a weak default): listed after
  // the violations, they never fail the rule.
  // A counted rule says what it measured against what it needs, met or not, so a reader can check the verdict.
  const measured = findings.find((f) => f.measured)?.measured;
  const cited = ordered.map(({ measured: _, ...finding }) => finding);
  const none = met ? undefined : seenNone(rule, evidence, context);
  return { ...base, status: met ? 'met' : 'missing', findings: cited, ...(suppressedReason ? { reason: suppressedReason } : {}), ...(measured ? { measured } : {}), ...(none ? { none } : {}) };
}

/** The reason of the first of the rule's noneWithout entries whose evidence finds nothing: the repository has none. */
function seenNone(rule: Rule, evidence: Evidence, context: Parameters<typeof runMatcher>[2]): string | undefined {
  return rule.noneWithout?.find((n) => !n.evidence.some((m) => runMatcher(m, evidence, context).some((f) => f.strength === 'strong')))?.reason;
}

/** The rule's reason, and what the detectors behind its conditions saw instead ("levelgate reads this repository as a library: …"). */
function notApplicableReason(rule: Rule, evidence: Evidence): string {
  const reason = rule.notApplicableReason ?? 'does not apply to this repository';
  const seen = (rule.appliesWhen ?? []).flatMap((m) => ('detector' in m ? [DETECTORS.get(m.detector)?.explainNone?.(evidence)] : [])).filter((s): s is string => !!s);
  return [reason, ...new Set(seen)].join('; ');
}
