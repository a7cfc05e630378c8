// The Markdown report a person reads: overall level, a row per dimension, next steps, evidence folded away.
import { checkTargets, type Targets } from '../targets.js';
import { DIMENSIONS, type DimensionResult, type GradeReport, type RuleResult } from '../types.js';
import { codeRef, escapeMarkdown, inlineText } from './escape.js';
import { describeNeeds, needsFor, rulesOf } from './needs.js';
import { capOf, capReason, describeGap, levelLabel, NOT_SEEN_RULE, notSeenText, shortLevel, readingCallouts, weakFindingNote } from './levels-text.js';

export interface MarkdownOptions {
  targets?: Targets;
  /** Include the "# levelgate" heading (off when embedded in a comment that has its own). */
  heading?: boolean;
  /** Leave out the folded evidence (for size-limited sinks). */
  evidence?: boolean;
}

const bar = (level: number) => '█'.repeat(level * 2) + '░'.repeat((4 - level) * 2);

export function renderMarkdown(report: GradeReport, options: MarkdownOptions = {}): string {
  const out: string[] = [];
  if (options.heading !== false) out.push('# levelgate report', '');
  out.push(`**Overall: ${levelLabel(report.level)}** (the lowest dimension)`, '');
  out.push(...readingCallouts(report.notes));
  const check = options.targets ? checkTargets(report, options.targets) : undefined;
  out.push('| Dimension | Level | | Next step |', '|---|---|---|---|');
  for (const d of DIMENSIONS) out.push(dimensionRow(report.dimensions[d]));
  out.push('');
  if (check) {
    out.push(check.passed ? '✅ All targets met.' : '❌ Below target:', '');
    for (const f of check.failures) {
      if (f.scope === 'overall') {
        out.push(`- **overall** is ${shortLevel(f.actual)}, target ${shortLevel(f.target)}`);
        continue;
      }
      const needs = needsFor(report.dimensions[f.scope], f.target);
      out.push(`- **${f.scope}** is ${shortLevel(f.actual)}, target ${shortLevel(f.target)}: ${describeNeeds(needs, (r) => codeRef(r.id))}`);
      for (const r of rulesOf(needs).slice(0, 8)) out.push(`  - ${codeRef(r.id)}: ${inlineText(r.hint)}`);
    }
    out.push('');
  }
  if (options.evidence !== false) {
    out.push('## Evidence', '');
    // Rules the repository's configuration added are marked: they are its own claims, not the rubric's.
    const custom = new Set(report.config?.customRules.map((r) => r.id) ?? []);
    for (const d of DIMENSIONS) out.push(...dimensionDetails(report.dimensions[d], custom));
  }
  if (report.notes.length) {
    out.push('<details><summary>Scan notes (' + report.notes.length + ')</summary>', '');
    for (const n of report.notes.slice(0, 50)) out.push(`- ${codeRef(n.path)}: ${escapeMarkdown(n.message)}`);
    if (report.notes.length > 50) out.push(`- … and ${report.notes.length - 50} more`);
    out.push('', '</details>', '');
  }
  out.push(`<sub>levelgate ${escapeMarkdown(report.tool.version)}, rules ${escapeMarkdown(report.tool.rulesVersion)}; ${report.stats.files} files in ${report.stats.durationMs} ms</sub>`);
  return out.join('\n') + '\n';
}

function dimensionRow(d: DimensionResult): string {
  if (d.notApplicable) return `| ${d.dimension} | n/a | | marked not applicable by configuration |`;
  const rule = explainedCap(d);
  const cap = rule ? `<br><sub>capped by ${codeRef(rule.id)}: ${escapeMarkdown(capReason(rule))}</sub>` : '';
  const unseen = notSeenText(d);
  const seen = unseen ? `<br><sub>${escapeMarkdown(unseen)}</sub>` : '';
  const next = d.next ? `L${d.next.level}: ${escapeMarkdown(nextStep(d))}${cap}${seen}` : `top level reached${seen}`;
  return `| ${d.dimension} | **${shortLevel(d.level)}** | \`${bar(d.level)}\` | ${next} |`;
}

/** The first missing rule's hint for the next level, or the gap in rule ids. */
export function nextStep(d: DimensionResult): string {
  if (!d.next) return '';
  const { rule, more } = capOf(d);
  return rule ? `${rule.hint}${more > 0 ? ` (+${more} more)` : ''}` : describeGap(d.next);
}

/** What caps the dimension, for a reader to check: the failing rule and, for a counted rule, its measured value. */
export function capLine(d: DimensionResult): string | undefined {
  const rule = explainedCap(d);
  return rule ? `capped by ${rule.id}: ${capReason(rule)}` : undefined;
}

/** The capping rule when naming it adds something: a measured value against its need, or a violation. */
function explainedCap(d: DimensionResult): RuleResult | undefined {
  const { rule } = capOf(d);
  return rule && (rule.measured || rule.negative) ? rule : undefined;
}

function ruleLine(r: RuleResult, custom: ReadonlySet<string>): string[] {
  const mark = r.status === 'met' ? '✅' : r.status === 'not_applicable' ? '➖' : r.negative ? '⛔' : r.notSeen ? '❔' : '❌';
  const lines = [`- ${mark} L${r.level} ${escapeMarkdown(r.title)} (${codeRef(r.id)})${custom.has(r.id) ? ' — custom' : ''}${r.required ? ' — required' : ''}`];
  if (r.notSeen) lines.push(`  - ${escapeMarkdown(NOT_SEEN_RULE)}`);
  if (r.none) lines.push(`  - has none: ${escapeMarkdown(r.none)}`);
  if (r.reason) lines.push(`  - ${escapeMarkdown(r.reason)}`);
  if (r.status === 'missing' && !r.negative) lines.push(`  - to add: ${escapeMarkdown(r.hint)}`);
  if (r.measured && r.status !== 'not_applicable') lines.push(`  - measured: ${escapeMarkdown(r.measured.summary)}`);
  for (const f of r.findings.slice(0, 5)) lines.push(`  - ${codeRef(`${f.file}:${f.line}`)} ${escapeMarkdown(f.message)}${f.strength === 'weak' ? ` _(${weakFindingNote(r)})_` : ''}`);
  return lines;
}

function dimensionDetails(d: DimensionResult, custom: ReadonlySet<string>): string[] {
  const out = [`<details><summary><b>${d.dimension}</b>: ${escapeMarkdown(levelLabel(d.level))}</summary>`, ''];
  for (const r of [...d.rules].sort((a, b) => a.level - b.level)) out.push(...ruleLine(r, custom));
  out.push('', '</details>', '');
  return out;
}
