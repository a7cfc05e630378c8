// Properties of the scorer: levels are cumulative, evidence never lowers a level, overall is the minimum.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LevelSpec } from '../../src/rules/schema.js';
import { gapIsClosed, levelGap, overallLevel, scoreDimension } from '../../src/score/levels.js';
import type { DimensionResult, Level, RuleResult, RuleStatus } from '../../src/types.js';

type LevelNumber = 1 | 2 | 3 | 4;
const LEVELS: LevelNumber[] = [1, 2, 3, 4];

/** A random dimension: per level, some required rules and some alternatives with an atLeast. */
const dimension = fc
  .array(fc.record({ required: fc.integer({ min: 0, max: 2 }), alternatives: fc.integer({ min: 0, max: 4 }), atLeast: fc.integer({ min: 0, max: 4 }) }), { minLength: 4, maxLength: 4 })
  .chain((shape) => {
    const rules: { id: string; level: LevelNumber; required: boolean }[] = [];
    const levels = {} as Record<LevelNumber, LevelSpec>;
    shape.forEach((s, i) => {
      const level = (i + 1) as LevelNumber;
      const required = Array.from({ length: s.required }, (_, k) => `l${level}.req${k}`);
      const alternatives = Array.from({ length: s.alternatives }, (_, k) => `l${level}.alt${k}`);
      const atLeast = required.length === 0 ? Math.max(1, Math.min(s.atLeast, alternatives.length)) : Math.min(s.atLeast, alternatives.length);
      levels[level] = { required, atLeast } as LevelSpec;
      for (const id of required) rules.push({ id, level, required: true });
      for (const id of alternatives) rules.push({ id, level, required: false });
    });
    const statuses = fc.array(fc.constantFrom<RuleStatus>('met', 'missing', 'not_applicable'), { minLength: rules.length, maxLength: rules.length });
    return fc.tuple(fc.constant(levels), fc.constant(rules), statuses);
  });

function results(rules: { id: string; level: LevelNumber; required: boolean }[], statuses: RuleStatus[]): RuleResult[] {
  return rules.map((r, i) => ({ id: r.id, title: r.id, level: r.level, status: statuses[i]!, required: r.required, negative: false, findings: [], hint: '' }));
}

describe('scoreDimension', () => {
  it('is cumulative: every level up to the score holds, the next one does not', () => {
    fc.assert(
      fc.property(dimension, ([levels, rules, statuses]) => {
        const rs = results(rules, statuses);
        const { level, next } = scoreDimension('testing', levels, rs);
        for (const l of LEVELS.filter((l) => l <= level)) expect(gapIsClosed(levelGap(l, levels[l], rs))).toBe(true);
        if (level < 4) expect(next && !gapIsClosed(next) && next.level === level + 1).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('never drops when a missing rule becomes met (more evidence)', () => {
    fc.assert(
      fc.property(dimension, fc.nat(), ([levels, rules, statuses], pick) => {
        const missing = statuses.flatMap((s, i) => (s === 'missing' ? [i] : []));
        fc.pre(missing.length > 0);
        const flipped = [...statuses];
        flipped[missing[pick % missing.length]!] = 'met';
        const before = scoreDimension('testing', levels, results(rules, statuses)).level;
        const after = scoreDimension('testing', levels, results(rules, flipped)).level;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('overallLevel', () => {
  it('is the lowest graded dimension, ignoring ones marked not applicable', () => {
    const dims = fc.array(fc.record({ level: fc.constantFrom<Level>(0, 1, 2, 3, 4), notApplicable: fc.boolean() }), { minLength: 1, maxLength: 7 });
    fc.assert(
      fc.property(dims, (ds) => {
        const input = ds.map((d) => ({ dimension: 'testing', rules: [], ...d }) as DimensionResult);
        const graded = ds.filter((d) => !d.notApplicable).map((d) => d.level);
        expect(overallLevel(input)).toBe(graded.length ? Math.min(...graded) : 0);
      }),
    );
  });
});
