// Monorepo mode: list and read the tree once, grade the whole, then grade each package on its own
// slice of the same evidence (its folder plus what the root shares), side by side.
import { forReport, gatherEvidence, planGrading, scoreEvidence, scoringPlan, type GradeOptions, type GradingPlan } from '../engine.js';
import { DIMENSIONS, type GradeReport } from '../types.js';
import { discoverPackages, type Discovery, type PackageInfo } from './discover.js';
import { restrictEvidence } from './restrict.js';

export interface PackageReport extends PackageInfo {
  report: GradeReport;
}

export interface MonorepoReport {
  /** The whole repository graded as one. */
  whole: GradeReport;
  /** Each package graded on its own folder (plus shared CI and tooling), sorted by path. */
  packages: PackageReport[];
  /** How the packages were found. */
  discovery: Discovery['source'];
}

export interface MonorepoOptions extends GradeOptions {
  /** Globs of package folders; default: the config's monorepo.packages, else discovery. */
  packages?: string[];
  exclude?: string[];
}

/** Grades a monorepo: the whole and every package; throws GradeError / ConfigError like grade(). */
export async function gradeMonorepo(root: string, options: MonorepoOptions = {}): Promise<MonorepoReport> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => {});
  const planned = await planGrading(root, options);
  const gathered = await gatherEvidence(root, planned, progress);
  const { inventory, evidence, hidden } = gathered;
  const plan = scoringPlan(planned, gathered);
  // Packages are found among the graded files only: a folder the config ignores is no package.
  const discovery = discoverPackages(hidden ? inventory.files.filter((f) => !hidden(f)) : inventory.files, evidence.text, {
    packages: options.packages ?? plan.config?.monorepo?.packages,
    exclude: options.exclude ?? plan.config?.monorepo?.exclude,
  });
  progress(`evaluating rules for the whole and ${discovery.packages.length} packages`);
  let wholeReport: GradeReport;
  const packages: PackageReport[] = [];
  try {
    wholeReport = await scoreEvidence(evidence, plan, hidden);
    for (const info of discovery.packages) {
      const packageStarted = performance.now();
      const view = restrictEvidence(evidence, info.path);
      const report = await scoreEvidence(view.evidence, packagePlan(plan, view.toRepoPath), hidden && ((file: string) => hidden(view.toRepoPath(file))));
      packages.push({ ...info, report: withRepoPaths(report, view.toRepoPath, performance.now() - packageStarted) });
    }
  } finally {
    evidence.stopParsing?.();
  }
  const whole: GradeReport = {
    ...wholeReport,
    stats: { files: wholeReport.stats.files, filesRead: evidence.stats.filesRead, filesParsed: evidence.stats.filesParsed, durationMs: Math.round(performance.now() - started) },
  };
  return forReport(gathered, { whole, packages, discovery: discovery.source });
}

/** Suppressions name repository paths; a package's rules see package paths. */
function packagePlan(plan: GradingPlan, toRepoPath: (file: string) => string): GradingPlan {
  return {
    ...plan,
    overrides: {
      ...plan.overrides,
      suppressed: plan.overrides.suppressed?.map((s) => ({ ...s, matches: (file: string) => s.matches(toRepoPath(file)) })),
    },
  };
}

/** Findings cite repository paths, so that links, SARIF locations and annotations work from the root. */
function withRepoPaths(report: GradeReport, toRepoPath: (file: string) => string, durationMs: number): GradeReport {
  const dimensions = { ...report.dimensions };
  for (const d of DIMENSIONS) {
    const result = report.dimensions[d];
    dimensions[d] = { ...result, rules: result.rules.map((r) => ({ ...r, findings: r.findings.map((f) => ({ ...f, file: toRepoPath(f.file) })) })) };
  }
  return { ...report, dimensions, stats: { ...report.stats, durationMs: Math.round(durationMs) } };
}

export { checkMonorepoTargets } from './targets.js';
