// The JSON report with what the configuration did and, in monorepo mode, a `packages` array:
// a compatible extension of schemaVersion 1 (docs/report.schema.json).
import type { MonorepoReport } from '../monorepo/grade.js';
import type { GradeReport } from '../types.js';
import { toJsonReport } from './json.js';

/** A single report, plus its `config` block when a config shaped it. */
export function toJsonDocument(report: GradeReport): Record<string, unknown> {
  return { ...toJsonReport(report), ...(report.config ? { config: report.config } : {}) };
}

/** The whole repository as the top-level report, and each package in `packages` with the same dimension shape. */
export function toMonorepoJson(result: MonorepoReport): Record<string, unknown> {
  return {
    ...toJsonDocument(result.whole),
    monorepo: { discovery: result.discovery, packages: result.packages.length },
    packages: result.packages.map((p) => {
      const json = toJsonReport(p.report);
      return { path: p.path, name: p.name, ...(p.manifest ? { manifest: p.manifest } : {}), level: json.level, dimensions: json.dimensions, notes: json.notes, stats: json.stats };
    }),
  };
}

export function renderJsonDocument(input: GradeReport | MonorepoReport): string {
  return `${JSON.stringify('whole' in input ? toMonorepoJson(input) : toJsonDocument(input), null, 2)}\n`;
}
