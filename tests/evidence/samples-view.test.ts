// Calibration round 25: a repository whose code all sits in sample folders (aspire-samples' samples/, testing-nestjs'
// apps/*-sample/) is graded with its samples read as the project, as its readers grade it, and the report names every
// file by its real path. A project with code of its own beside its samples keeps reading them as demos.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { grade } from '../../src/engine.js';
import { gradeMonorepo } from '../../src/monorepo/grade.js';
import { samplesViewOf, viewedInventory, withRealPaths } from '../../src/evidence/samples-view.js';
import { realPath, VIEW_MARK } from '../../src/evidence/viewed-path.js';
import { isScaffolding } from '../../src/evidence/file-sets.js';
import type { GradeReport } from '../../src/types.js';
import { cleanUp, writeRepo as repo } from '../detectors/repo.js';

afterAll(cleanUp);

/** One Express sample app: validated input, a logged error handler, helmet, and a few modules beside. */
const expressSample = (folder: string): Record<string, string> => ({
  [`${folder}/package.json`]: JSON.stringify({ name: path.basename(folder), dependencies: { express: '4', helmet: '7', zod: '3', pino: '9' } }),
  [`${folder}/src/main.ts`]: [
    "import express from 'express';",
    "import helmet from 'helmet';",
    "import { z } from 'zod';",
    "import pino from 'pino';",
    'const logger = pino();',
    'const app = express();',
    'app.use(helmet());',
    'const Order = z.object({ item: z.string().min(1) });',
    "app.post('/orders', (req, res) => {",
    '  const parsed = Order.safeParse(req.body);',
    '  if (!parsed.success) return res.status(400).json(parsed.error);',
    '  res.json(parsed.data);',
    '});',
    'app.use((err: Error, req: express.Request, res: express.Response, next: express.NextFunction) => {',
    "  logger.error({ err }, 'request failed');",
    '  res.status(500).end();',
    '});',
    'app.listen(3000);',
    '',
  ].join('\n'),
  ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`${folder}/src/part${i}.ts`, `export const part${i} = ${i};\n`])),
});

const COLLECTION = { 'README.md': '# Samples\n\nSample apps.\n', ...expressSample('apps/shop-sample'), ...expressSample('apps/cart-sample') };

const findingsOf = (report: GradeReport, id: string) => Object.values(report.dimensions).flatMap((d) => d.rules).find((r) => r.id === id)?.findings ?? [];

describe('the samples view', () => {
  it('is taken when every source file sits in sample folders, and names them', () => {
    const files = ['README.md', ...Array.from({ length: 6 }, (_, i) => `samples/a/m${i}.go`), ...Array.from({ length: 6 }, (_, i) => `samples/b/m${i}.go`)];
    expect(samplesViewOf(files)?.folders).toEqual(['samples/']);
    const nest = Array.from({ length: 12 }, (_, i) => `apps/${i % 2 ? 'shop' : 'cart'}-sample/src/m${i}.ts`);
    expect(samplesViewOf(nest)?.folders).toEqual(['apps/cart-sample/', 'apps/shop-sample/']);
  });

  it('is not taken for a project with code of its own, a handful of files, or a listing that has the mark already', () => {
    const samples = Array.from({ length: 12 }, (_, i) => `samples/a/m${i}.go`);
    expect(samplesViewOf([...samples, 'cmd/app/main.go'])).toBeUndefined();
    expect(samplesViewOf(samples.slice(0, 9))).toBeUndefined();
    expect(samplesViewOf([...samples, `docs/${VIEW_MARK}.md`])).toBeUndefined();
  });

  it('renames the sample folders so that nothing reads them as samples, reversibly, and keeps the files sorted', () => {
    const files = ['README.md', 'apps/shop-sample/src/a.ts', 'apps/shop-sample/src/b.ts', 'samples/Shop.Api/Program.cs', 'samples/examples/x.cs'];
    const inventory = viewedInventory({ root: '/r', files, notes: [] }, { folders: ['apps/shop-sample/', 'samples/'], note: { kind: 'samples-as-project', path: '.', message: 'm' } });
    expect(inventory.samplesViewed).toBe(true);
    expect(inventory.notes.map((n) => n.kind)).toEqual(['samples-as-project']);
    expect(inventory.files).toEqual([...inventory.files].sort());
    expect(inventory.files.map(realPath).sort()).toEqual([...files].sort());
    const viewed = inventory.files.filter((f) => f.includes(VIEW_MARK));
    expect(viewed).toHaveLength(4);
    // The sample folders themselves are no longer scaffolding; a sample folder inside a sample still is.
    expect(viewed.filter(isScaffolding)).toEqual([inventory.files.find((f) => f.endsWith('examples/x.cs'))]);
    // A folder name still reads as a word ([\w-]+), as service and package patterns read it.
    expect(inventory.files.find((f) => f.endsWith('src/a.ts'))).toMatch(/^apps\/[\w-]+\/src\/a\.ts$/);
  });

  it('gives a report back with real names in every string, nested or not', () => {
    const viewed = `s${VIEW_MARK}amples/Shop/Program.cs`;
    expect(withRealPaths({ a: [viewed, { b: `in ${viewed}` }], n: 1, t: true, z: null }, '/r')).toEqual({ a: ['samples/Shop/Program.cs', { b: 'in samples/Shop/Program.cs' }], n: 1, t: true, z: null });
    // The checkout's own path is this machine's, whatever folder above it is named; a package's root below it is viewed.
    const checkout = `/home/ci/${VIEW_MARK}/checkout`;
    expect(withRealPaths({ root: checkout, packages: [{ report: { root: `${checkout}/${viewed.slice(0, viewed.lastIndexOf('/'))}` } }] }, checkout)).toEqual({ root: checkout, packages: [{ report: { root: `${checkout}/samples/Shop` } }] });
  });
});

