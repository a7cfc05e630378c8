// TS/JS facts are parsed on demand: only files that quote a module (or name a callee) a rule asks about, and
// the parse keeps its meaning: a commented-out or unused import does not count as use.
import { afterAll, describe, expect, it } from 'vitest';
import { ParserNotLoaded } from '../../src/evidence/index.js';
import { cleanUp, evidenceOf } from '../detectors/repo.js';

afterAll(cleanUp);

describe('evidence parsed on demand', () => {
  it('parses nothing until asked, then only the files that quote the module', async () => {
    const evidence = await evidenceOf({
      'src/a.ts': "import helmet from 'helmet';\nexport const app = helmet();\n",
      'src/b.ts': "// import helmet from 'helmet';\nexport const b = 1; // helmet is mentioned here, unquoted\n",
      'src/c.ts': "import { z } from 'zod';\nexport const s = z.string();\n",
    });
    expect(evidence.stats.filesParsed).toBe(0);
    const imports = [...evidence.importsIn(['helmet'])];
    expect(imports.map((i) => [i.file, i.module, i.used])).toEqual([['src/a.ts', 'helmet', true]]);
    // b.ts quotes it in a comment: a candidate, parsed, and the parse finds no import there. c.ts is never parsed.
    expect([...evidence.parsedFiles]).toEqual(['src/a.ts', 'src/b.ts']);
  });

  it('keeps the parse semantics: a commented-out import is no import, an unused one is not used', async () => {
    const evidence = await evidenceOf({
      'src/commented.ts': "/* import pino from 'pino'; */\nexport const x = 1;\n",
      'src/unused.ts': "import pino from 'pino';\nexport const y = 2;\n",
      'src/used.js': "const pino = require('pino');\nmodule.exports = pino();\n",
    });
    const found = [...evidence.importsIn(['pino'])].map((i) => [i.file, i.used]);
    expect(found).toEqual([
      ['src/unused.ts', false],
      ['src/used.js', true],
    ]);
  });

  it('sees a dynamic import() as a call named import, and decorators by name', async () => {
    const evidence = await evidenceOf({
      'src/lazy.ts': "export const load = () => import('./heavy.js');\n",
      'src/plain.ts': 'export const important = 1;\n',
      'src/ctl.ts': "@Roles('admin')\nexport class Ctl {}\nfunction Roles(r: string) { return (c: unknown) => c; }\n",
    });
    expect([...evidence.callsIn(['import'])].filter((c) => c.callee === 'import').map((c) => c.file)).toEqual(['src/lazy.ts']);
    expect([...evidence.decoratorsIn(['Roles'])].map((d) => d.name)).toEqual(['Roles']);
    expect(evidence.parsedFiles.has('src/plain.ts')).toBe(false);
  });

  it('asks for the parser only when a file must be parsed, and goes on once it is loaded', async () => {
    const evidence = await evidenceOf(
      {
        'src/a.ts': "import helmet from 'helmet';\nexport const app = helmet();\n",
        'src/unused.ts': "import pino from 'pino';\nexport const y = 2;\n",
        'app/main.py': 'import redis\n',
      },
      { parser: false },
    );
    // Other languages' imports, and a TS import the text proves unused, need no parser.
    expect([...evidence.importsIn(['redis'])].map((i) => i.module)).toEqual(['redis']);
    expect([...evidence.importsIn(['pino'], { usedOnly: true })]).toEqual([]);
    expect(() => [...evidence.importsIn(['helmet'])]).toThrow(ParserNotLoaded);
    await evidence.loadParser();
    expect([...evidence.importsIn(['helmet'])].map((i) => [i.file, i.used])).toEqual([['src/a.ts', true]]);
  });

  it('parses a file indexed under the module\'s first segment only when it quotes the module itself', async () => {
    const evidence = await evidenceOf({
      'src/common.ts': "import { Module } from '@nestjs/common';\nexport class AppModule extends Module {}\n",
      // A comment between from and the specifier: the text still quotes the module, so it is parsed.
      'src/jobs.ts': "import { Module } from '@nestjs/common';\nimport { ScheduleModule } from // the scheduler\n  '@nestjs/schedule';\nexport const m = [Module, ScheduleModule];\n",
    });
    const found = [...evidence.importsIn(['@nestjs/schedule'])].filter((i) => i.module === '@nestjs/schedule').map((i) => [i.file, i.used]);
    expect(found).toEqual([['src/jobs.ts', true]]);
    expect(evidence.parsedFiles.has('src/common.ts')).toBe(false);
  });

  it('skips the files a caller drops (where) before parsing them, and gives the same facts of the rest', async () => {
    const files = {
      'examples/demo/app.ts': "import helmet from 'helmet';\nexport const demo = helmet();\n",
      'src/app.ts': "import helmet from 'helmet';\nexport const app = helmet();\n@Roles('admin')\nexport class Ctl {}\n",
      'src/other.ts': "import helmet from 'helmet';\nhelmet.use();\n@Roles('x')\nexport class Other {}\n",
    };
    const all = await evidenceOf(files);
    const filtered = await evidenceOf(files);
    const notExamples = (f: string) => !f.startsWith('examples/');
    const keep = <T extends { file: string }>(facts: Iterable<T>) => [...facts].filter((f) => notExamples(f.file));
    expect([...filtered.importsIn(['helmet'], { where: notExamples })]).toEqual(keep(all.importsIn(['helmet'])));
    expect([...filtered.callsIn(['*.use'], notExamples)]).toEqual(keep(all.callsIn(['*.use'])));
    expect([...filtered.decoratorsIn(['Roles'], (f) => f === 'src/app.ts')].map((d) => d.file)).toEqual(['src/app.ts']);
    expect(filtered.parsedFiles.has('examples/demo/app.ts')).toBe(false);
    expect(all.parsedFiles.has('examples/demo/app.ts')).toBe(true);
  });

  it('reads the imports of other languages without a parser', async () => {
    const evidence = await evidenceOf({ 'app/main.py': 'import redis\n# import celery\n', 'go.mod': 'module x\n' });
    expect([...evidence.importsIn(['redis', 'celery'])].map((i) => i.module)).toEqual(['redis']);
    expect(evidence.stats.filesParsed).toBe(0);
  });
});
