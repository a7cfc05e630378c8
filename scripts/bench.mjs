// npm run bench [-- 5000,10000,20000] [--runs 3]: grades synthetic monorepos and compares levelgate with
// the floor (listing + reading the same files) and a naive ts-morph walk. Each measurement is a child process.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRepository } from './bench/generate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.join(here, '..');
const args = process.argv.slice(2);
const sizes = (args.find((a) => /^\d/.test(a)) ?? '5000,10000,20000').split(',').map(Number);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const skipNaive = args.includes('--no-naive');

const work = await mkdtemp(path.join(tmpdir(), 'levelgate-bench-'));
try {
  // The real engine, bundled once (no tsx in the measured process).
  const bundle = path.join(work, 'levelgate-bench.mjs');
  await build({
    stdin: {
      contents: [
        "export { grade } from './src/engine.ts';",
        "export { loadCatalog } from './src/rules/load.ts';",
        "export { DEFAULT_IGNORES } from './src/inventory/ignore-defaults.ts';",
        "export { MAX_FILE_BYTES } from './src/inventory/read.ts';",
        "export { isTextCandidate } from './src/evidence/index.ts';",
        "export { default as fg } from 'fast-glob';",
        "export { Project } from 'ts-morph';",
      ].join('\n'),
      resolveDir: repoRoot,
      loader: 'ts',
    },
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    // CommonJS inside (typescript) expects require and __filename.
    banner: { js: "import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path';\nconst require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);" },
  });
  const measure = (mode, repo) => {
    const out = execFileSync(process.execPath, [path.join(here, 'bench', 'measure.mjs'), mode, bundle, repo, path.join(repoRoot, 'rules')], { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
    return JSON.parse(out.trim().split('\n').pop());
  };
  const median = (list) => [...list].sort((a, b) => a.ms - b.ms)[Math.floor(list.length / 2)];

  const rows = [];
  for (const size of sizes) {
    const repo = path.join(work, `repo-${size}`);
    const written = await generateRepository(repo, size);
    measure('floor', repo); // warms the OS file cache for everyone
    const floor = [];
    const levelgate = [];
    for (let i = 0; i < runs; i++) {
      floor.push(measure('floor', repo));
      levelgate.push(measure('levelgate', repo));
    }
    const f = median(floor);
    const l = median(levelgate);
    const n = skipNaive ? undefined : measure('naive', repo);
    rows.push({ size: written, floor: f, levelgate: l, naive: n });
    console.log(
      `${String(written).padStart(6)} files: levelgate ${l.ms} ms, ${l.maxRssMiB} MiB (read ${l.filesRead}, parsed ${l.filesParsed}) | ` +
        `floor ${f.ms} ms, ${f.maxRssMiB} MiB | ` +
        (n ? `naive ${n.ms} ms, ${n.maxRssMiB} MiB | ` : '') +
        `levelgate/floor ${(l.ms / f.ms).toFixed(2)}` +
        (n ? `, naive/levelgate ${(n.ms / l.ms).toFixed(2)}` : ''),
    );
  }
  if (rows.length > 1) {
    const first = rows[0];
    const last = rows[rows.length - 1];
    const growth = (last.levelgate.ms / first.levelgate.ms) / (last.size / first.size);
    console.log(`linearity ${first.size}→${last.size} files: time per file grew ×${growth.toFixed(2)} (1.00 = linear); floor ×${((last.floor.ms / first.floor.ms) / (last.size / first.size)).toFixed(2)}`);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
