// docs/config.schema.json is generated from the zod schema; this test fails when the two drift apart
// (regenerate with UPDATE_SCHEMAS=1 npx vitest run tests/config/schema-sync.test.ts), and checks that
// ajv with the published schema and zod agree on good and bad configs.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configSchema } from '../../src/config/schema.js';

const SCHEMA_FILE = path.join(import.meta.dirname, '..', '..', 'docs', 'config.schema.json');

/** The published schema: zod's JSON Schema of the input, with an id and a title. */
export function generateConfigSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(configSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'levelgate configuration (.levelgate.yml)',
    description: 'Targets, ignored paths, disabled and suppressed rules, dimensions not applicable, custom rules and monorepo mode. See docs/config.md.',
    ...rest,
  };
}

describe('docs/config.schema.json', () => {
  it('is the JSON Schema of the zod validator', () => {
    const generated = `${JSON.stringify(generateConfigSchema(), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMAS) writeFileSync(SCHEMA_FILE, generated);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
  });

  const ajv = new Ajv2020({ allErrors: true, strict: false });
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
