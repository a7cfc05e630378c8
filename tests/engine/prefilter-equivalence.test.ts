// The literal prefilter only saves time: every fixture grades to the same levels, rules and findings (file and
// line) with it as without it.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectOptionsFor, planGrading, scoreEvidence } from '../../src/engine.js';
import { collectEvidence } from '../../src/evidence/index.js';
import { listRepository } from '../../src/inventory/list.js';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures');
const roots = readdirSync(fixtures).filter((name) => statSync(path.join(fixtures, name)).isDirectory());

describe('the literal prefilter', () => {
  it.each(roots)('leaves the grade of %s unchanged', async (name) => {
    const root = path.join(fixtures, name);
    const plan = await planGrading(root, { config: false });
    const inventory = await listRepository(root, { ignore: plan.ignore });
    const options = collectOptionsFor(plan.catalog);
    expect(options.textPatterns!.length).toBeGreaterThan(50);
    const filtered = await scoreEvidence(await collectEvidence(inventory, options), plan);
    const unfiltered = await scoreEvidence(await collectEvidence(inventory, { ...options, textPatterns: [] }), plan);
    expect(filtered).toEqual(unfiltered);
  });
});

describe('Evidence.mayMatch', () => {
  it('rules a file out only when it lacks every literal of a known pattern', async () => {
    const { evidenceOf, cleanUp } = await import('../detectors/repo.js');
    const evidence = await evidenceOf({
      'app.py': 'from fastapi import FastAPI\napp = FASTAPI (\n',
      'main.py': 'app = FastAPI(title="x")\n',
    });
    expect(evidence.mayMatch('app.py', 'FastAPI\\(')).toBe(false); // "fastapi(" nowhere, in any case
    expect(evidence.mayMatch('main.py', 'FastAPI\\(')).toBe(true);
    expect(evidence.mayMatch('app.py', 'not a shipped (pattern')).toBe(true); // unknown: may match
    expect(evidence.mayMatch('missing.py', 'FastAPI\\(')).toBe(false);
    cleanUp();
  });
});
