// The bundle is a copy of every package it contains, so their licences ship beside it (dist/licenses.txt).
// This builds the bundle's dependency graph in memory (esbuild's metafile, the build's own options) and
// checks that each bundled package has a licence text; a package without one fails the build and this test.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface BundledPackage {
  name: string;
  version: string;
  dir: string;
  manifest: Record<string, unknown>;
}
interface LicensesModule {
  bundledPackages(metafile: Metafile, root?: string): BundledPackage[];
  licenseOf(pkg: BundledPackage): { license: string; source: string; text: string } | undefined;
  renderLicenses(packages: BundledPackage[], notices?: Map<string, string>, root?: string): string;
}
interface BuildOptionsModule {
  buildOptions(outdir: string): Parameters<typeof build>[0];
}

const repoRoot = path.resolve(import.meta.dirname, '../..');
const load = async <T>(file: string) => (await import(pathToFileURL(path.join(repoRoot, 'scripts', file)).href)) as T;

let licenses: LicensesModule;
let bundled: BundledPackage[];
let work: string;

beforeAll(async () => {
  licenses = await load<LicensesModule>('third-party-licenses.mjs');
  const { buildOptions } = await load<BuildOptionsModule>('build-options.mjs');
  const result = await build({ ...buildOptions(path.join(tmpdir(), 'levelgate-licenses-unused')), absWorkingDir: repoRoot, write: false, logLevel: 'error' });
  bundled = licenses.bundledPackages(result.metafile!, repoRoot);
  work = mkdtempSync(path.join(tmpdir(), 'levelgate-licenses-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A package folder as npm would install it. */
function fakePackage(name: string, manifest: Record<string, unknown>, files: Record<string, string> = {}): BundledPackage {
  const dir = path.join(work, 'node_modules', name);
  mkdirSync(dir, { recursive: true });
  const full = { name, version: '1.0.0', ...manifest };
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify(full));
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return { name, version: '1.0.0', dir, manifest: full };
}

describe('third-party licences of dist/', () => {
  it('finds the packages the bundle really contains', () => {
    const names = bundled.map((p) => p.name);
    for (const expected of ['@actions/core', 'fast-glob', 'yaml', 'zod', 'smol-toml']) expect(names).toContain(expected);
    // Build and test tools are not in the bundle; ts-morph's TypeScript ships beside it as a file (its licence is
    // added by the build: tests/release/pack.test.ts), and none of ts-morph's own code is needed.
    for (const absent of ['esbuild', 'vitest', 'typescript', 'tsx', 'ts-morph', '@ts-morph/common']) expect(names).not.toContain(absent);
  });

  it('has a licence text for every bundled package, and licenses.txt names each one', () => {
    const missing = bundled.filter((p) => !licenses.licenseOf(p)).map((p) => `${p.name}@${p.version}`);
    expect(missing).toEqual([]);
    const text = licenses.renderLicenses(bundled, new Map(), repoRoot);
    for (const p of bundled) expect(text).toContain(`\n${p.name} ${p.version}\nLicense: `);
  });

  it('fails naming a bundled package that ships no licence', () => {
    const apache = fakePackage('no-licence-file', { license: 'Apache-2.0' });
    const withFile = fakePackage('with-licence-file', { license: 'ISC' }, { LICENSE: 'ISC License\n\nCopyright (c) someone' });
    expect(() => licenses.renderLicenses([withFile, apache], new Map(), repoRoot)).toThrow(/no licence text for bundled package\(s\): no-licence-file@1\.0\.0 \(declares Apache-2\.0\)/);
  });

  it('uses the MIT text, with the holder the manifest names, for a package that declares MIT without a file', () => {
    const mit = fakePackage('mit-no-file', { license: 'MIT', author: { name: 'Ada Example' } });
    const text = licenses.renderLicenses([mit], new Map(), repoRoot);
    expect(text).toContain('mit-no-file 1.0.0\nLicense: MIT (from package.json');
    expect(text).toContain('Copyright (c) Ada Example');
    expect(text).toContain('Permission is hereby granted, free of charge');
  });

  it('keeps the notices of code vendored inside a package, with the licence text they name', () => {
    // ts-morph's TypeScript ships as a file of its own (scripts/build.mjs adds its package and notice this way).
    const [ts] = licenses.bundledPackages({ inputs: { 'node_modules/@ts-morph/common/dist/typescript.js': { bytes: 0, imports: [] } }, outputs: {} }, repoRoot);
    expect(ts!.name).toBe('@ts-morph/common');
    const notices = new Map([['@ts-morph/common/dist/typescript.js', '/*! Copyright (c) Microsoft Corporation. Licensed under the Apache License, Version 2.0 */']]);
    const text = licenses.renderLicenses([ts!], notices, repoRoot);
    expect(text).toContain('@ts-morph/common/dist/typescript.js:\n/*! Copyright (c) Microsoft Corporation.');
    expect(text).toMatch(/Apache License 2\.0 \(.*\)\n\nApache License\s+Version 2\.0, January 2004/);
  });
});
