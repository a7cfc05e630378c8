// Keeps the catalog honest: every rule file loads, every hint says what to do, every detector is named and tested,
// every level can be reached, and docs/rules.md is what the generator writes.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../src/detectors/index.js';
import { loadCatalog } from '../../src/rules/load.js';
import { parseRuleFile } from '../../src/rules/parse.js';
import { matchersOf } from '../../src/rules/matcher-parts.js';
import { DIMENSIONS } from '../../src/types.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const RULES = path.join(ROOT, 'rules');
const catalog = await loadCatalog(RULES);

describe('rule catalog', () => {
  it.each(readdirSync(RULES).filter((n) => n.endsWith('.yml')))('%s validates', (name) => {
    expect(() => parseRuleFile(name, readFileSync(path.join(RULES, name), 'utf8'))).not.toThrow();
  });

  it('has one rule file per dimension', () => {
    expect(Object.keys(catalog.levels).sort()).toEqual([...DIMENSIONS].sort());
  });

  it.each(catalog.rules.map((r) => [r.id, r.hint] as const))('%s has an actionable hint', (_id, hint) => {
    // Actionable: long enough to say what to add, names a tool, file or example, and is not a vague "improve X".
    expect(hint.length).toBeGreaterThanOrEqual(30);
    expect(hint).toMatch(/\(|\.|:|`/);
    expect(hint).not.toMatch(/^(improve|consider|try to|better)\b/i);
  });

  it('names only detectors that exist, and every detector has a unit test table', () => {
    const tests = readdirSync(path.join(ROOT, 'tests', 'detectors')).filter((n) => n.endsWith('.test.ts')).map((n) => readFileSync(path.join(ROOT, 'tests', 'detectors', n), 'utf8')).join('\n');
    const named = new Set(catalog.rules.flatMap(matchersOf).flatMap((m) => ('detector' in m ? [m.detector] : [])));
    for (const name of named) expect(DETECTORS.has(name), `detector ${name}`).toBe(true);
    for (const name of DETECTORS.keys()) expect(tests, `tests/detectors has cases for ${name}`).toMatch(new RegExp(`\\b${name}\\s*:\\s*\\[`));
  });

  it('every level of every dimension can be reached', () => {
    for (const dimension of DIMENSIONS) {
      for (const level of [1, 2, 3, 4] as const) {
        const spec = catalog.levels[dimension][level];
        const ofLevel = catalog.rules.filter((r) => r.dimension === dimension && r.level === level);
        for (const id of spec.required) expect(ofLevel.map((r) => r.id), `${dimension} L${level} requires ${id}`).toContain(id);
        const alternatives = ofLevel.filter((r) => !spec.required.includes(r.id));
        expect(spec.atLeast, `${dimension} L${level} asks for more alternatives than it has`).toBeLessThanOrEqual(alternatives.length);
        expect(spec.required.length + spec.atLeast, `${dimension} L${level} requires nothing`).toBeGreaterThan(0);
        // A required negative rule is met by absence; every other counted rule needs evidence that can match.
        for (const r of ofLevel) expect(r.evidence.length, r.id).toBeGreaterThan(0);
      }
    }
  });

  it('rule ids are unique and carry their dimension', () => {
    const ids = catalog.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of catalog.rules) expect(r.id.startsWith(`${r.dimension}.`)).toBe(true);
  });

  it('docs/rules.md is generated from rules/ (node scripts/gen-rules-doc.mjs --check)', () => {
    expect(() => execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'gen-rules-doc.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
