// Grades every fixture repository with the real engine and checks each dimension's level exactly,
// and that every finding points at a real file and line.
import { mkdtempSync, readdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { grade } from '../../src/engine.js';
import { DIMENSIONS, type GradeReport } from '../../src/types.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
const cases = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => ({ name: f.replace(/\.expected\.json$/, ''), expected: JSON.parse(readFileSync(path.join(FIXTURES, f), 'utf8')) }))
  .filter((c) => existsSync(path.join(FIXTURES, c.name)));

const reports = new Map<string, GradeReport>();
async function gradeFixture(name: string): Promise<GradeReport> {
  let report = reports.get(name);
  if (!report) {
    report = await grade(path.join(FIXTURES, name), { config: false });
    reports.set(name, report);
  }
  return report;
}

describe('fixture repositories sit at their known levels', () => {
  it('has the fixtures the issue asks for', () => {
    const names = cases.map((c) => c.name);
    for (const wanted of ['l1-script', 'l2-api', 'l3-system', 'l4-platform', 'secret-leak']) expect(names).toContain(wanted);
  });

  for (const { name, expected } of cases) {
    describe(name, () => {
      for (const dimension of DIMENSIONS) {
        it(`${dimension} is L${expected.dimensions[dimension]}`, async () => {
          const report = await gradeFixture(name);
          const result = report.dimensions[dimension];
          const context = result.rules
            .filter((r) => r.level <= (expected.dimensions[dimension] as number) + 1)
            .map((r) => `${r.status.padEnd(14)} ${r.id} ${r.findings.map((f) => `${f.file}:${f.line} ${f.message} [${f.strength}]`).slice(0, 2).join(' | ')}`)
            .join('\n');
          expect(result.level, `${name} ${dimension}\n${context}`).toBe(expected.dimensions[dimension]);
        });
      }
      it(`overall is L${expected.level}`, async () => {
        expect((await gradeFixture(name)).level).toBe(expected.level);
      });
      it('every finding names a real file and line', async () => {
        const report = await gradeFixture(name);
        const root = path.join(FIXTURES, name);
        for (const d of DIMENSIONS) {
          for (const rule of report.dimensions[d].rules) {
            for (const f of rule.findings) {
              const file = path.join(root, f.file);
              expect(existsSync(file), `${rule.id}: ${f.file}`).toBe(true);
              const lines = readFileSync(file, 'utf8').split('\n').length;
              expect(f.line, `${rule.id}: ${f.file}:${f.line}`).toBeGreaterThanOrEqual(1);
              expect(f.line, `${rule.id}: ${f.file}:${f.line}`).toBeLessThanOrEqual(lines);
            }
          }
        }
      });
    });
  }
});

describe('an empty repository', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'levelgate-empty-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is L0 in every dimension', async () => {
    const report = await grade(dir);
    expect(report.level).toBe(0);
    for (const d of DIMENSIONS) expect(report.dimensions[d].level, d).toBe(0);
    expect(report.stats.files).toBe(0);
  });

  it('says what L1 needs in each dimension', async () => {
    const report = await grade(dir);
    for (const d of DIMENSIONS) {
      const next = report.dimensions[d].next;
      expect(next?.level, d).toBe(1);
      expect(next!.requiredMissing.length + next!.alternativesNeeded, d).toBeGreaterThan(0);
    }
  });
});
