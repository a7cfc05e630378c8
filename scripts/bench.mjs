// npm run bench [-- 5000,10000,20000] [--shape monorepo|polyglot|monorepo,polyglot] [--runs 3] [--no-naive]
//               [--no-fleet] [--no-startup] [--startup] [--keep] [--repo PATH …]: grades synthetic
// monorepos and compares levelgate with the floor (listing + reading the same files) and a naive ts-morph walk. Each
// measurement is its own process. Two generated shapes: `monorepo` (the default; scripts/bench/generate.mjs) and
// `polyglot` (scripts/bench/generate-polyglot.mjs: deep Kubernetes YAML, TS that needs parsing, Go/Python/Java,
// bundles near the read limit), so a change that helps only one shape shows. Then the start-up rows
// (scripts/bench/startup.mjs: `levelgate --version` and a 10-file grade with the CLI built from the sources;
// `--startup` alone times only these) and the fleet rows (scripts/bench/fleet.mjs): 50 repositories through the
// fake API, and the report over 10,000 results. `--repo PATH` (repeatable) times real folders the same way instead
// of the generated ones (add sizes to time both): trees we did not generate are where a speed claim has to hold.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRepository } from './bench/generate.mjs';
import { generatePolyglot } from './bench/generate-polyglot.mjs';
import { measureStartup } from './bench/startup.mjs';
import { writeCompiledCatalog } from './compile-catalog.mjs';
import { buildOptions, PARSE_WORKER_ENTRY, placeTypeScript } from './build-options.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.join(here, '..');
const args = process.argv.slice(2);
const repos = args.flatMap((a, i) => (a === '--repo' && args[i + 1] ? [path.resolve(args[i + 1])] : []));
const sizeArg = args.find((a, i) => /^\d/.test(a) && args[i - 1] !== '--runs');
const startupOnly = args.includes('--startup');
const sizes = sizeArg ? sizeArg.split(',').map(Number) : repos.length || startupOnly ? [] : [5000, 10000, 20000];
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3;
const GENERATORS = { monorepo: generateRepository, polyglot: generatePolyglot };
const shapes = args.includes('--shape') ? (args[args.indexOf('--shape') + 1] ?? '').split(',') : ['monorepo'];
for (const shape of shapes) {
  if (!GENERATORS[shape]) {
    console.error(`bench: unknown --shape ${shape} (the shapes: ${Object.keys(GENERATORS).join(', ')})`);
    process.exit(2);
  }
}
const skipNaive = args.includes('--no-naive');
// --keep leaves the bundles and repositories in place, to profile one measurement by hand:
//   node --cpu-prof scripts/bench/measure.mjs levelgate <work>/levelgate.mjs <work>/repo-20000 <work>/rules
const keep = args.includes('--keep');

// One bundle per kind of process, so each loads only what it runs (the floor does not pay for loading TypeScript).
const BUNDLES = {
  levelgate: ["export { grade } from './src/engine.ts';", "export { loadCatalog } from './src/rules/load.ts';"],
  floor: ["export { DEFAULT_IGNORES } from './src/inventory/ignore-defaults.ts';", "export { MAX_FILE_BYTES, isTextCandidate } from './src/inventory/read.ts';", "export { default as fg } from 'fast-glob';"],
  naive: ["export { DEFAULT_IGNORES } from './src/inventory/ignore-defaults.ts';", "export { default as fg } from 'fast-glob';", "export { Project } from 'ts-morph';"],
};

