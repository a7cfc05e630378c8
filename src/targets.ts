// Targets: the level a repository must reach, overall and per dimension, and the check against a report.
import { DIMENSIONS, type Dimension, type GradeReport, type Level } from './types.js';

export interface Targets {
  overall?: Level;
  dimensions: Partial<Record<Dimension, Level>>;
}

export interface TargetFailure {
  /** 'overall' or the dimension that is below its target. */
  scope: 'overall' | Dimension;
  actual: Level;
  target: Level;
  /** Rule ids and hints that the failing scope still lacks for the target. */
  missing: string[];
}

export { UsageError } from './errors.js';
import { UsageError } from './errors.js';

/** Whether any target is set, overall or for a dimension. */
export function hasTargets(targets: Targets | undefined): targets is Targets {
  return targets !== undefined && (targets.overall !== undefined || Object.keys(targets.dimensions).length > 0);
}

/** Parses "L2", "2", "security=L3" (comma or whitespace separated, repeatable) into targets. */
export function parseTargets(specs: string[]): Targets {
  const targets: Targets = { dimensions: {} };
  for (const spec of specs.flatMap((s) => s.split(/[\s,]+/)).filter(Boolean)) {
    const eq = spec.indexOf('=');
    if (eq === -1) {
      targets.overall = parseLevel(spec, spec);
      continue;
    }
    const name = spec.slice(0, eq).trim().toLowerCase();
    if (!(DIMENSIONS as readonly string[]).includes(name)) {
      throw new UsageError(`unknown dimension "${name}" in target "${spec}"; expected one of ${DIMENSIONS.join(', ')}`);
    }
    targets.dimensions[name as Dimension] = parseLevel(spec.slice(eq + 1), spec);
  }
  return targets;
}

function parseLevel(text: string, spec: string): Level {
  const m = /^\s*L?([0-4])\s*$/i.exec(text);
  if (!m) throw new UsageError(`invalid target "${spec}": a level is L0 to L4 (e.g. L2 or security=L3)`);
  return Number(m[1]) as Level;
}

/** Compares a report with targets; passed is false when any scope is below its target. */
export function checkTargets(report: GradeReport, targets: Targets): { passed: boolean; failures: TargetFailure[] } {
  const failures: TargetFailure[] = [];
  const dimensionTarget = (d: Dimension): Level | undefined => {
    const own = targets.dimensions[d];
    return own ?? targets.overall;
  };
  for (const d of DIMENSIONS) {
    const result = report.dimensions[d];
    if (result.notApplicable) continue;
    const target = dimensionTarget(d);
    if (target === undefined || result.level >= target) continue;
    failures.push({ scope: d, actual: result.level, target, missing: missingFor(report, d, target) });
  }
  if (targets.overall !== undefined && report.level < targets.overall && failures.length === 0) {
    failures.push({ scope: 'overall', actual: report.level, target: targets.overall, missing: [] });
  }
  return { passed: failures.length === 0, failures };
}

/** Rules of levels above the current one up to the target that are not met, with their hints. */
export function missingFor(report: GradeReport, dimension: Dimension, target: Level): string[] {
  const result = report.dimensions[dimension];
  return result.rules
    .filter((r) => r.level > result.level && r.level <= target && r.status === 'missing')
    .map((r) => `${r.id}: ${r.hint}${r.measured ? ` (measured: ${r.measured.summary})` : ''}`);
}

/** The dimensions named one by one in targets (not those the overall target covers). */
export function targetDimensions(targets: Targets | undefined): Dimension[] {
  return targets ? (Object.keys(targets.dimensions) as Dimension[]) : [];
}

/** Targets as a target spec again ("L2, security=L3"): what parseTargets reads. */
export function formatTargets(targets: Targets): string {
  const parts = targets.overall !== undefined ? [`L${targets.overall}`] : [];
  for (const [dimension, level] of Object.entries(targets.dimensions)) if (level !== undefined) parts.push(`${dimension}=L${level}`);
  return parts.join(', ');
}
