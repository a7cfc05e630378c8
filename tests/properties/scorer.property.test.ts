// Properties of the scorer: levels are cumulative, evidence never lowers a level, overall is the minimum.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LevelSpec } from '../../src/rules/schema.js';
import { gapIsClosed, levelGap, nothingApplies, overallLevel, scoreDimension } from '../../src/score/levels.js';
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
  it('is cumulative with strict gates: every level up to the score holds, the next one does not', () => {
    fc.assert(
      fc.property(dimension, ([levels, rules, statuses]) => {
        const rs = results(rules, statuses);
        const { level, next } = scoreDimension('testing', levels, rs, { strictGates: true });
        for (const l of LEVELS.filter((l) => l <= level)) expect(gapIsClosed(levelGap(l, levels[l], rs))).toBe(true);
        // Levels between the score and the one that fails are levels where nothing applies: they let it through.
        const stop = next?.level ?? 5;
        if (next) expect(gapIsClosed(next)).toBe(false);
        for (const l of LEVELS.filter((l) => l > level && l < stop)) expect(nothingApplies(l, rs)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('by default, L1 holds or each L1 headline it lacks is said "not seen", with L2 and up to the score holding', () => {
    fc.assert(
      fc.property(dimension, ([levels, rules, statuses]) => {
        const rs = results(rules, statuses);
        const scored = scoreDimension('testing', levels, rs);
        const strict = scoreDimension('testing', levels, rs, { strictGates: true });
        if (!scored.notSeen) {
          expect(scored.level).toBe(strict.level);
          return;
        }
        // Only an L0 under strict gates is lifted, to L2 or above, and only by L1 headlines, each flagged.
        expect(strict.level).toBe(0);
        expect(scored.level).toBeGreaterThanOrEqual(2);
        const gap = levelGap(1, levels[1], rs);
        expect(scored.notSeen).toEqual(gap.requiredMissing);
        expect(gap.alternativesNeeded).toBe(0);
        for (const id of scored.notSeen) expect(scored.rules.find((r) => r.id === id)).toMatchObject({ status: 'missing', notSeen: true });
        const taken = rs.map((r) => (scored.notSeen!.includes(r.id) ? { ...r, status: 'met' as const } : r));
        for (const l of LEVELS.filter((l) => l <= scored.level)) expect(gapIsClosed(levelGap(l, levels[l], taken))).toBe(true);
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

describe('levels where nothing applies', () => {
  it('never become the score: a dimension is raised only by a level that evidence holds', () => {
    fc.assert(
      fc.property(dimension, ([levels, rules, statuses]) => {
        const rs = results(rules, statuses);
        const { level } = scoreDimension('testing', levels, rs);
        if (level > 0) expect(nothingApplies(level as LevelNumber, rs)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('let the next level through: L1 not applicable and L2 met is L2; L1 not applicable and L2 missing is L0', () => {
    const levels = { 1: { required: ['m.errors'], atLeast: 0 }, 2: { required: ['m.library'], atLeast: 0 }, 3: { required: ['m.metrics'], atLeast: 0 }, 4: { required: [], atLeast: 2 } } as Record<LevelNumber, LevelSpec>;
    const rule = (id: string, level: LevelNumber, status: RuleStatus): RuleResult => ({ id, title: id, level, status, required: level < 4, negative: false, findings: [], hint: '' });
    const base = [rule('m.metrics', 3, 'missing'), rule('m.alerts', 4, 'missing')];
    expect(scoreDimension('monitoring', levels, [rule('m.errors', 1, 'not_applicable'), rule('m.library', 2, 'met'), ...base]).level).toBe(2);
    expect(scoreDimension('monitoring', levels, [rule('m.errors', 1, 'not_applicable'), rule('m.library', 2, 'missing'), ...base]).level).toBe(0);
    expect(scoreDimension('monitoring', levels, [rule('m.errors', 1, 'met'), rule('m.library', 2, 'not_applicable'), ...base]).level).toBe(1);
  });

  it('an L3 of alternatives that all do not apply does not lift an L2 dimension to L3', () => {
    const levels = { 1: { required: ['a.manifest'], atLeast: 0 }, 2: { required: [], atLeast: 2 }, 3: { required: [], atLeast: 2 }, 4: { required: [], atLeast: 2 } } as Record<LevelNumber, LevelSpec>;
    const rule = (id: string, level: LevelNumber, status: RuleStatus): RuleResult => ({ id, title: id, level, status, required: false, negative: false, findings: [], hint: '' });
    const rs = [rule('a.manifest', 1, 'met'), rule('a.layers', 2, 'met'), rule('a.schema', 2, 'not_applicable'), rule('a.services', 3, 'not_applicable'), rule('a.broker', 3, 'not_applicable'), rule('a.iac', 4, 'missing')];
    expect(scoreDimension('architecture', levels, rs).level).toBe(2);
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
