// TypeScript is loaded at the first rule that needs a file parsed: the evidence throws ParserNotLoaded, the engine
// puts the rule off, has the parser start loading (Evidence.prepareParser), goes on with the rules that need none,
// then loads the parser and evaluates the rules it put off. The grade is the one a loaded parser gives, and the rules
// finished before the load are not evaluated again.
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

  it('throws, puts the rule off until the others are done, loads, and evaluates it then, without evaluating the finished rules again', async () => {
    const evidence = await evidenceOf(
      {
        'README.md': '# Tool\n\nRun it.\n',
        'src/app.ts': "import helmet from 'helmet';\nexport const app = helmet();\n",
        'package.json': JSON.stringify({ name: 'tool', dependencies: { helmet: '7' } }),
      },
      { parser: false },
    );
    const shipped = await shippedCatalog();
    const rule = (id: string, evidence: Rule['evidence']): Rule => ({ id, dimension: 'security', level: 1, title: id, hint: id, evidence });
    // A text rule, a rule that needs src/app.ts parsed, and another rule, in one dimension.
    const readme = rule('a.readme', [{ text: 'Run it', in: ['**/*.md'] }]);
    const helmet = rule('b.helmet', [{ imports: ['helmet'] }]);
    const license = rule('c.license', [{ files: ['LICENSE'] }]);
    const catalog: Catalog = { ...shipped, rules: [readme, helmet, license] };
    expect(() => [...evidence.importsIn(['helmet'])]).toThrow(ParserNotLoaded);

    const reads = new Map<string, number>();
    const events: string[] = [];
    let loads = 0;
    const counted: Evidence = {
      ...evidence,
      text: (file) => (reads.set(file, (reads.get(file) ?? 0) + 1), evidence.text(file)),
      // The license rule looks for its file by name: the file list, asked for after the parse was put off.
      get files() {
        events.push('files');
        return evidence.files;
      },
      prepareParser: () => events.push('prepare'),
      loadParser: async () => (loads++, events.push('load'), evidence.loadParser()),
    };
    const report = await scoreEvidence(counted, { catalog, overrides: {}, notApplicable: [] });
    expect(loads).toBe(1);
    expect(report.dimensions.security.rules.map((r) => [r.id, r.status])).toEqual([
      ['a.readme', 'met'],
      ['b.helmet', 'met'],
      ['c.license', 'missing'],
    ]);
    // The README rule ran once, before the parser was loaded; the license rule ran while it loaded, the helmet rule after.
    expect(reads.get('README.md')).toBe(1);
    expect(events.filter((e) => e !== 'files')).toEqual(['prepare', 'load']);
    expect(events.slice(events.indexOf('prepare'), events.indexOf('load'))).toContain('files');
    expect(evidence.parsedFiles.has('src/app.ts')).toBe(true);
  });
});
