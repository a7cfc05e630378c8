// Plain text for the terminal.
import { DIMENSIONS, type GradeReport } from '../types.js';
import { checkTargets, type Targets } from '../targets.js';
import { ruleDocsUrl } from '../rules/docs-url.js';
import { levelLabel, shortLevel } from './levels-text.js';
import { capLine, nextStep } from './markdown.js';

export function renderText(report: GradeReport, options: { targets?: Targets; verbose?: boolean } = {}): string {
  const out = [`levelgate: ${report.root}`, `Overall: ${levelLabel(report.level)}`, ''];
  const width = Math.max(...DIMENSIONS.map((d) => d.length));
  for (const name of DIMENSIONS) {
    const d = report.dimensions[name];
    const level = d.notApplicable ? 'n/a' : shortLevel(d.level);
    const bar = d.notApplicable ? '' : '#'.repeat(d.level * 2).padEnd(8, '.');
    const next = d.notApplicable ? 'not applicable (configuration)' : d.next ? `next L${d.next.level}: ${nextStep(d)}` : 'top level';
    out.push(`  ${name.padEnd(width)}  ${level}  ${bar}  ${next}`);
    const cap = d.notApplicable ? undefined : capLine(d);
    if (cap) out.push(`  ${''.padEnd(width)}            ${cap}`);
    // A violation is named where it is, in every format: the reader has to go and remove it.
    for (const r of d.rules.filter((r) => r.negative && r.status === 'missing')) {
      for (const f of r.findings.slice(0, 5)) out.push(`      ! ${r.id}  ${f.file}:${f.line}  ${f.message}`);
      if (r.findings.length > 5) out.push(`      ! … and ${r.findings.length - 5} more`);
    }
    if (options.verbose) {
      for (const r of d.rules.filter((r) => r.status === 'met' && r.findings.length)) {
        const f = r.findings[0]!;
        out.push(`      + ${r.id}  ${f.file}:${f.line}  ${f.message}`);
      }
      // What the next level lacks, each with its page: "why did this rule fail?" answered where it is asked.
      for (const id of d.next ? [...d.next.requiredMissing, ...(d.next.alternativesNeeded > 0 ? d.next.alternativesMissing : [])] : []) {
        const url = ruleDocsUrl(id, report.tool.version);
        out.push(`      - ${id}${url ? `  ${url}` : ''}`);
      }
    }
  }
  if (options.targets) {
    const check = checkTargets(report, options.targets);
    out.push('', check.passed ? 'Targets met.' : 'Below target:');
    for (const f of check.failures) {
      out.push(`  ${f.scope}: ${shortLevel(f.actual)} < ${shortLevel(f.target)}`);
      for (const m of f.missing.slice(0, 5)) out.push(`    - ${m}`);
    }
  }
  if (options.verbose) out.push('', '+ met, with its first evidence; - missing for the next level. `levelgate explain <rule-id> [path]` explains a rule.');
  if (report.notes.length) out.push('', `${report.notes.length} scan note(s); see --format md or json for the list.`);
  out.push('', `${report.stats.files} files, ${report.stats.filesParsed} parsed, ${report.stats.durationMs} ms`);
  return out.join('\n') + '\n';
}
