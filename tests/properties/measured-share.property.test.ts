// Property: a measured share shown against its need reads the way the rule decided, for every count of modules.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needPercent, shareShown } from '../../src/detectors/test-breadth.js';

describe('the breadth share shown against the need', () => {
  it('is at least the need exactly when the share is, and never more than a tenth of a point off', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000 }), fc.integer({ min: 0, max: 50_000 }), fc.constantFrom(1 / 3, 0.25, 0.4, 0.5, 0.6), (modules, k, need) => {
        const share = Math.min(k, modules) / modules;
        const shown = shareShown(share, need);
        expect(shown >= needPercent(need)).toBe(share >= need);
        expect(share * 100 - shown).toBeGreaterThanOrEqual(-1e-6);
        expect(share * 100 - shown).toBeLessThan(1);
      }),
      { numRuns: 2000 },
    );
  });

  it('shows a near miss and an exact third as a reader would check them', () => {
    expect([shareShown(118 / 355, 1 / 3), needPercent(1 / 3)]).toEqual([33, 33.3]);
    expect(shareShown(1 / 3, 1 / 3)).toBe(33.3);
    expect(shareShown(0.16, 1 / 3)).toBe(16);
  });
});
