// The parse worker (src/evidence/parse-worker.ts) loads TypeScript and parses on a second thread; the rules must see
// exactly the facts the main thread would have made, and a worker that cannot start, dies, stalls or read another
// text must leave the main thread to parse. Run from the sources, tsx compiles the worker's entry in its thread.
import nodeModule from 'node:module';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { collectOptionsFor, grade, planGrading, scoreEvidence } from '../../src/engine.js';
import { collectEvidence, ParserNotLoaded, type CollectOptions, type Evidence } from '../../src/evidence/index.js';
import { extractJsFacts } from '../../src/evidence/js-facts.js';
import { languageOf, isSourceFile } from '../../src/evidence/languages.js';
import { ParseWorker, type ParseWorkerOptions } from '../../src/evidence/parse-client.js';
import { wholeWordFilter } from '../../src/evidence/parse-filter.js';
import { FileReader } from '../../src/inventory/read.js';
import { listRepository } from '../../src/inventory/list.js';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures');
const fromSources: ParseWorkerOptions = { entry: pathToFileURL(path.join(import.meta.dirname, 'parse-worker-from-sources.mjs')) };
const roots = readdirSync(fixtures).filter((name) => statSync(path.join(fixtures, name)).isDirectory());
const scratch = mkdtempSync(path.join(tmpdir(), 'levelgate-parse-worker-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/**
 * Every fact the evidence can give: all calls and decorators of every TS/JS file, the imports of the parse words.
 * Asked as the engine asks: when the evidence needs the parser (ParserNotLoaded), load it and ask again.
 */
async function allFacts(evidence: Evidence, words: readonly string[]) {
  for (;;) {
    try {
      const facts = {
        calls: [...evidence.callsIn(['/any/'])],
        decorators: [...evidence.decoratorsIn(['/any/'])],
        imports: [...evidence.importsIn(words)],
        parsed: [...evidence.parsedFiles],
        notes: evidence.notes.filter((n) => n.kind === 'parse-error'),
      };
      evidence.stopParsing?.();
      return facts;
    } catch (error) {
      if (!(error instanceof ParserNotLoaded)) throw error;
      await evidence.loadParser();
    }
  }
}

async function collect(root: string, parseWorker: CollectOptions['parseWorker']) {
  const plan = await planGrading(root, { config: false });
  const inventory = await listRepository(root, { ignore: plan.ignore });
  const options = { ...collectOptionsFor(plan.catalog), parseWorker };
  return { plan, options, evidence: await collectEvidence(inventory, options) };
}

/** A worker entry written for a test: `body` runs with `post(message)` and `input` (the WorkerInput). */
function stubWorker(name: string, body: string): URL {
  const file = path.join(scratch, `${name}.mjs`);
  writeFileSync(
    file,
    [
      "import { workerData } from 'node:worker_threads';",
      'const input = workerData;',
      'const signal = new Int32Array(input.signal);',
      'const post = (m) => { input.port.postMessage(m); Atomics.add(signal, 0, 1); Atomics.notify(signal, 0); };',
      body,
    ].join('\n'),
  );
  return pathToFileURL(file);
}

const files = {
  'src/app.ts': "import express from 'express';\nimport helmet from 'helmet';\nconst app = express();\napp.use(helmet());\napp.listen(3000);\n",
  'src/broken.ts': "import helmet from 'helmet';\nexport const x = helmet(\n",
  'src/worker.js': "const pino = require('pino');\nconst log = pino();\nlog.info('up');\n",
  'src/plain.ts': 'export const nothing = 1;\n',
};

/** A small repository: three files worth parsing (one with a syntax error), one not. */
function writeRepository(name: string): string {
  const root = path.join(scratch, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** The fixtures with TS/JS files (the others start no worker). */
const jsRoots = roots.filter((name) =>
  readdirSync(path.join(fixtures, name), { recursive: true }).some((f) => /\.(?:[cm]?[jt]s|[jt]sx)$/.test(String(f)) && !String(f).includes('node_modules')),
);

describe('the parse worker', () => {
  it.each([false, true])('posts, for every file asked (speculating: %s), the facts the main thread makes of it', async (speculate) => {
    const root = path.join(fixtures, 'l4-platform');
    const plan = await planGrading(root, { config: false });
    const words = collectOptionsFor(plan.catalog).parseWords;
    const inventory = await listRepository(root, { ignore: plan.ignore });
    const js = inventory.files.filter((f) => isSourceFile(f) && languageOf(f) === 'js');
    const reader = new FileReader(root, []);
    await reader.readAll(js);
    const worth = wholeWordFilter(words);
    const expected = js.filter((f) => worth(reader.cached(f) ?? ''));
    expect(expected.length).toBeGreaterThan(5);
    const worker = ParseWorker.start(root, js, words, { ...fromSources, speculate })!;
    expect(await worker.whenReady()).toBe(true);
    // Asked in reverse order (speculating, the worker parses ahead in listing order): every one answered.
    for (const file of [...expected].reverse()) {
      const text = reader.cached(file)!;
      expect(worker.take(file, text), file).toEqual({ facts: extractJsFacts(file, text) });
    }
    // A text other than the one on disk (a file changed since the worker read it) gets the facts of that text.
    const changed = `${reader.cached(expected[0]!)!}\nexport const added = helper();\n`;
    expect(worker.take(expected[0]!, changed)).toEqual({ facts: extractJsFacts(expected[0]!, changed) });
    worker.stop();
    expect(worker.endedBecause).toBe('stopped');
  });

  it("is given the main thread's compile-cache folder when the main thread has the cache on (Node's covers one thread)", async () => {
    const runtime = nodeModule as { getCompileCacheDir?: () => string | undefined };
    const own = Object.getOwnPropertyDescriptor(runtime, 'getCompileCacheDir');
    const says = stubWorker('says-cache', "post({ kind: 'failed', message: `cache: ${input.compileCache}` });");
    try {
      runtime.getCompileCacheDir = () => '/cache/of/the/main/thread';
      const on = ParseWorker.start(scratch, ['src/app.ts'], ['express'], { entry: says })!;
      expect(await on.whenReady()).toBe(false);
      expect(on.endedBecause).toBe('the parse worker failed: cache: /cache/of/the/main/thread');
      runtime.getCompileCacheDir = () => undefined;
      const off = ParseWorker.start(scratch, ['src/app.ts'], ['express'], { entry: says })!;
      expect(await off.whenReady()).toBe(false);
      expect(off.endedBecause).toBe('the parse worker failed: cache: undefined');
    } finally {
      if (own) Object.defineProperty(runtime, 'getCompileCacheDir', own);
      else delete runtime.getCompileCacheDir;
    }
  });

  it('started before the listing (as a grade starts it), answers for the files it is told of later', async () => {
    const root = path.join(fixtures, 'l4-platform');
    const take = vi.spyOn(ParseWorker.prototype, 'take');
    const launched = ParseWorker.launch(fromSources)!;
    const early = await collect(root, launched);
    const inMain = await collect(root, false);
    expect(await scoreEvidence(early.evidence, early.plan)).toEqual(await scoreEvidence(inMain.evidence, inMain.plan));
    const words = inMain.options.parseWords;
    expect(await allFacts(early.evidence, words)).toEqual(await allFacts(inMain.evidence, words));
    expect(inMain.evidence.stats.filesParsed).toBeGreaterThan(0);
    expect(take.mock.results.filter((r) => r.type === 'return' && r.value !== undefined).length).toBe(early.evidence.stats.filesParsed);
  });

  it('started before the listing, is stopped when the listing shows no TS/JS file', async () => {
    const launched = ParseWorker.launch(fromSources)!;
    const { evidence } = await collect(path.join(fixtures, 'go-l1-cli'), launched);
    expect(evidence.stopParsing).toBeUndefined();
    expect(launched.endedBecause).toBe('no TS/JS file to parse');
  });

  it('started by a grade, is stopped when the grade fails before the listing', async () => {
    const launched = recordLaunches();
    const root = writeRepository('bad-config');
    writeFileSync(path.join(root, 'package.json'), '{"name": "bad-config"}');
    writeFileSync(path.join(root, '.levelgate.yml'), 'target: [not, a, level\n');
    await expect(grade(root)).rejects.toThrow();
    expect(launched).toHaveLength(1);
    expect(launched[0]!.endedBecause).toBe('stopped');
  });

  it('is started by a grade before the listing only when a package.json at the root makes TS/JS files likely', async () => {
    const launched = recordLaunches();
    const report = await grade(path.join(fixtures, 'go-l1-cli'), { config: false });
    expect(launched).toHaveLength(0);
    expect(report.stats.filesParsed).toBe(0);
    // Launched once, before the listing, and used: no second worker is started for the TS/JS files listed.
    const parsing = await grade(path.join(fixtures, 'l2-api'), { config: false });
    expect(launched).toHaveLength(1);
    expect(parsing.stats.filesParsed).toBeGreaterThan(0);
    expect(launched[0]!.endedBecause).toBe('stopped');
  });

  it('extracts a large CI configuration first, with the commands and notes the main thread makes of it', async () => {
    const root = writeRepository('large-ci');
    const steps = Array.from({ length: 400 }, (_, i) => `      - name: step ${i}\n        run: npm run task-${i % 7} -- --shard ${i}\n`).join('');
    mkdirSync(path.join(root, '.github', 'workflows'), { recursive: true });
    writeFileSync(path.join(root, '.github', 'workflows', 'ci.yml'), `on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`);
    writeFileSync(path.join(root, '.github', 'workflows', 'broken.yml'), 'on: [push\njobs: {\n');
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ scripts: { 'task-1': 'vitest run' } }));
    const outcomes = vi.spyOn(ParseWorker.prototype, 'ciOutcomes');
    const inWorker = await collect(root, fromSources);
    const inMain = await collect(root, false);
    inWorker.evidence.stopParsing?.();
    expect(inMain.evidence.ci.length).toBe(400);
    expect(inWorker.evidence.ci).toEqual(inMain.evidence.ci);
    expect(inWorker.evidence.notes).toEqual(inMain.evidence.notes);
    expect(inMain.evidence.notes.some((n) => n.path === '.github/workflows/broken.yml')).toBe(true);
    // The worker, not the main thread, extracted both files (the broken one's message included).
    const answered = outcomes.mock.results[0]!.value as ReadonlyMap<string, { commands?: unknown[]; error?: string }>;
    expect([...answered.keys()].sort()).toEqual(['.github/workflows/broken.yml', '.github/workflows/ci.yml']);
    expect(answered.get('.github/workflows/ci.yml')!.commands).toHaveLength(400);
    expect(answered.get('.github/workflows/broken.yml')!.error).toBeTruthy();
  });

  it('leaves a small CI configuration to the main thread, without waiting for the worker', async () => {
    const root = writeRepository('small-ci');
    mkdirSync(path.join(root, '.github', 'workflows'), { recursive: true });
    writeFileSync(path.join(root, '.github', 'workflows', 'ci.yml'), 'on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n');
    const outcomes = vi.spyOn(ParseWorker.prototype, 'ciOutcomes');
    const inWorker = await collect(root, fromSources);
    inWorker.evidence.stopParsing?.();
    expect(outcomes).not.toHaveBeenCalled();
    expect(inWorker.evidence.ci).toEqual((await collect(root, false)).evidence.ci);
    expect(inWorker.evidence.ci.map((c) => c.text)).toEqual(['npm test']);
  });

  it('loads TypeScript at once for a small repository, and in a larger one only when a rule first needs a parse', async () => {
    const root = writeRepository('load-when-needed');
    const accept = vi.spyOn(ParseWorker.prototype as unknown as { accept: (m: { kind: string }) => void }, 'accept');
    const ready = (worker: ParseWorker) => accept.mock.contexts.some((c, i) => c === worker && accept.mock.calls[i]![0].kind === 'ready');
    const started = performance.now();
    const atOnce = ParseWorker.start(root, ['src/app.ts'], ['express'], fromSources, [], true)!;
    await vi.waitFor(() => expect(ready(atOnce)).toBe(true), { timeout: 60_000, interval: 20 });
    const loadMs = performance.now() - started;
    atOnce.stop();
    // Told the files without loadAtOnce, it reads them and waits: twice the time the load took, and no TypeScript.
    const later = ParseWorker.start(root, ['src/app.ts'], ['express'], fromSources)!;
    await new Promise((resolve) => setTimeout(resolve, 2 * loadMs + 200));
    expect(ready(later)).toBe(false);
    later.prepare();
    await vi.waitFor(() => expect(ready(later)).toBe(true), { timeout: 60_000, interval: 20 });
    expect(later.take('src/app.ts', files['src/app.ts'])).toEqual({ facts: extractJsFacts('src/app.ts', files['src/app.ts']) });
    later.stop();
    // A file asked for before 'load' loads it too (whenReady asks first, as the engine does).
    const asked = ParseWorker.start(root, ['src/app.ts'], ['express'], fromSources)!;
    expect(asked.take('src/app.ts', files['src/app.ts'])).toEqual({ facts: extractJsFacts('src/app.ts', files['src/app.ts']) });
    asked.stop();
  });

  it('loads no TypeScript when no file is worth parsing', async () => {
    const root = writeRepository('nothing-to-parse');
    const worker = ParseWorker.start(root, ['src/plain.ts'], ['express'], fromSources)!;
    expect(await worker.whenReady()).toBe(false);
    expect(worker.endedBecause).toBe('no file is worth parsing');
  });

  it.each(jsRoots)('gives the rules of %s the same grade, facts and parse notes as parsing in the main thread', async (name) => {
    const root = path.join(fixtures, name);
    const take = vi.spyOn(ParseWorker.prototype, 'take');
    const inWorker = await collect(root, fromSources);
    const inMain = await collect(root, false);
    expect(await scoreEvidence(inWorker.evidence, inWorker.plan)).toEqual(await scoreEvidence(inMain.evidence, inMain.plan));
    // The worker, not a fallback, answered whatever the rules had parsed.
    const answered = () => take.mock.results.filter((r) => r.type === 'return' && r.value !== undefined).length;
    expect(answered()).toBe(inMain.evidence.stats.filesParsed);
    const words = inMain.options.parseWords;
    expect(await allFacts(inWorker.evidence, words)).toEqual(await allFacts(inMain.evidence, words));
    expect(answered()).toBe(inMain.evidence.stats.filesParsed);
  });
});

describe('when the parse worker fails, the main thread parses', () => {
  const expectMainThreadFacts = async (parseWorker: ParseWorkerOptions) => {
    const root = writeRepository(`fallback-${Math.random().toString(36).slice(2)}`);
    const inMain = await collect(root, false);
    const words = inMain.options.parseWords;
    const expected = await allFacts(inMain.evidence, words);
    expect(expected.parsed).toEqual(expect.arrayContaining(['src/app.ts', 'src/broken.ts']));
    expect(expected.notes.map((n) => n.path)).toEqual(['src/broken.ts']);
    const withWorker = await collect(root, parseWorker);
    expect(await allFacts(withWorker.evidence, words)).toEqual(expected);
    const graded = await collect(root, parseWorker);
    const report = await scoreEvidence(graded.evidence, graded.plan);
    graded.evidence.stopParsing?.();
    expect(report).toEqual(await scoreEvidence((await collect(root, false)).evidence, inMain.plan));
  };

  it('a worker whose entry cannot be loaded', async () => {
    await expectMainThreadFacts({ entry: pathToFileURL(path.join(scratch, 'no-such-worker.mjs')) });
  });

  it('a worker that throws before it is ready', async () => {
    await expectMainThreadFacts({ entry: stubWorker('throws', "throw new Error('no TypeScript here');") });
  });

  it('a worker that reports its own failure', async () => {
    await expectMainThreadFacts({ entry: stubWorker('reports', "post({ kind: 'failed', message: 'out of luck' });") });
  });

  it('a worker that never gets ready', async () => {
    await expectMainThreadFacts({ entry: stubWorker('never-ready', 'Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);'), stallMs: 200 });
  });

  it('a worker that dies after saying it is ready, without posting the facts', async () => {
    const take = vi.spyOn(ParseWorker.prototype, 'take');
    await expectMainThreadFacts({
      entry: stubWorker('dies', "post({ kind: 'ready' }); process.exit(3);"),
      stallMs: 200,
    });
    expect(take).toHaveBeenCalled();
    expect(take.mock.results.every((r) => r.type === 'return' && r.value === undefined)).toBe(true);
  });

  it('a worker that hangs after saying it is ready', async () => {
    await expectMainThreadFacts({
      entry: stubWorker('hangs', "post({ kind: 'ready' }); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);"),
      stallMs: 200,
    });
  });

  it('a worker that posts facts of another text', async () => {
    // Each request is answered with empty facts of some other text: never used.
    await expectMainThreadFacts({
      entry: stubWorker(
        'lies',
        [
          "import { receiveMessageOnPort } from 'node:worker_threads';",
          "post({ kind: 'ready' });",
          'for (;;) {',
          '  const m = receiveMessageOnPort(input.port);',
          "  if (m) post({ kind: 'facts', file: m.message.file, digest: 'not-this-text', facts: { imports: [], calls: [], decorators: [], parseErrors: 0 } });",
          '  else Atomics.wait(signal, 1, Atomics.load(signal, 1), 50);',
          '}',
        ].join('\n'),
      ),
    });
  });
});

/** Spies on the worker launches a grade makes (each from the sources, as the tests need) and lists them. */
function recordLaunches(): ParseWorker[] {
  const launch = ParseWorker.launch.bind(ParseWorker);
  const launched: ParseWorker[] = [];
  vi.spyOn(ParseWorker, 'launch').mockImplementation(() => {
    const worker = launch(fromSources)!;
    launched.push(worker);
    return worker;
  });
  return launched;
}
