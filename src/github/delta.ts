// What changed between the base commit's report and the pull request's.
import { DIMENSIONS, type Dimension, type GradeReport, type Level } from '../types.js';

export type Change = 'up' | 'down' | 'same' | 'not-compared';

export interface DimensionDelta {
  dimension: Dimension;
  head: Level;
  base?: Level;
  change: Change;
}

export interface Delta {
  overall: { head: Level; base: Level; change: Change };
  dimensions: DimensionDelta[];
  /** Dimensions whose level went down (both sides graded). */
  regressions: DimensionDelta[];
}

export function compareReports(head: GradeReport, base: GradeReport): Delta {
  const dimensions = DIMENSIONS.map((dimension): DimensionDelta => {
    const h = head.dimensions[dimension];
    const b = base.dimensions[dimension];
    if (!h || !b || h.notApplicable || b.notApplicable) return { dimension, head: h?.level ?? 0, base: b?.level, change: 'not-compared' };
    return { dimension, head: h.level, base: b.level, change: changeOf(h.level, b.level) };
  });
  return {
    overall: { head: head.level, base: base.level, change: changeOf(head.level, base.level) },
    dimensions,
    regressions: dimensions.filter((d) => d.change === 'down'),
  };
}

function changeOf(head: Level, base: Level): Change {
  return head > base ? 'up' : head < base ? 'down' : 'same';
}

/** A package (or the whole, path "") that this pull request lowers: a dimension, or the overall level. */
export interface PackageRegression {
  /** "" = the whole repository. */
  package: string;
  scope: 'overall' | Dimension;
  base: Level;
  head: Level;
}

export type PackageChange =
  | { kind: 'compared'; delta: Delta }
  /** Not a package on the base commit. */
  | { kind: 'new' };

export interface MonorepoDelta {
  whole: Delta;
  /** By package path, for every package of the head. */
  packages: Map<string, PackageChange>;
  /** Packages of the base commit that are gone, with their level there. */
  removed: { path: string; level: Level }[];
  /** Everything lowered, the whole first, then packages by path. */
  regressions: PackageRegression[];
}

interface Side {
  whole: GradeReport;
  packages: { path: string; report: GradeReport }[];
}

/** Compares a monorepo with its base commit: the whole, and every package present on both sides. */
export function compareMonorepo(head: Side, base: Side): MonorepoDelta {
  const whole = compareReports(head.whole, base.whole);
  const baseByPath = new Map(base.packages.map((p) => [p.path, p.report]));
  const headPaths = new Set(head.packages.map((p) => p.path));
  const packages = new Map<string, PackageChange>();
  const regressions: PackageRegression[] = regressionsOf('', whole);
  for (const p of head.packages) {
    const b = baseByPath.get(p.path);
    if (!b) {
      packages.set(p.path, { kind: 'new' });
      continue;
    }
    const delta = compareReports(p.report, b);
    packages.set(p.path, { kind: 'compared', delta });
    regressions.push(...regressionsOf(p.path, delta));
  }
  const removed = base.packages.filter((p) => !headPaths.has(p.path)).map((p) => ({ path: p.path, level: p.report.level }));
  return { whole, packages, removed, regressions };
}

/** The dimensions lowered; the overall level alone when it went down without a compared dimension doing so. */
function regressionsOf(pkg: string, delta: Delta): PackageRegression[] {
  const out: PackageRegression[] = delta.regressions.map((r) => ({ package: pkg, scope: r.dimension, base: r.base!, head: r.head }));
  if (out.length === 0 && delta.overall.change === 'down') out.push({ package: pkg, scope: 'overall', base: delta.overall.base, head: delta.overall.head });
  return out;
}
