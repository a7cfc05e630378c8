// docs/config.schema.json is generated from the zod schema by scripts/gen-config-schema.mjs (draft-07, with an
// $id, for editors and SchemaStore); this test fails when the two drift apart (regenerate with
// `node scripts/gen-config-schema.mjs`), and checks that ajv with the published schema and zod agree on good
// and bad configs.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const SCHEMA_FILE = path.join(ROOT, 'docs', 'config.schema.json');

describe('docs/config.schema.json', () => {
  it('is the JSON Schema of the zod validator (node scripts/gen-config-schema.mjs --check)', () => {
    expect(() => execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'gen-config-schema.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('is draft-07 with a stable $id, as editors and SchemaStore expect', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe('https://raw.githubusercontent.com/levelgate/levelgate/main/docs/config.schema.json');
  });

  const ajv = new Ajv({ allErrors: true, strict: false });
  let compiled: ReturnType<typeof ajv.compile> | undefined;
  const validate = (data: unknown) => (compiled ??= ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))))(data);

  const good = [
    '{}',
    'version: 1',
    'targets: { overall: L2, security: 3, testing: "l1" }',
    'ignore: ["vendor/**", "legacy/**"]',
    'disable: [{ rule: performance.caching, reason: "a CLI caches nothing" }]',
    'suppress: [{ rule: security.no-committed-secrets, paths: ["test/fixtures/**"], reason: test keys }]',
    'notApplicable: [{ dimension: performance, reason: a library }]',
    'rulePacks: [tools/levelgate]',
    'monorepo: true',
    'monorepo: { packages: ["services/*"], exclude: ["services/legacy"] }',
    `customRules:
  - dimension: security
    levels: { 2: { required: [security.acme-vault] } }
    rules:
      - id: security.acme-vault
        level: 2
        title: Secrets from Vault
        hint: Read secrets through the Vault agent.
        evidence:
          - text: "vault\\\\.read\\\\("
            in: ["@source"]`,
  ];
  const bad = [
    'targets: { overall: L5 }',
    'targets: { speed: L2 }',
    'ignore: "vendor/**"',
    'disable: [{ rule: performance.caching }]',
    'disable: [{ rule: "Performance Caching", reason: x }]',
    'suppress: [{ rule: security.x, paths: [], reason: x }]',
    'notApplicable: [{ dimension: speed, reason: x }]',
    'notApplicable: [performance]',
    'monorepo: sometimes',
    'version: 2',
    'unknownKey: 1',
    'customRules: [{ dimension: security, rules: [] }]',
    'customRules: [{ dimension: security, levels: { 2: { atLeast: 1 } }, rules: [{ id: security.x, level: 2, title: t, hint: h, evidence: [{ files: ["a"] }] }] }]',
    'customRules: [{ dimension: security, rules: [{ id: security.x, level: 5, title: t, hint: h, evidence: [{ files: ["a"] }] }] }]',
    'customRules: [{ dimension: security, rules: [{ id: security.x, level: 2, title: t, hint: h, evidence: [{ nonsense: 1 }] }] }]',
  ];

  it.each(good)('both accept %s', (text) => {
    const data = parse(text);
    expect(configSchema.safeParse(data).success).toBe(true);
    expect(validate(data), JSON.stringify(compiled?.errors)).toBe(true);
  });
  it.each(bad)('both reject %s', (text) => {
    const data = parse(text);
    expect(configSchema.safeParse(data).success).toBe(false);
    expect(validate(data)).toBe(false);
  });
});
