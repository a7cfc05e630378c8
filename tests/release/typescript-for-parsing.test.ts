// The parse-only TypeScript the build ships (scripts/typescript-for-parsing.mjs): what it keeps of a bundle laid out
// as TypeScript's file is, on a small one written for the test; tests/release/pack.test.ts compares the shipped
// copy's parses with ts-morph's on every fixture file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ts } from 'ts-morph';
import { beforeAll, describe, expect, it } from 'vitest';

interface ShakerModule {
  typescriptForParsing(source: string, exports: string[], compiler: typeof ts): string;
  parserNamesUsedBy(sources: string[], compiler: typeof ts): string[];
}

const repoRoot = path.resolve(import.meta.dirname, '../..');
let shaker: ShakerModule;
beforeAll(async () => {
  shaker = (await import(pathToFileURL(path.join(repoRoot, 'scripts', 'typescript-for-parsing.mjs')).href)) as ShakerModule;
});

// A bundle of the shape of TypeScript's: a notice, the module in an arrow function, esbuild's namespaces.
const BUNDLE = `/*! notice */

var ts = {}; ((module) => {
"use strict";
var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __toCommonJS = (mod) => mod;
var typescript_exports = {};
__export(typescript_exports, {
  createSourceFile: () => createSourceFile,
  createTypeChecker: () => createTypeChecker
});
module.exports = __toCommonJS(typescript_exports);
function helper() { return 1; }
function createSourceFile(text) { return parserNs.parse(text) + helper() + objectAllocator.kind; }
function unusedByParser() { return checkerNs.check(); }
function createTypeChecker() { return checkerNs.check(); }
var parserNs = {};
__export(parserNs, {
  parse: () => parse,
  format: () => format
});
function parse(text) { return text.length; }
function format() { return createTypeChecker(); }
var checkerNs = {};
__export(checkerNs, {
  check: () => check
});
function check() { return 2; }
var Debug;
((Debug2) => { Debug2.level = 0; })(Debug || (Debug = {}));
var Version = class {};
Version.zero = new Version();
var objectAllocator = { kind: 0 };
function setObjectAllocator(kind) { objectAllocator.kind = kind; }
setObjectAllocator(servicesKind());
function servicesKind() { return 3; }
function registerCodeFix(fix) { fixes.push(fix); }
var fixes = [];
registerCodeFix({ run: () => createTypeChecker() });
0 && (module.exports = {
  createSourceFile,
  createTypeChecker
});
})({ get exports() { return ts; }, set exports(v) { ts = v; if (typeof module !== "undefined" && module.exports) { module.exports = v; } } })
`;

const declared = (code: string) => [...code.matchAll(/^(?:function|var) (\w+)/gm)].map((m) => m[1]);

describe('typescriptForParsing', () => {
  it("keeps what the exports and the module's own load-time work reach, and nothing else", () => {
    const code = shaker.typescriptForParsing(BUNDLE, ['createSourceFile'], ts);
    expect(declared(code).sort()).toEqual(['__defProp', '__export', 'createSourceFile', 'helper', 'objectAllocator', 'parse', 'parserNs', 'servicesKind', 'setObjectAllocator'].sort());
    // A namespace keeps only the members read from it; the module's work at load stays.
    expect(code).toContain('parse: () => parse');
    expect(code).not.toContain('format');
    expect(code).toContain('setObjectAllocator(servicesKind());');
    // The language service's registrations and the CommonJS plumbing are gone; the exports are the ones asked for.
    expect(code).not.toMatch(/registerCodeFix|module\.exports|typescript_exports/);
    expect(code.trimEnd().endsWith('export { createSourceFile };')).toBe(true);
  });

  it('keeps an assignment to an object, and a namespace built by a function, with the object', () => {
    const withDebug = shaker.typescriptForParsing(BUNDLE.replace('return text.length;', 'return Debug.level + Version.zero;'), ['createSourceFile'], ts);
    expect(withDebug).toContain('Debug || (Debug = {})');
    expect(withDebug).toContain('Version.zero = new Version();');
    const without = shaker.typescriptForParsing(BUNDLE, ['createSourceFile'], ts);
    expect(without).not.toMatch(/Debug|Version/);
  });

  it('keeps a whole namespace when it is used whole, and what its members reach', () => {
    const code = shaker.typescriptForParsing(BUNDLE.replace('return text.length;', 'return Object.keys(parserNs).length;'), ['createSourceFile'], ts);
    expect(code).toContain('format: () => format');
    expect(declared(code)).toEqual(expect.arrayContaining(['format', 'createTypeChecker', 'checkerNs', 'check']));
  });

  it('runs as CommonJS and gives what the full module gives', async () => {
    const { transformSync } = await import('esbuild');
    type Exports = { createSourceFile(text: string): number };
    const run = (code: string) => {
      const module = { exports: {} as Exports };
      new Function('module', 'exports', code)(module, module.exports);
      return module.exports;
    };
    const shaken = run(transformSync(shaker.typescriptForParsing(BUNDLE, ['createSourceFile'], ts), { format: 'cjs' }).code);
    expect(shaken.createSourceFile('abc')).toBe(7);
    expect(run(BUNDLE).createSourceFile('abc')).toBe(7);
  });

  it('fails on a name the bundle does not declare, and on a file not laid out as expected', () => {
    expect(() => shaker.typescriptForParsing(BUNDLE, ['createProgram'], ts)).toThrow(/no createProgram/);
    expect(() => shaker.typescriptForParsing('module.exports = {};', ['createSourceFile'], ts)).toThrow(/not laid out as expected/);
  });
});

describe('parserNamesUsedBy', () => {
  it("lists the run-time members of ts a source uses, not its types nor another object's methods", () => {
    const source = "const sf = ts.createSourceFile(f, t, ts.ScriptTarget.Latest);\nconst n: ts.Node = sf;\nif (ts.isIdentifier(n)) xs.filter(ts.isCallExpression);\nparts.forEachChild(n);";
    expect(shaker.parserNamesUsedBy([source], ts)).toEqual(['ScriptTarget', 'createSourceFile', 'isCallExpression', 'isIdentifier']);
  });

  it('covers every member js-facts uses', () => {
    const jsFacts = readFileSync(path.join(repoRoot, 'src', 'evidence', 'js-facts.ts'), 'utf8');
    const names = shaker.parserNamesUsedBy([jsFacts], ts);
    expect(names).toEqual(expect.arrayContaining(['createSourceFile', 'forEachChild', 'SyntaxKind', 'ScriptKind', 'ScriptTarget', 'isIdentifier', 'isDecorator']));
    for (const name of names) expect(typeof (ts as unknown as Record<string, unknown>)[name]).not.toBe('undefined');
  });
});
