// The Markdown report of a monorepo: one compact row per package (levels of the seven dimensions),
// the whole repository on top, what misses the targets, then each package's report folded away.
// Stays readable and under a size limit with dozens of packages: details shrink first, the table never.
import { renderConfigMarkdown } from '../config/render.js';
import type { MonorepoReport, PackageReport } from '../monorepo/grade.js';
import { checkMonorepoTargets } from '../monorepo/targets.js';
import type { Targets } from '../targets.js';
import { DIMENSIONS, type Dimension, type GradeReport } from '../types.js';
import { codeRef, escapeMarkdown } from './escape.js';
import { levelLabel, shortLevel } from './levels-text.js';
import { renderMarkdown } from './markdown.js';

export interface MonorepoMarkdownOptions {
  targets?: Targets;
  /** Include the "# levelgate report" heading. */
  heading?: boolean;
  /** Size limit in characters (a PR comment: 65,000); details are cut to fit. */
  limit?: number;
}

/** Short column headers keep the table narrow enough for a comment. */
export const DIMENSION_ABBREVIATIONS: Record<Dimension, string> = {
  functionality: 'Func',
  security: 'Sec',
  performance: 'Perf',
  architecture: 'Arch',
  testing: 'Test',
  documentation: 'Docs',
  monitoring: 'Mon',
};

export type Detail = 'evidence' | 'rules' | 'none';

/** Renders the monorepo report, leaving out evidence and then the per-package details when over the limit. */
export function renderMonorepoMarkdown(result: MonorepoReport, options: MonorepoMarkdownOptions = {}): string {
  const limit = options.limit ?? Infinity;
  let text = '';
  for (const detail of ['evidence', 'rules', 'none'] as Detail[]) {
    text = compose(result, options, detail);
    if (text.length <= limit) return text;
  }
  return text;
}

function compose(result: MonorepoReport, options: MonorepoMarkdownOptions, detail: Detail): string {
  const { whole, packages } = result;
  const out: string[] = [];
  if (options.heading !== false) out.push('# levelgate report', '');
  const lowest = packages.length ? Math.min(...packages.map((p) => p.report.level)) : undefined;
  out.push(
    `**Whole repository: ${levelLabel(whole.level)}** · ${packages.length} package${packages.length === 1 ? '' : 's'} (found from ${result.discovery})${lowest !== undefined ? ` · lowest package: ${shortLevel(lowest as GradeReport['level'])}` : ''}`,
    '',
  );
  const check = options.targets ? checkMonorepoTargets(result, options.targets) : undefined;
  out.push(...table(result, options.targets), '');
  if (check) {
    out.push(check.passed ? '✅ All targets met, by the whole and by every package.' : `❌ Below target: ${summarizeFailures(check.failures)}`, '');
    const byPackage = new Map<string, typeof check.failures>();
    for (const f of check.failures) byPackage.set(f.package, [...(byPackage.get(f.package) ?? []), f]);
    for (const [pkg, failures] of byPackage) {
      const parts = failures.map((f) => `${f.scope} ${shortLevel(f.actual)} < ${shortLevel(f.target)}`);
      out.push(`- ${pkg ? codeRef(pkg) : '**whole repository**'}: ${parts.join(', ')}`);
    }
    if (byPackage.size) out.push('');
  }
  const configSection = renderConfigMarkdown(whole);
  if (configSection) out.push(configSection);
  if (detail !== 'none') {
    out.push('## Packages', '');
    out.push(packageDetails('whole repository', whole, options.targets, detail));
    for (const p of packages) out.push(packageDetails(packageLabel(p), p.report, options.targets, detail));
  } else {
    out.push('> [!NOTE]', '> Per-package details are left out to fit the size limit; run `levelgate --monorepo --format md` for them.', '');
  }
  out.push(`<sub>levelgate ${escapeMarkdown(whole.tool.version)}, rules ${escapeMarkdown(whole.tool.rulesVersion)}; ${whole.stats.files} files, ${packages.length} packages in ${whole.stats.durationMs} ms</sub>`);
  return out.join('\n') + '\n';
}

function table(result: MonorepoReport, targets: Targets | undefined): string[] {
  return renderMonorepoTable(result, targets);
}

/** An extra last column of the packages table, e.g. the change against the base commit. */
export interface ExtraColumn {
  header: string;
  /** The cell of a row: "" is the whole repository, else a package path. */
  cell: (pkg: string) => string;
}

/** The packages × dimensions table: a header, the whole, then one line per package (cells below target marked ❌). */
export function renderMonorepoTable(result: Pick<MonorepoReport, 'whole' | 'packages'>, targets: Targets | undefined, extra: ExtraColumn[] = []): string[] {
  const header = ['Package', 'Overall', ...DIMENSIONS.map((d) => DIMENSION_ABBREVIATIONS[d]), ...extra.map((e) => e.header)];
  const rows = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 || i > DIMENSIONS.length + 1 ? ':--' : ':-:')).join('|')}|`];
  const row = (name: string, report: GradeReport, pkg: string) => {
    const cells = DIMENSIONS.map((d) => cell(report, d, targets));
    for (const e of extra) cells.push(e.cell(pkg));
    return `| ${name} | **${shortLevel(report.level)}** | ${cells.join(' | ')} |`;
  };
  rows.push(row('**(whole)**', result.whole, ''));
  // A folder name may hold a "|", which would split the row even inside a code span.
  for (const p of result.packages) rows.push(row(codeRef(p.path).replace(/\|/g, '\\|'), p.report, p.path));
  return rows;
}

/** "L2", "n/a", or "L1 ❌" when below the dimension's target. */
function cell(report: GradeReport, d: Dimension, targets: Targets | undefined): string {
  const result = report.dimensions[d];
  if (result.notApplicable) return 'n/a';
  const target = targets?.dimensions[d] ?? targets?.overall;
  return target !== undefined && result.level < target ? `${shortLevel(result.level)} ❌` : shortLevel(result.level);
}

function summarizeFailures(failures: { package: string }[]): string {
  const packages = new Set(failures.map((f) => f.package));
  const whole = packages.delete('');
  const parts = [];
  if (whole) parts.push('the whole repository');
  if (packages.size) parts.push(`${packages.size} package${packages.size === 1 ? '' : 's'}`);
  return parts.join(' and ');
}

/** A package as named in headings: its path, and its manifest name when different. */
export function packageLabel(p: PackageReport): string {
  return p.name && p.name !== p.path ? `${p.path} (${p.name})` : p.path;
}

/** One package's full report folded in <details>: with evidence, rules only, or (none) nothing. */
export function packageDetails(name: string, report: GradeReport, targets: Targets | undefined, detail: Detail): string {
  const body = renderMarkdown({ ...report, notes: detail === 'evidence' ? report.notes : [] }, { heading: false, targets, evidence: detail === 'evidence' });
  return [`<details><summary><b>${escapeMarkdown(name)}</b>: ${escapeMarkdown(levelLabel(report.level))}</summary>`, '', body.trim(), '', '</details>', ''].join('\n');
}
