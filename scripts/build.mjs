// Bundles the action and the CLI into dist/ as self-contained ESM (the action runs with nothing installed).
import { build } from 'esbuild';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildOptions, placeTypeScript, TYPESCRIPT_FILE, typescriptNotice } from './build-options.mjs';
import { writeCompiledCatalog } from './compile-catalog.mjs';
import { bundledPackages, collectLegalComments, LICENSES_FILE, renderLicenses } from './third-party-licenses.mjs';

const outdir = process.argv[2] ?? 'dist';
await rm(outdir, { recursive: true, force: true });
const result = await build(buildOptions(outdir));
// ts-morph's TypeScript ships as a file of its own, loaded with require() (build-options.mjs, typescriptAsFile).
placeTypeScript(result.metafile);

// Every bundled package's licence and the notices kept from its code, beside the bundle; fails the build when
// a package has no licence text. The TypeScript file counts as code of the package it comes from.
const notices = collectLegalComments(outdir);
notices.set(TYPESCRIPT_FILE.slice(TYPESCRIPT_FILE.lastIndexOf('node_modules/')), typescriptNotice());
const inputs = { ...result.metafile.inputs, [path.relative(process.cwd(), TYPESCRIPT_FILE)]: { bytes: 0, imports: [] } };
await writeFile(path.join(outdir, LICENSES_FILE), renderLicenses(bundledPackages({ ...result.metafile, inputs }), notices));

// The shipped rules, parsed and checked now, so a run need not parse YAML (src/rules/load.ts, compiledCatalogFor).
await writeCompiledCatalog(outdir, 'rules');
