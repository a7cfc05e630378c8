// The "Configuration" part of a report: every way the config moved the grade away from the plain
// rubric, with its reason, so that nothing a config does is silent.
import { escapeMarkdown, codeRef } from '../report/escape.js';
import type { GradeReport } from '../types.js';
import type { AppliedConfig } from './types.js';

/** Whether the config changed anything a reader must know about. */
export function configShapesGrade(config: AppliedConfig | undefined): config is AppliedConfig {
  return !!config && (config.disabled.length > 0 || config.suppressed.length > 0 || config.notApplicable.length > 0 || config.customRules.length > 0 || config.ignore.length > 0 || !!config.file);
}

/** Markdown lines for the configuration section (empty when no config shaped the grade). */
export function renderConfigMarkdown(report: GradeReport): string {
  const config = report.config;
  if (!configShapesGrade(config)) return '';
  const out = ['## Configuration', '', config.file ? `Graded with ${codeRef(config.file)}.` : 'Graded with custom rules from the command line.', ''];
  if (config.notApplicable.length) {
    out.push('**Not applicable** (shown as n/a, left out of the overall level and of every target):', '');
    for (const n of config.notApplicable) out.push(`- ${n.dimension}: ${escapeMarkdown(n.reason)}`);
    out.push('');
  }
  if (config.disabled.length) {
    out.push('**Disabled rules** (reported as not applicable):', '');
    for (const d of config.disabled) out.push(`- ${codeRef(d.rule)}: ${escapeMarkdown(d.reason)}`);
    out.push('');
  }
  if (config.suppressed.length) {
    out.push('**Suppressed findings**:', '');
    for (const s of config.suppressed) out.push(`- ${codeRef(s.rule)} in ${s.paths.map(codeRef).join(', ')}: ${escapeMarkdown(s.reason)}`);
    out.push('');
  }
  if (config.customRules.length) {
    out.push('**Custom rules applied**:', '');
    for (const r of config.customRules) out.push(`- ${codeRef(r.id)}: L${r.level} ${r.dimension}, ${r.role === 'required' ? 'required for its level' : 'an extra alternative of its level'} (${escapeMarkdown(r.source)}); ${customStatus(report, r.id)}`);
    out.push('');
  }
  if (config.ignore.length) out.push(`**Ignored paths**: ${config.ignore.map(codeRef).join(', ')}`, '');
  return out.join('\n');
}

/** Plain-text lines for the terminal. */
export function renderConfigText(report: GradeReport): string {
  const config = report.config;
  if (!configShapesGrade(config)) return '';
  const out = [`Config: ${config.file ?? '(command line)'}`];
  for (const n of config.notApplicable) out.push(`  n/a       ${n.dimension}: ${n.reason}`);
  for (const d of config.disabled) out.push(`  disabled  ${d.rule}: ${d.reason}`);
  for (const s of config.suppressed) out.push(`  suppressed ${s.rule} in ${s.paths.join(', ')}: ${s.reason}`);
  for (const r of config.customRules) out.push(`  custom    ${r.id} (L${r.level} ${r.role}, ${r.source}): ${customStatus(report, r.id)}`);
  if (config.ignore.length) out.push(`  ignored   ${config.ignore.join(', ')}`);
  return out.join('\n') + '\n';
}

function customStatus(report: GradeReport, id: string): string {
  const dimension = id.split('.')[0] as keyof GradeReport['dimensions'];
  const rule = report.dimensions[dimension]?.rules.find((r) => r.id === id);
  if (!rule) return 'not evaluated';
  return rule.status === 'met' ? 'met' : rule.status === 'missing' ? 'missing' : 'not applicable';
}
