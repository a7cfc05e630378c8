// The `report` output stays under GitHub's 1 MiB limit for a step output, as valid JSON that says what it left out.
import { describe, expect, it } from 'vitest';
import { boundReportOutput, REPORT_OUTPUT_LIMIT_BYTES } from '../../src/github/report-output.js';
import { renderJsonDocument } from '../../src/report/monorepo-json.js';
import { renderJson } from '../../src/report/json.js';
import { makeReport } from './make-report.js';

const bytes = (s: string) => Buffer.byteLength(s);

describe('boundReportOutput', () => {
  it('passes a report that fits through unchanged', () => {
    const json = renderJson(makeReport());
    expect(boundReportOutput(json)).toBe(json);
  });

  it('drops the evidence of a report over 1 MiB and says so, keeping every level', () => {
    const report = makeReport({ findings: 2000 });
    const json = renderJson(report);
    expect(bytes(json)).toBeGreaterThan(REPORT_OUTPUT_LIMIT_BYTES);
    const out = boundReportOutput(json);
    expect(bytes(out)).toBeLessThanOrEqual(REPORT_OUTPUT_LIMIT_BYTES);
    const doc = JSON.parse(out) as { level: number; truncated: string; dimensions: Record<string, { level: number; met: { findings: unknown[] }[] }> };
    expect(doc.level).toBe(report.level);
    expect(doc.truncated).toMatch(/findings.*output-file/);
    for (const [d, r] of Object.entries(doc.dimensions)) {
      expect(r.level).toBe(report.dimensions[d as keyof typeof report.dimensions].level);
      expect(r.met.length).toBeGreaterThan(0);
      expect(r.met.every((rule) => rule.findings.length === 0)).toBe(true);
    }
  });

  it('keeps only the levels of a monorepo whose rules alone are too large', () => {
    const packages = Array.from({ length: 40 }, (_, i) => ({ path: `packages/p${i}`, name: `p${i}`, report: makeReport({ extraRules: 40 }) }));
    const json = renderJsonDocument({ whole: makeReport({ extraRules: 40 }), packages, discovery: 'workspaces' } as Parameters<typeof renderJsonDocument>[0]);
    const out = boundReportOutput(json, 200_000);
    expect(bytes(json)).toBeGreaterThan(200_000);
    expect(bytes(out)).toBeLessThanOrEqual(200_000);
    const doc = JSON.parse(out) as { truncated: string; packages: { path: string; level: number }[] };
    expect(doc.truncated).toMatch(/rules and findings/);
    expect(doc.packages).toHaveLength(40);
    expect(doc.packages[7]).toEqual({ path: 'packages/p7', level: 2 });
  });
});
