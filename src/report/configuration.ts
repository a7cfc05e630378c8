// The comment's and job summary's "Configuration" section, above the fold: whose configuration decided, what it
// changed (ignored paths, disabled and suppressed rules with their reasons, dimensions not applicable, custom
// rules), what the operator's limits kept it from doing, and what a pull request's own change to it would do.
// Each list is capped at a fixed length, so that size-safe trimming never has to cut it.
import type { AppliedConfig } from '../config/types.js';
import type { BriefVerdict, PolicyInfo } from '../github/policy.js';
import type { GradeReport } from '../types.js';
import { codeRef, escapeMarkdown } from './escape.js';

/** Entries shown per list in a comment; the job summary shows more. */
export const COMMENT_CONFIG_ENTRIES = 15;
export const SUMMARY_CONFIG_ENTRIES = 500;
/** A reason longer than this is cut (the JSON report keeps it whole). */
const REASON_CHARS = 200;

/** "✅ L2", "❌ L0", or "L2" without targets. */
export function briefText(verdict: BriefVerdict): string {
  const level = `L${verdict.level}`;
  return verdict.passed === undefined ? level : `${verdict.passed ? '✅' : '❌'} ${level}`;
}

/** The callout when the pull request changes levelgate's configuration and that changes the verdict; [] otherwise. */
export function configChangeCallout(policy: PolicyInfo | undefined): string[] {
  const change = policy?.change;
  if (!change) return [];
  const same = change.applied.level === change.other.level && change.applied.passed === change.other.passed;
  if (policy.source === 'head') {
    const line = `This pull request changes levelgate's configuration, and \`config-source: head\` applies it: with it (what counts): ${briefText(change.applied)}, without it (the base commit's): ${briefText(change.other)}.`;
    return ['> [!IMPORTANT]', `> ${line}`];
  }
  const line = same
    ? `This pull request changes levelgate's configuration; the verdict is the same with it (${briefText(change.other)}). It counts once merged.`
    : `This pull request changes levelgate's configuration; with it: ${briefText(change.other)}, without it (what counts until merge): ${briefText(change.applied)}.`;
  return [same ? '> [!NOTE]' : '> [!IMPORTANT]', `> ${line}`];
}

/** The section's Markdown lines; [] when neither a policy source nor a config is worth a word. */
export function configurationSection(config: AppliedConfig | undefined, report: GradeReport, policy: PolicyInfo | undefined, maxEntries: number): string[] {
  const showPolicy = policy !== undefined && policy.source !== 'checkout';
  if (!showPolicy && !shapes(config)) return [];
  const out = ['### Configuration', ''];
  out.push(policyLine(policy, config), '');
  if (!config) return out;
  const list = <T>(title: string, items: readonly T[], line: (item: T) => string) => {
    if (!items.length) return;
    out.push(`**${title}**`, '');
    for (const item of items.slice(0, maxEntries)) out.push(`- ${line(item)}`);
    if (items.length > maxEntries) out.push(`- …and ${items.length - maxEntries} more (the JSON report lists them all)`);
    out.push('');
  };
  list("Not applied (the operator's limits)", config.overruled ?? [], (o) => `${codeRef(o.entry)}: ${reason(o.reason)}`);
  list('Not applicable (left out of the overall level and of every target)', config.notApplicable, (n) => `${n.dimension}: ${reason(n.reason)}`);
  list('Disabled rules (reported as not applicable)', config.disabled, (d) => `${codeRef(d.rule)}: ${reason(d.reason)}`);
  list('Suppressed findings', config.suppressed, (s) => `${codeRef(s.rule)} in ${s.paths.slice(0, 5).map(codeRef).join(', ')}${s.paths.length > 5 ? ', …' : ''}: ${reason(s.reason)}`);
  list('Custom rules', config.customRules, (r) => `${codeRef(r.id)} (custom, ${escapeMarkdown(r.source)}): L${r.level} ${r.dimension}, ${r.role === 'required' ? 'required for its level' : 'an extra alternative of its level'}; ${customStatus(report, r.id)}`);
  if (config.strictGates) out.push('**Strict gates**: an L1 headline levelgate finds no evidence of fails its dimension, whatever its L2 evidence shows (no "not seen").', '');
  if (config.ignore.length) {
    const shown = config.ignore.slice(0, maxEntries).map(codeRef).join(', ');
    const more = config.ignore.length > maxEntries ? ` and ${config.ignore.length - maxEntries} more` : '';
    const scanned = config.ignoreScannedForSecrets ? ' (left out of the grade, still scanned for committed secrets)' : ' (left out of the grade)';
    out.push(`**Ignored paths**${scanned}: ${shown}${more}`, '');
  }
  return out;
}

function policyLine(policy: PolicyInfo | undefined, config: AppliedConfig | undefined): string {
  const file = policy?.file ?? config?.file;
  const named = file ? codeRef(file) : 'no configuration file (the defaults)';
  const at = policy?.sha ? ` ${codeRef(policy.sha.slice(0, 7))}` : '';
  const note = policy?.note ? ` ${escapeMarkdown(policy.note)}.` : '';
  switch (policy?.source) {
    case 'base':
      return `Policy: ${named} of the base commit${at}; a pull request's changes to it count once merged.${note}`;
    case 'head':
      return `Policy: ${named} of this pull request${at} (\`config-source: head\`: the pull request's own configuration decides).`;
    default:
      return `Graded with ${named}.`;
  }
}

function shapes(config: AppliedConfig | undefined): config is AppliedConfig {
  return !!config && (!!config.file || config.ignore.length > 0 || config.disabled.length > 0 || config.suppressed.length > 0 || config.notApplicable.length > 0 || config.customRules.length > 0 || (config.overruled?.length ?? 0) > 0 || !!config.strictGates);
}

function reason(text: string): string {
  return escapeMarkdown(text.length > REASON_CHARS ? `${text.slice(0, REASON_CHARS)}…` : text);
}

function customStatus(report: GradeReport, id: string): string {
  const dimension = id.split('.')[0] as keyof GradeReport['dimensions'];
  const rule = report.dimensions[dimension]?.rules.find((r) => r.id === id);
  if (!rule) return 'not evaluated';
  return rule.status === 'met' ? 'met' : rule.status === 'missing' ? 'missing' : 'not applicable';
}
