// The JSON report: a stable contract (schemaVersion 1), documented in docs/report.schema.json.
import { ruleDocsUrl } from '../rules/docs-url.js';
import { DIMENSIONS, type GradeReport, type RuleResult } from '../types.js';

/** Serialises a report: per dimension its level, the rules met and the rules missing, with evidence. */
export function toJsonReport(report: GradeReport): Record<string, unknown> {
  const dimensions: Record<string, unknown> = {};
  for (const d of DIMENSIONS) {
    const result = report.dimensions[d];
    const rule = (r: RuleResult) => ({
      id: r.id,
      ...docsUrlOf(r.id, report.tool.version),
      title: r.title,
      level: r.level,
      required: r.required,
      ...(r.negative ? { negative: true } : {}),
      hint: r.hint,
      ...(r.reason ? { reason: r.reason } : {}),
      ...(r.measured ? { measured: r.measured } : {}),
      ...(r.notSeen ? { notSeen: true } : {}),
      ...(r.none ? { none: r.none } : {}),
      findings: r.findings,
    });
    dimensions[d] = {
      level: result.level,
      ...(result.notApplicable ? { notApplicable: true } : {}),
      met: result.rules.filter((r) => r.status === 'met').map(rule),
      missing: result.rules.filter((r) => r.status === 'missing').map(rule),
      notApplicable: result.rules.filter((r) => r.status === 'not_applicable').map(rule),
      ...(result.next ? { next: result.next } : {}),
      ...(result.notSeen?.length ? { notSeen: result.notSeen } : {}),
    };
    if (result.notApplicable) (dimensions[d] as Record<string, unknown>).dimensionNotApplicable = true;
  }
  return {
    schemaVersion: report.schemaVersion,
    tool: report.tool,
    level: report.level,
    dimensions,
    notes: report.notes,
    stats: report.stats,
  };
}

function docsUrlOf(id: string, version: string): { docsUrl?: string } {
  const docsUrl = ruleDocsUrl(id, version);
  return docsUrl ? { docsUrl } : {};
}

export function renderJson(report: GradeReport): string {
  return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
}
