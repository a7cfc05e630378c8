// npm run bench's fleet rows (also alone: node scripts/bench/fleet.mjs [--keep]):
// 1. 50 fixture repositories through the fake GitHub API (tarball download, extraction, grading, result file),
//    time per repository against a plain grade of the same trees already on disk;
// 2. the aggregator over 10,000 synthetic results: time, dashboard size, and its load time in headless
//    Chromium when one is installed.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeCompiledCatalog } from '../compile-catalog.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.join(here, '..', '..');
const keep = process.argv.includes('--keep');
const FIXTURES = ['l1-script', 'l2-api', 'l3-system', 'go-l1-cli', 'python-l2-django', 'secret-leak', 'calib-dotnet-const-jwt'];
const REPOSITORIES = 50;
const SYNTHETIC = 10_000;

const work = await mkdtemp(path.join(tmpdir(), 'levelgate-bench-fleet-'));
try {
  // One bundle of the engine, the fleet modules and the test doubles (the fake API, the tar builder).
  const entry = path.join(work, 'entry.ts');
  const src = (f) => JSON.stringify(path.join(repoRoot, f));
  await writeFile(
    entry,
    [
      `export { grade } from ${src('src/engine.ts')};`,
      `export { loadCatalog } from ${src('src/rules/load.ts')};`,
      `export { createClient } from ${src('src/github/client.ts')};`,
      `export { gradeShard } from ${src('src/fleet/grade.ts')};`,
      `export { fleetCommand } from ${src('src/commands/fleet.ts')};`,
      `export { FleetGitHub } from ${src('tests/github-api/fleet-server.ts')};`,
      `export { OpenApiValidator } from ${src('tests/github-api/openapi.ts')};`,
      `export { entriesOf, globalHeader, targz } from ${src('tests/fleet/tar-builder.ts')};`,
      `export { random, syntheticResult } from ${src('tests/fleet/synthetic.ts')};`,
    ].join('\n'),
  );
  await build({
    entryPoints: { fleet: entry },
    // In dist/ beside rules/, as the shipped bundle finds its catalog (src/rules/load.ts).
    outdir: path.join(work, 'dist'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    nodePaths: [path.join(repoRoot, 'node_modules')],
    banner: { js: "import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path';\nconst require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);" },
  });
  // The test doubles read GitHub's OpenAPI description and webhook examples at run time (require.resolve).
  await symlink(path.join(repoRoot, 'node_modules'), path.join(work, 'node_modules'), 'dir');
  await cp(path.join(repoRoot, 'rules'), path.join(work, 'rules'), { recursive: true });
  await writeCompiledCatalog(path.join(work, 'dist'), path.join(work, 'rules'));
  const lib = await import(pathToFileURL(path.join(work, 'dist', 'fleet.mjs')).href);
  const catalog = await lib.loadCatalog(path.join(work, 'rules'));

  // Row 1: 50 repositories through the fake API, against plain grades of the same trees.
  const github = new lib.FleetGitHub(lib.OpenApiValidator.load());
  const trees = [];
  for (let i = 0; i < REPOSITORIES; i++) {
    const fixture = FIXTURES[i % FIXTURES.length];
    trees.push(path.join(repoRoot, 'tests', 'fixtures', fixture));
    github.repositories.push({ name: `svc-${i}`, archive: lib.targz([lib.globalHeader('c'.repeat(40)), ...lib.entriesOf(trees[i], `acme-svc-${i}-0123abc`)]) });
  }
  await github.start();
  const client = await lib.createClient('ghs_benchToken0123456789', github.url);
  const repositories = github.repositories.map((r) => ({ fullName: `acme/${r.name}`, owner: 'acme', name: r.name, defaultBranch: 'main', htmlUrl: `https://github.com/acme/${r.name}`, topics: [], fork: false, archived: false, sizeKb: 100 }));
  for (const tree of trees.slice(0, FIXTURES.length)) await lib.grade(tree, { catalog, config: false }); // warm-up, untimed
  let t = performance.now();
  for (const tree of trees) await lib.grade(tree, { catalog, config: false });
  const plain = performance.now() - t;
  const fleet = {};
  for (const concurrency of [1, 2]) {
    t = performance.now();
    const results = await lib.gradeShard({ client, repositories, outDir: path.join(work, `results-${concurrency}`), tempRoot: work, concurrency, noConfig: true });
    fleet[concurrency] = performance.now() - t;
    const graded = results.filter((r) => r.status === 'graded').length;
    if (graded !== REPOSITORIES) throw new Error(`only ${graded} of ${REPOSITORIES} graded: ${[...new Set(results.filter((r) => r.status !== "graded").map((r) => r.reason))].join("; ")}`);
  }
  await github.stop();
  const per = (ms) => (ms / REPOSITORIES).toFixed(0);
  console.log(
    `fleet  ${REPOSITORIES} repos | through the fake API ${per(fleet[1])} ms/repo (concurrency 1), ${per(fleet[2])} ms/repo wall (concurrency 2) | ` +
      `plain grade ${per(plain)} ms/repo | fleet/plain ${(fleet[1] / plain).toFixed(2)}`,
  );

  // Row 2: the aggregator over 10,000 synthetic results.
  const resultsDir = path.join(work, 'synthetic');
  await mkdir(resultsDir);
  const rnd = lib.random(42);
  for (let i = 0; i < SYNTHETIC; i += 500) {
    await Promise.all(
      Array.from({ length: Math.min(500, SYNTHETIC - i) }, (_, k) => {
        const r = lib.syntheticResult(i + k, rnd, (i + k) % 97 === 0 ? { status: 'failed', reason: 'not found' } : {});
        return writeFile(path.join(resultsDir, `${r.repository.owner}__${r.repository.name}.json`), JSON.stringify(r));
      }),
    );
  }
  const site = path.join(work, 'site');
  const io = { stdout: process.stdout, stderr: { write: () => true } };
  t = performance.now();
  const code = await lib.fleetCommand(['report', resultsDir, '-o', site], io);
  const aggregate = performance.now() - t;
  if (code !== 0) throw new Error(`fleet report exited ${code}`);
  const size = statSync(path.join(site, 'index.html')).size;
  const pages = (await readdir(path.join(site, 'reports'))).length;
  let load = 'no Chromium to measure the load time';
  const browser = [process.env.LEVELGATE_CHROMIUM, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((c) => c && existsSync(c));
  if (browser) {
    const times = [];
    for (let i = 0; i < 3; i++) {
      const dom = execFileSync(browser, ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${path.join(work, 'profile')}`, '--dump-dom', `file://${path.join(site, 'index.html')}`], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
      times.push(Number(/data-ready-ms="(\d+)"/.exec(dom)?.[1]));
    }
    load = `ready in ${times.sort((a, b) => a - b)[1]} ms in headless Chromium (median of 3)`;
  }
  console.log(`fleet  report over ${SYNTHETIC} results | ${(aggregate / 1000).toFixed(1)} s (index, summary, dashboard, ${pages} pages) | dashboard ${(size / 1024 / 1024).toFixed(1)} MiB, ${load}`);
} finally {
  if (keep) console.log(`kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}
