// Bundles the action and the CLI into dist/ as self-contained ESM (the action runs with nothing installed).
import { build } from 'esbuild';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildOptions } from './build-options.mjs';
import { writeCompiledCatalog } from './compile-catalog.mjs';
import { bundledPackages, collectLegalComments, LICENSES_FILE, renderLicenses } from './third-party-licenses.mjs';

const outdir = process.argv[2] ?? 'dist';
await rm(outdir, { recursive: true, force: true });
const result = await build(buildOptions(outdir));

// Every bundled package's licence and the notices kept from its code, beside the bundle; fails the build when
// a package has no licence text.
const notices = collectLegalComments(outdir);
await writeFile(path.join(outdir, LICENSES_FILE), renderLicenses(bundledPackages(result.metafile), notices));

// The shipped rules, parsed and checked now, so a run need not parse YAML (src/rules/load.ts, compiledCatalogFor).
await writeCompiledCatalog(outdir, 'rules');
