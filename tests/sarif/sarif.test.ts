// SARIF output: valid against the SARIF 2.1.0 schema (the OASIS schema shipped in @microsoft/jest-sarif),
// located at real files, and error / warning / note by what fails.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { grade } from '../../src/engine.js';
import { gradeMonorepo } from '../../src/monorepo/grade.js';
import { renderSarif, toSarif } from '../../src/report/sarif.js';
import type { GradeReport } from '../../src/types.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
const require = createRequire(import.meta.url);

/** The schema is draft-04; ajv 8 reads it once its draft-04 id keyword is renamed. */
function sarifValidator() {
  const raw = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  const { $schema: _draft, id, ...rest } = raw;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
  return ajv.compile({ $id: id, ...rest });
}
const validate = sarifValidator();
const fixtures = readdirSync(FIXTURES).filter((f) => statSync(path.join(FIXTURES, f)).isDirectory());
const reports = new Map<string, GradeReport>();
const gradeFixture = async (name: string) => reports.get(name) ?? reports.set(name, await grade(path.join(FIXTURES, name), { config: false })).get(name)!;

type Result = { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] };
const resultsOf = (sarif: Record<string, unknown>) => (sarif.runs as { results: Result[] }[])[0]!.results;

describe('SARIF 2.1.0', () => {
  it.each(fixtures)('%s: valid, with every location a real file and line', async (name) => {
    for (const targets of [undefined, { overall: 4 as const, dimensions: {} }]) {
      const text = renderSarif(await gradeFixture(name), { targets });
      const sarif = JSON.parse(text);
      expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      for (const r of resultsOf(sarif)) {
        const loc = r.locations[0]!.physicalLocation;
        const file = path.join(FIXTURES, name, decodeURIComponent(loc.artifactLocation.uri));
        expect(existsSync(file), `${r.ruleId}: ${loc.artifactLocation.uri}`).toBe(true);
        expect(loc.region.startLine).toBeLessThanOrEqual(readFileSync(file, 'utf8').split('\n').length);
      }
    }
  });

  it('the validator rejects what SARIF forbids (so that a pass means something)', () => {
    expect(validate({ version: '3.0', runs: [] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [] }] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] })).toBe(false);
  });

  it('has one SARIF rule per levelgate rule, each referenced by index', async () => {
    const sarif = toSarif(await gradeFixture('l1-script'), { targets: { overall: 3, dimensions: {} } });
    const run = (sarif.runs as { tool: { driver: { rules: { id: string }[] } }; results: (Result & { ruleIndex: number })[] }[])[0]!;
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of run.results) expect(ids[r.ruleIndex]).toBe(r.ruleId);
  });

  it('levels: error for a failing target, warning and note for the next level', async () => {
    const report = await gradeFixture('l1-script');
    const noTarget = resultsOf(toSarif(report));
    expect(new Set(noTarget.map((r) => r.level))).toEqual(new Set(['warning', 'note']));
    const failing = resultsOf(toSarif(report, { targets: { overall: 2, dimensions: {} } }));
    expect(failing.some((r) => r.level === 'error')).toBe(true);
    const met = resultsOf(toSarif(report, { targets: { overall: 1, dimensions: {} } }));
    expect(met.every((r) => r.level === 'note')).toBe(true);
  });

  it('a committed secret is an error at the secret', async () => {
    const results = resultsOf(toSarif(await gradeFixture('secret-leak')));
    const secrets = results.filter((r) => r.ruleId === 'security.no-committed-secrets');
    expect(secrets.length).toBeGreaterThan(0);
    expect(secrets.every((r) => r.level === 'error' && r.locations[0]!.physicalLocation.region.startLine >= 1)).toBe(true);
  });

  it('a monorepo: valid, with results located in each package', async () => {
    const result = await gradeMonorepo(path.join(FIXTURES, 'monorepo'), { config: false });
    const sarif = toSarif(result, { targets: { overall: 2, dimensions: {} } });
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const uris = resultsOf(sarif).map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toContain('packages/empty-lib/package.json');
    expect(uris.some((u) => u.startsWith('services/notifier/'))).toBe(true);
  });
});
