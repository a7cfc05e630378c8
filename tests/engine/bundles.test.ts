// Minified bundles are graded like committed build output: no rule but the secrets scan sees them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { grade } from '../../src/engine.js';
import { isBundlerOutput, isMinifiedBundle, MIN_BUNDLE_CHARS, MIN_BUNDLE_LINE } from '../../src/evidence/index.js';

/** Minified-looking JavaScript: `lines` lines of about `width` characters each, `chars` in all. */
function minified(chars: number, width: number, extra = ''): string {
  const unit = 'var a=function(e){return e+1};';
  const line = unit.repeat(Math.ceil(width / unit.length)).slice(0, width);
  const lines = Math.ceil(chars / (width + 1));
  return `${extra}${Array.from({ length: lines }, () => line).join('\n')}\n`;
}

describe('isMinifiedBundle', () => {
  it('takes long JavaScript with long lines for a bundle', () => {
    expect(isMinifiedBundle('lib/index.js', minified(MIN_BUNDLE_CHARS + 10, 20_000))).toBe(true);
    expect(isMinifiedBundle('public/app.mjs', 'x'.repeat(MIN_BUNDLE_CHARS))).toBe(true);
    expect(isMinifiedBundle('public/app.cjs', minified(MIN_BUNDLE_CHARS * 3, MIN_BUNDLE_LINE + 10))).toBe(true);
  });

  it('leaves hand-written code, short files and other languages alone', () => {
    // Long, but written in ordinary lines.
    expect(isMinifiedBundle('src/big.js', minified(MIN_BUNDLE_CHARS * 3, 80))).toBe(false);
    // Lines just under the average.
    expect(isMinifiedBundle('src/wide.js', minified(MIN_BUNDLE_CHARS * 2, MIN_BUNDLE_LINE - 50))).toBe(false);
    // Minified but small: an app's compiled config, a snippet.
    expect(isMinifiedBundle('lib/small.js', 'x'.repeat(MIN_BUNDLE_CHARS - 1))).toBe(false);
    // Not JavaScript: a generated TypeScript or JSON file is read as before.
    expect(isMinifiedBundle('src/schema.ts', 'x'.repeat(MIN_BUNDLE_CHARS * 2))).toBe(false);
    expect(isMinifiedBundle('data/dump.json', 'x'.repeat(MIN_BUNDLE_CHARS * 2))).toBe(false);
  });
});

describe('isBundlerOutput', () => {
  it("takes a webpack or browserify runtime in a file's first lines for a bundle, whatever its size", () => {
    expect(isBundlerOutput('lib/site/livereload.js', '(function e(t,n,r){function s(o,u){if(!n[o]){}}})({1:[function(require,module,exports){\nvar x = setTimeout(f, 100);\n')).toBe(true);
    expect(isBundlerOutput('pkg/runner/hashfiles/index.js', '/******/ (() => { // webpackBootstrap\n/******/ \tvar __webpack_modules__ = ({\n')).toBe(true);
    expect(isBundlerOutput('theme/static/js/core.dev.js', '(window["webpackJsonp"] = window["webpackJsonp"] || []).push([["core"],{\n')).toBe(true);
  });

  it('leaves hand-written modules alone, even ones that mention webpack further down or load modules by hand', () => {
    expect(isBundlerOutput('src/loader.js', `${'// a loader of our own\n'.repeat(30)}module.exports = function webpackBootstrap() {};\n`)).toBe(false);
    expect(isBundlerOutput('src/app.js', "import { load } from './load.js';\nexport function require(name) { return load(name); }\n")).toBe(false);
    expect(isBundlerOutput('src/app.ts', '/******/ (() => { // webpackBootstrap\n')).toBe(false);
  });
});

describe('grading a repository with a committed bundle', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'levelgate-bundle-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };

  it('does not credit the project with what a bundle shows, and still finds a secret committed in it', async () => {
    write('src/index.js', 'module.exports = function main() { return 1; };\n');
    // A pool in the bundle (other people's code) is no pool of the project's.
    write('public/static/js/main.chunk.js', minified(MIN_BUNDLE_CHARS + 100, 30_000, 'const p=new Pool({max:10});'));
    const clean = await grade(dir, { config: false });
    const pooling = clean.dimensions.performance.rules.find((r) => r.id === 'performance.connection-pooling')!;
    expect(pooling.status).not.toBe('met');
    expect(clean.dimensions.security.rules.find((r) => r.id === 'security.no-committed-secrets')!.status).toBe('met');

    // The same bundle with a private key in it: committed is committed.
    const key = `-----BEGIN RSA PRIVATE KEY-----\n${'MIIEowIBAAKCAQEA7'.repeat(6)}\n-----END RSA PRIVATE KEY-----\n`;
    write('public/static/js/main.chunk.js', minified(MIN_BUNDLE_CHARS + 100, 30_000, `var k=\`${key}\`;`));
    const leaked = await grade(dir, { config: false });
    const secrets = leaked.dimensions.security.rules.find((r) => r.id === 'security.no-committed-secrets')!;
    expect(secrets.status).not.toBe('met');
    expect(secrets.findings.map((f) => f.file)).toContain('public/static/js/main.chunk.js');

    // Written out in ordinary lines, the same code is the project's own and counts.
    write('public/static/js/main.chunk.js', 'const p = new Pool({ max: 10 });\nmodule.exports = p;\n');
    const ordinary = await grade(dir, { config: false });
    expect(ordinary.dimensions.performance.rules.find((r) => r.id === 'performance.connection-pooling')!.status).toBe('met');
  });
});
