// Targets for a monorepo: they hold for the whole and for every package. Kept apart from grade.ts so that
// renderers (the action's comment) can check targets without loading the engine.
import { checkTargets, type TargetFailure, type Targets } from '../targets.js';
import type { MonorepoReport } from './grade.js';

/** Where a monorepo misses its targets: the whole or a package ("" = the whole). */
export interface MonorepoTargetFailure extends TargetFailure {
  package: string;
}

/** Targets hold for the whole and for every package. */
export function checkMonorepoTargets(result: Pick<MonorepoReport, 'whole' | 'packages'>, targets: Targets): { passed: boolean; failures: MonorepoTargetFailure[] } {
  const failures: MonorepoTargetFailure[] = [];
  for (const f of checkTargets(result.whole, targets).failures) failures.push({ ...f, package: '' });
  for (const p of result.packages) for (const f of checkTargets(p.report, targets).failures) failures.push({ ...f, package: p.path });
  return { passed: failures.length === 0, failures };
}
