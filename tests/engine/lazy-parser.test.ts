// TypeScript is loaded at the first rule that needs a file parsed: the evidence throws ParserNotLoaded, the engine
// loads the parser (with a parse worker: has it start loading, Evidence.prepareParser, and puts the rule off while
// the rules after it that need none go on) and evaluates the rule with it. The grade is the one a loaded parser
// gives, and the rules finished before the load are not evaluated again.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectOptionsFor, planGrading, scoreEvidence } from '../../src/engine.js';
import { collectEvidence, ParserNotLoaded, type Evidence } from '../../src/evidence/index.js';
import { listRepository } from '../../src/inventory/list.js';
import type { Catalog } from '../../src/rules/load.js';
import type { Rule } from '../../src/rules/schema.js';
import { cleanUp, evidenceOf, shippedCatalog } from '../detectors/repo.js';

afterAll(cleanUp);

const fixtures = path.join(import.meta.dirname, '..', 'fixtures');
const roots = readdirSync(fixtures).filter((name) => statSync(path.join(fixtures, name)).isDirectory());

describe('the parser loaded at first need', () => {
  it.each(roots)('grades %s as a parser loaded up front does', async (name) => {
    const root = path.join(fixtures, name);
    const plan = await planGrading(root, { config: false });
    const inventory = await listRepository(root, { ignore: plan.ignore });
    const options = collectOptionsFor(plan.catalog);
    const lazy = await collectEvidence(inventory, options);
    const eager = await collectEvidence(inventory, options);
    await eager.loadParser();
    expect(await scoreEvidence(lazy, plan)).toEqual(await scoreEvidence(eager, plan));
  });

  // With a parse worker the rule that needs the parser is put off while the worker loads it (prepareParser), until
  // the worker has it (parserSettled), then evaluated before the rules after it; without one it is loaded at once.
  it.each([
    ['without a worker: loaded at once, in place', 'none', ['load', 'license']],
    ['while the worker loads it: put off, the next rule evaluated first', 'loading', ['prepare', 'license', 'load']],
    ['once the worker has it: caught up before the next rule', 'settled', ['prepare', 'load', 'license']],
  ] as const)('throws, loads, and evaluates the rule that needed it (%s), without evaluating the finished rules again', async (_, worker, order) => {
    const evidence = await evidenceOf(
      {
        'README.md': '# Tool\n\nRun it.\n',
        LICENSE: 'MIT License\n',
        'src/app.ts': "import helmet from 'helmet';\nexport const app = helmet();\n",
        'package.json': JSON.stringify({ name: 'tool', dependencies: { helmet: '7' } }),
      },
      { parser: false },
    );
    const shipped = await shippedCatalog();
    const rule = (id: string, evidence: Rule['evidence']): Rule => ({ id, dimension: 'security', level: 1, title: id, hint: id, evidence });
    // A text rule, a rule that needs src/app.ts parsed, and another text rule, in one dimension.
    const readme = rule('a.readme', [{ text: 'Run it', in: ['**/*.md'] }]);
    const helmet = rule('b.helmet', [{ imports: ['helmet'] }]);
    const license = rule('c.license', [{ text: 'MIT License', in: ['LICENSE'] }]);
    const catalog: Catalog = { ...shipped, rules: [readme, helmet, license] };
    expect(() => [...evidence.importsIn(['helmet'])]).toThrow(ParserNotLoaded);

    const reads = new Map<string, number>();
    const events: string[] = [];
    let prepared = false;
    const counted: Evidence = {
      ...evidence,
      text: (file) => {
        reads.set(file, (reads.get(file) ?? 0) + 1);
        if (file === 'LICENSE') events.push('license');
        return evidence.text(file);
      },
      loadParser: async () => (events.push('load'), evidence.loadParser()),
      ...(worker === 'none' ? {} : { prepareParser: () => ((prepared = true), events.push('prepare')), parserSettled: () => worker === 'settled' && prepared }),
    };
    const report = await scoreEvidence(counted, { catalog, overrides: {}, notApplicable: [] });
    expect(report.dimensions.security.rules.map((r) => [r.id, r.status])).toEqual([
      ['a.readme', 'met'],
      ['b.helmet', 'met'],
      ['c.license', 'met'],
    ]);
    // The README rule ran once, before the parser was needed.
    expect(reads.get('README.md')).toBe(1);
    expect(events).toEqual(order);
    expect(evidence.parsedFiles.has('src/app.ts')).toBe(true);
  });
});
