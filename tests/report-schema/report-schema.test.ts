// docs/report.schema.json is the contract of the JSON report: real reports of every fixture (plain,
// configured, monorepo) must validate against it, and it must reject what the contract forbids.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { grade } from '../../src/engine.js';
import { gradeMonorepo } from '../../src/monorepo/grade.js';
import { renderJsonDocument } from '../../src/report/monorepo-json.js';
import { RULES_VERSION } from '../../src/version.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
const schema = JSON.parse(readFileSync(path.join(ROOT, 'docs', 'report.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const fixtures = readdirSync(FIXTURES).filter((f) => statSync(path.join(FIXTURES, f)).isDirectory());
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function expectValid(json: unknown): void {
  const ok = validate(json);
  expect(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toBe(true);
}

describe('docs/report.schema.json', () => {
  it.each(fixtures)('validates the JSON report of %s', async (name) => {
    const json = JSON.parse(renderJsonDocument(await grade(path.join(FIXTURES, name), { config: false })));
    expectValid(json);
    expect(json.tool.rulesVersion).toBe(RULES_VERSION);
  });

  it('validates a report shaped by a config (n/a dimension, disabled, suppressed, custom rules)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'levelgate-schema-'));
    temps.push(dir);
    cpSync(path.join(FIXTURES, 'l1-script'), dir, { recursive: true });
    writeFileSync(
      path.join(dir, '.levelgate.yml'),
      `targets: { overall: L1 }
ignore: ["tmp/**"]
disable: [{ rule: performance.caching, reason: nothing to cache }]
suppress: [{ rule: security.no-committed-secrets, paths: ["test/**"], reason: test data }]
notApplicable: [{ dimension: monitoring, reason: batch job }]
customRules:
  - dimension: testing
    rules:
      - { id: testing.acme-contract, level: 3, title: Contract tests, hint: Add pact tests., evidence: [{ files: ["**/*.pact.json"] }] }
`,
    );
    const json = JSON.parse(renderJsonDocument(await grade(dir)));
    expectValid(json);
    expect(json.config.customRules[0].id).toBe('testing.acme-contract');
  });

  it('validates the monorepo report', async () => {
    const json = JSON.parse(renderJsonDocument(await gradeMonorepo(path.join(FIXTURES, 'monorepo'), { config: false })));
    expectValid(json);
    expect(json.packages.map((p: { path: string }) => p.path)).toEqual(['packages/empty-lib', 'services/billing', 'services/ledger', 'services/notifier']);
  });

  it('rejects a report without the rule catalog version, or with an unknown dimension', async () => {
    const json = JSON.parse(renderJsonDocument(await grade(path.join(FIXTURES, 'l1-script'), { config: false })));
    const noVersion = structuredClone(json);
    delete noVersion.tool.rulesVersion;
    expect(validate(noVersion)).toBe(false);
    const extra = structuredClone(json);
    extra.dimensions.speed = extra.dimensions.testing;
    expect(validate(extra)).toBe(false);
  });
});
