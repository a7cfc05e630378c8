// The terminal view of a monorepo: one line per package with the seven levels side by side.
import { renderConfigText } from '../config/render.js';
import { checkMonorepoTargets, type MonorepoReport } from '../monorepo/grade.js';
import type { Targets } from '../targets.js';
import { DIMENSIONS, type GradeReport } from '../types.js';
import { levelLabel, shortLevel, violationsOf } from './levels-text.js';
import { DIMENSION_ABBREVIATIONS } from './monorepo-markdown.js';

/** A fixed-width table: package, overall, then each dimension. */
export function renderMonorepoText(result: MonorepoReport, options: { targets?: Targets } = {}): string {
  const names = ['(whole)', ...result.packages.map((p) => p.path)];
  const width = Math.min(48, Math.max(...names.map((n) => n.length), 'package'.length));
  const fit = (s: string) => (s.length > width ? `…${s.slice(s.length - width + 1)}` : s.padEnd(width));
  const levels = (r: GradeReport) => DIMENSIONS.map((d) => (r.dimensions[d].notApplicable ? 'n/a' : shortLevel(r.dimensions[d].level)).padEnd(5)).join('');
  const out = [
    `levelgate: ${result.whole.root} (monorepo, ${result.packages.length} packages found from ${result.discovery})`,
    `Whole repository: ${levelLabel(result.whole.level)}`,
    '',
    `  ${'package'.padEnd(width)}  all  ${DIMENSIONS.map((d) => DIMENSION_ABBREVIATIONS[d].padEnd(5)).join('')}`,
    `  ${fit('(whole)')}  ${shortLevel(result.whole.level)}   ${levels(result.whole)}`,
  ];
  for (const p of result.packages) out.push(`  ${fit(p.path)}  ${shortLevel(p.report.level)}   ${levels(p.report)}`);
  // Violations are named where they are, as in the single-repository text report (the whole holds every file).
  const violations = DIMENSIONS.flatMap((d) => result.whole.dimensions[d].rules.filter((r) => r.negative && r.status === 'missing').flatMap((r) => violationsOf(r).map((f) => `  ! ${r.id}  ${f.file}:${f.line}  ${f.message}`)));
  if (violations.length) out.push('', ...violations.slice(0, 20), ...(violations.length > 20 ? [`  ! … and ${violations.length - 20} more`] : []));
  if (options.targets) {
    const check = checkMonorepoTargets(result, options.targets);
    out.push('', check.passed ? 'Targets met by the whole and every package.' : 'Below target:');
    for (const f of check.failures.slice(0, 60)) out.push(`  ${f.package || '(whole)'}: ${f.scope} ${shortLevel(f.actual)} < ${shortLevel(f.target)}`);
    if (check.failures.length > 60) out.push(`  … and ${check.failures.length - 60} more`);
  }
  const config = renderConfigText(result.whole);
  if (config) out.push('', config.trimEnd());
  out.push('', `${result.whole.stats.files} files, ${result.packages.length} packages, ${result.whole.stats.durationMs} ms`);
  return out.join('\n') + '\n';
}