async function bundle(work, name) {
  // Bundled like dist/ (ESM, code splitting), so levelgate loads TypeScript only when it parses a file.
  const entry = path.join(work, `${name}-entry.ts`);
  const absolute = BUNDLES[name].map((line) => line.replace(/'\.\/(src\/[^']+)'/, (_, file) => `'${path.join(repoRoot, file)}'`));
  await writeFile(entry, absolute.join('\n'));
  const result = await build({
    // levelgate parses in a worker thread whose entry sits beside the bundle, as in dist/ (PARSE_WORKER_ENTRY).
    entryPoints: { [name]: entry, ...(name === 'levelgate' ? workerEntry() : {}) },
    outdir: work,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: `${name}-chunks/[name]-[hash]`,
    nodePaths: [path.join(repoRoot, 'node_modules')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    // CommonJS inside (typescript) expects require and __filename.
    banner: { js: "import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path';\nconst require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);" },
    // levelgate loads ts-morph's TypeScript from a file of its own, as dist/ does; naive bundles ts-morph whole.
    ...(name === 'levelgate' ? { plugins: buildOptions(work).plugins, metafile: true } : {}),
  });
  if (name === 'levelgate') placeTypeScript(result.metafile);
}

function workerEntry() {
  return Object.fromEntries(Object.entries(PARSE_WORKER_ENTRY).map(([name, file]) => [name, path.join(repoRoot, file)]));
}

function measure(work, mode, repo) {
  const script = path.join(here, 'bench', 'measure.mjs');
  const out = execFileSync(process.execPath, [script, mode, path.join(work, `${mode}.mjs`), repo, path.join(work, 'rules')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop());
}

const median = (list) => [...list].sort((a, b) => a.ms - b.ms)[Math.floor(list.length / 2)];
const ratio = (a, b) => (a / b).toFixed(2);

const work = await mkdtemp(path.join(tmpdir(), 'levelgate-bench-'));
try {
  for (const name of Object.keys(BUNDLES)) await bundle(work, name);
  await cp(path.join(repoRoot, 'rules'), path.join(work, 'rules'), { recursive: true }); // the rules as of the build
  // The compiled catalog beside the bundle, as npm run build puts it in dist/ (src/rules/load.ts).
  await writeCompiledCatalog(work, path.join(work, 'rules'));
  const rows = [];
  const trees = [...shapes.flatMap((shape) => sizes.map((size) => ({ size, shape }))), ...repos.map((repo) => ({ repo }))];
  // The shape is named on each line once a second shape is in play; the default output stays as it was.
  const labelled = shapes.length > 1 || shapes[0] !== 'monorepo';
  for (const tree of trees) {
    const repo = tree.repo ?? path.join(work, tree.shape === 'monorepo' ? `repo-${tree.size}` : `${tree.shape}-${tree.size}`);
    const generated = tree.repo ? undefined : await GENERATORS[tree.shape](repo, tree.size);
    const first = measure(work, 'floor', repo); // warms the OS file cache, untimed
    const written = generated ?? first.files;
    const floor = [];
    const levelgate = [];
    for (let i = 0; i < runs; i++) {
      floor.push(measure(work, 'floor', repo));
      levelgate.push(measure(work, 'levelgate', repo));
    }
    const f = median(floor);
    const l = median(levelgate);
    // Each levelgate run right after its floor run: the median of those pairs' ratios is steadier on shared
    // hardware, whose speed drifts between runs, than the ratio of the two medians.
    const paired = [...floor.map((run, i) => levelgate[i].ms / run.ms)].sort((a, b) => a - b)[Math.floor(runs / 2)];
    const pairedCpu = [...floor.map((run, i) => levelgate[i].cpuMs / run.cpuMs)].sort((a, b) => a - b)[Math.floor(runs / 2)];
    const n = skipNaive ? undefined : measure(work, 'naive', repo);
    if (!tree.repo) rows.push({ shape: tree.shape, size: written, floor: f, levelgate: l, naive: n, paired, pairedCpu });
    console.log(
      `${tree.repo ? `${path.basename(tree.repo)}: ` : labelled ? `${tree.shape}: ` : ''}${String(written).padStart(6)} files | levelgate ${l.ms} ms (CPU ${l.cpuMs} ms), ${l.maxRssMiB} MiB (read ${l.filesRead}, parsed ${l.filesParsed}) | ` +
        `floor ${f.ms} ms (CPU ${f.cpuMs} ms), ${f.maxRssMiB} MiB` +
        (n ? ` | naive ${n.ms} ms, ${n.maxRssMiB} MiB (parsed ${n.filesParsed})` : '') +
        ` | levelgate/floor ${paired.toFixed(2)} (median of ${runs} paired runs; CPU time ${pairedCpu.toFixed(2)})` +
        (n ? `, naive/levelgate ${ratio(n.ms, l.ms)}` : ''),
    );
  }
  for (const shape of shapes) {
    const own = rows.filter((r) => r.shape === shape);
    if (own.length < 2) continue;
    const [first, last] = [own[0], own[own.length - 1]];
    const growth = (t) => ratio(t(last) / t(first), last.size / first.size);
    console.log(
      `${labelled ? `${shape}: ` : ''}time per file, ${first.size} → ${last.size} files: levelgate ×${growth((r) => r.levelgate.ms)}, floor ×${growth((r) => r.floor.ms)} (1.00 = linear)` +
        `; CPU time per file: levelgate ×${growth((r) => r.levelgate.cpuMs)}, floor ×${growth((r) => r.floor.cpuMs)}`,
    );
  }
  if (startupOnly || !args.includes('--no-startup')) for (const line of await measureStartup(work, repoRoot, Math.max(runs, 5))) console.log(line);
} finally {
  if (keep) console.log(`kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}

if (!args.includes('--no-fleet') && repos.length === 0 && !startupOnly) execFileSync(process.execPath, [path.join(here, 'bench', 'fleet.mjs'), ...(keep ? ['--keep'] : [])], { stdio: 'inherit' });
