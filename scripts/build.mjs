// Bundles the action and the CLI into dist/ as self-contained ESM (the action runs with nothing installed).
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { writeCompiledCatalog } from './compile-catalog.mjs';

const outdir = process.argv[2] ?? 'dist';
await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies (typescript inside ts-morph) call require(); give the ESM bundle one.
  banner: {
    js: [
      "import { createRequire as __levelgateCreateRequire } from 'node:module';",
      "import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';",
      'const require = __levelgateCreateRequire(import.meta.url);',
      'const __filename = __levelgateFileURLToPath(import.meta.url);',
      "const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));",
    ].join('\n'),
  },
});

// The shipped rules, parsed and checked now, so a run need not parse YAML (src/rules/load.ts, compiledCatalogFor).
await writeCompiledCatalog(outdir, 'rules');
