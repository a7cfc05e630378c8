// The licences of the third-party packages esbuild bundles into dist/: their MIT/ISC/Apache/BSD terms ask that
// the notice ships with every copy, and the bundle is a copy. The build writes them to dist/licenses.txt and
// fails when a bundled package has no licence text (tests/release/licenses.test.ts checks the same).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

export const LICENSES_FILE = 'licenses.txt';

/** The packages behind a metafile's inputs: the folder after the last node_modules/ of each input path. */
export function bundledPackages(metafile, root = process.cwd()) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replace(/\\/g, '/'));
    if (m) dirs.add(path.resolve(root, m[1]));
  }
  const byKey = new Map();
  for (const dir of dirs) {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    byKey.set(`${manifest.name}@${manifest.version}`, { name: manifest.name, version: manifest.version, dir, manifest });
  }
  return [...byKey.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : 1));
}

/** The SPDX id a package declares (the `license` field, or the old `licenses` list). */
function declaredLicense(manifest) {
  if (typeof manifest.license === 'string') return manifest.license;
  if (manifest.license?.type) return manifest.license.type;
  if (Array.isArray(manifest.licenses)) return manifest.licenses.map((l) => l.type ?? l).join(' OR ');
  return undefined;
}

// The MIT licence is the same text for every holder; a package that declares MIT but ships no file gets it
// with the holder its manifest names. Any other licence must come from the package's own file.
const MIT_TEXT = `Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files (the "Software"), to deal in the Software without restriction, including without limitation the
rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit
persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the
Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;

function holderOf(manifest) {
  const author = typeof manifest.author === 'string' ? manifest.author : manifest.author?.name;
  return author || `the ${manifest.name} authors`;
}

/** A package's licence: its LICENSE/LICENCE/COPYING file, or the MIT text for a package that declares MIT only. */
export function licenseOf(pkg) {
  const license = declaredLicense(pkg.manifest);
  const file = readdirSync(pkg.dir)
    .filter((n) => /^(licen[cs]e|copying)(\.(md|txt|markdown))?$/i.test(n) || /^licen[cs]e[-.]/i.test(n))
    .sort()[0];
  if (file) {
    const text = readFileSync(path.join(pkg.dir, file), 'utf8').trim();
    if (text) return { license: license ?? 'see text', source: file, text };
  }
  if (license === 'MIT') return { license, source: 'package.json (no licence file; the MIT text)', text: `Copyright (c) ${holderOf(pkg.manifest)}\n\n${MIT_TEXT}` };
  return undefined;
}

/**
 * The notices esbuild kept from the bundled code (legalComments: 'external' writes them to *.LEGAL.txt beside
 * each output), as { source file → comment }, and the .LEGAL.txt files removed: they go into licenses.txt.
 * They matter where a package carries code under another licence than its own (ts-morph ships the
 * TypeScript compiler, Apache-2.0, inside its MIT package).
 */
export function collectLegalComments(outdir) {
  const notices = new Map();
  for (const name of readdirSync(outdir, { recursive: true }).map(String).filter((n) => n.endsWith('.LEGAL.txt')).sort()) {
    const file = path.join(outdir, name);
    const text = readFileSync(file, 'utf8').replace(/^Bundled license information:\n+/, '');
    for (const block of text.split(/\n(?=\S)/)) {
      const m = /^(.+?):\n([\s\S]*)$/.exec(block.trim());
      // @preserve also keeps coverage pragmas ("v8 ignore next"): only comments about rights are notices.
      if (m && /licen[cs]e|copyright|\(c\)/i.test(m[2])) notices.set(m[1], m[2].replace(/^ {2}/gm, '').trim());
    }
    rmSync(file);
  }
  return new Map([...notices].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Full licence texts a notice refers to but no package file carries (the Apache-2.0 text for TypeScript). */
function referencedLicenses(notices, root) {
  const out = [];
  if ([...notices.values()].some((n) => /Apache License,? Version 2\.0/i.test(n))) {
    const text = readFileSync(path.join(root, 'node_modules', 'typescript', 'LICENSE.txt'), 'utf8').trim();
    out.push(['Apache License 2.0 (the licence the notice of the TypeScript compiler names; text from the typescript package)', '', text].join('\n'));
  }
  return out;
}

/** dist/licenses.txt for these packages; throws naming every package whose licence is missing. */
export function renderLicenses(packages, notices = new Map(), root = process.cwd()) {
  const missing = [];
  const sections = [];
  for (const pkg of packages) {
    const found = licenseOf(pkg);
    if (!found) {
      missing.push(`${pkg.name}@${pkg.version} (declares ${declaredLicense(pkg.manifest) ?? 'no licence'})`);
      continue;
    }
    sections.push([`${pkg.name} ${pkg.version}`, `License: ${found.license} (from ${found.source})`, '', found.text].join('\n'));
  }
  if (missing.length) throw new Error(`no licence text for bundled package(s): ${missing.join(', ')}`);
  const head = [
    'Third-party software bundled into levelgate (dist/).',
    'levelgate itself is MIT-licensed (LICENSE). Each package below keeps its own licence, reproduced as it ships.',
    `${packages.length} packages.`,
  ].join('\n');
  if (notices.size) {
    sections.push(['Notices kept from the bundled code', '', ...[...notices].map(([source, text]) => `${source}:\n${text}\n`)].join('\n').trim());
    sections.push(...referencedLicenses(notices, root));
  }
  return `${[head, ...sections].join(`\n\n${'-'.repeat(78)}\n\n`)}\n`;
}