describe('a collection of samples graded as the project', () => {
  it('counts the samples\' validation, error logging and security headers, each cited at its real path', async () => {
    const report = await grade(repo(COLLECTION), { config: false });
    expect(report.notes[0]).toMatchObject({ kind: 'samples-as-project', path: '.' });
    for (const id of ['security.input-validation', 'monitoring.error-logging']) {
      const files = findingsOf(report, id).map((f) => f.file);
      expect(files, id).toContain('apps/shop-sample/src/main.ts');
    }
    // Nothing the grade saw under a marked name reaches the report.
    expect(JSON.stringify(report)).not.toContain(VIEW_MARK);
  });

  it('reads them as demos when the project has code of its own', async () => {
    const report = await grade(repo({ ...COLLECTION, 'src/index.ts': 'export const own = 1;\n' }), { config: false });
    expect(report.notes.some((n) => n.kind === 'samples-as-project')).toBe(false);
    for (const id of ['security.input-validation', 'monitoring.error-logging']) expect(findingsOf(report, id).filter((f) => f.file.startsWith('apps/')), id).toEqual([]);
  });

  it('parses the samples in the main thread as in the parse worker', async () => {
    const dir = repo(COLLECTION);
    const inWorker = await grade(dir, { config: false });
    process.env.LEVELGATE_PARSE_WORKER = '0';
    try {
      const inMain = await grade(dir, { config: false });
      expect(inMain.dimensions).toEqual(inWorker.dimensions);
      expect(inMain.stats.filesParsed).toBeGreaterThan(0);
    } finally {
      delete process.env.LEVELGATE_PARSE_WORKER;
    }
  });

  it('applies a suppression and an ignore written with the real paths', async () => {
    const config = 'version: 1\nsuppress:\n  - rule: monitoring.error-logging\n    paths: ["apps/shop-sample/**"]\n    reason: "a demo handler"\nignore:\n  - "apps/cart-sample/**"\n';
    const report = await grade(repo({ ...COLLECTION, '.levelgate.yml': config }));
    expect(report.notes[0]).toMatchObject({ kind: 'samples-as-project', path: 'apps/shop-sample' });
    expect(findingsOf(report, 'monitoring.error-logging').map((f) => f.file)).toEqual([]);
    expect(findingsOf(report, 'security.input-validation').map((f) => f.file)).toContain('apps/shop-sample/src/main.ts');
    const cited = Object.values(report.dimensions).flatMap((d) => d.rules.flatMap((r) => r.findings.map((f) => f.file)));
    expect(cited.filter((f) => f.startsWith('apps/cart-sample/'))).toEqual([]);
    expect(cited).toContain('apps/shop-sample/src/main.ts');
  });

  it('names packages and findings by their real paths in monorepo mode', async () => {
    const result = await gradeMonorepo(repo({ ...COLLECTION, 'package.json': JSON.stringify({ name: 'samples', private: true, workspaces: ['apps/*'] }) }), { config: false });
    expect(result.packages.map((p) => p.path)).toEqual(['apps/cart-sample', 'apps/shop-sample']);
    expect(result.packages.map((p) => p.report.root.slice(result.whole.root.length))).toEqual(['/apps/cart-sample', '/apps/shop-sample']);
    expect(JSON.stringify(result)).not.toContain(VIEW_MARK);
    expect(findingsOf(result.whole, 'security.input-validation').map((f) => f.file)).toContain('apps/cart-sample/src/main.ts');
  });
});
