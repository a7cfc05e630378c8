// Matchers stop after the findings a rule can show; suppressed paths must not use up that budget.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { grade } from '../../src/engine.js';

const dir = mkdtempSync(path.join(tmpdir(), 'levelgate-suppress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('a rule met outside suppressed paths stays met when the suppressed paths alone have more hits than are shown', async () => {
  mkdirSync(path.join(dir, 'legacy'), { recursive: true });
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  for (let i = 0; i < 15; i++) writeFileSync(path.join(dir, 'legacy', `old${String(i).padStart(2, '0')}.js`), `export const url = process.env.LEGACY_URL_${i};\n`);
  writeFileSync(path.join(dir, 'src', 'server.js'), 'export const port = Number(process.env.DATABASE_URL);\n');
  writeFileSync(
    path.join(dir, '.levelgate.yml'),
    ['version: 1', 'suppress:', '  - rule: architecture.env-config', '    paths: ["legacy/**"]', '    reason: "the old code is being removed"', ''].join('\n'),
  );
  const report = await grade(dir);
  const rule = report.dimensions.architecture.rules.find((r) => r.id === 'architecture.env-config')!;
  expect(rule.status).toBe('met');
  expect(rule.findings.map((f) => f.file)).toEqual(['src/server.js']);
  expect(rule.reason).toMatch(/suppressed: the old code is being removed/);
});
