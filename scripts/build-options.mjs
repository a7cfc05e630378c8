// esbuild's options for dist/, shared by the build and the tests that inspect what the bundle contains.
import { transformSync } from 'esbuild';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parserNamesUsedBy, typescriptForParsing } from './typescript-for-parsing.mjs';

/** The file ts-morph loads its TypeScript from (its own copy of the compiler, the one src/ parses with). */
export const TYPESCRIPT_FILE = path.join(path.dirname(createRequire(createRequire(import.meta.url).resolve('ts-morph')).resolve('@ts-morph/common')), 'typescript.js');
/** Its name in dist/, beside the chunk that loads it. */
const TYPESCRIPT_COPY = 'typescript.cjs';
const TYPESCRIPT_NAMESPACE = 'levelgate-typescript';

/**
 * src/ takes the compiler from ts-morph (`import { ts } from 'ts-morph'`); the bundle loads the same file,
 * ts-morph's typescript.js, with require() from a file of its own instead of bundling ts-morph around it: Node
 * compiles 9 MB of CommonJS once, where the bundled ESM chunk (14 MB with ts-morph's own code) cost about 0.1 s
 * more to load on Node 20. Anything but `ts` imported from ts-morph fails the build (no such export).
 */
const typescriptAsFile = {
  name: 'typescript-as-file',
  setup(build) {
    build.onResolve({ filter: /^ts-morph$/ }, () => ({ path: 'ts-morph', namespace: TYPESCRIPT_NAMESPACE }));
    build.onLoad({ filter: /.*/, namespace: TYPESCRIPT_NAMESPACE }, () => ({
      contents: `import { createRequire } from 'node:module';\nexport const ts = createRequire(import.meta.url)('./${TYPESCRIPT_COPY}');\n`,
      loader: 'js',
    }));
  },
};

let minifiedTypeScript;

/**
 * ts-morph's TypeScript for parsing only, minified (names shortened, whitespace and comments dropped; its licence
 * notice kept): what src/ reaches of it (createSourceFile, forEachChild, the node tests, the nodes' methods) and
 * nothing else (typescript-for-parsing.mjs): 1.0 MB instead of 9.1 MB. Node compiles the whole file before the first
 * parse, and that compile is most of what loading the parser costs (each grade that parses pays it, in the parse
 * worker): 190 → 140 ms of CPU on Node 20 minified, ~45 ms for parsing only. The code kept is the same, so every parse
 * is: tests/release/pack.test.ts compares the trees of every fixture file with ts-morph's copy.
 */
function typescriptMinified() {
  if (minifiedTypeScript) return minifiedTypeScript;
  const source = readFileSync(TYPESCRIPT_FILE, 'utf8');
  const ts = createRequire(import.meta.url)(TYPESCRIPT_FILE);
  const names = parserNamesUsedBy(sourcesImportingTypeScript(), ts);
  const code = transformSync(typescriptForParsing(source, names, ts), { minify: true, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'error' }).code;
  // TypeScript's code runs in strict mode; esbuild's CommonJS output of a module says so.
  if (!code.startsWith('"use strict";')) throw new Error('the parse-only TypeScript is not in strict mode');
  minifiedTypeScript = `/*!${typescriptNoticeComment(source)}*/\n${code}`;
  return minifiedTypeScript;
}

/** The sources under src/ that take the compiler from ts-morph (`import { ts } from 'ts-morph'`). */
function sourcesImportingTypeScript() {
  const src = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src');
  const texts = readdirSync(src, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(path.join(src, f), 'utf8'))
    .filter((text) => /from 'ts-morph'/.test(text));
  if (texts.length === 0) throw new Error('no source imports ts from ts-morph: is js-facts still parsing with it?');
  return texts;
}

/** Places ts-morph's TypeScript (minified) beside each output that loads it (see typescriptAsFile); returns the copies. */
export function placeTypeScript(metafile) {
  const copies = [];
  for (const [output, { inputs }] of Object.entries(metafile.outputs)) {
    if (!Object.keys(inputs).some((input) => input.startsWith(`${TYPESCRIPT_NAMESPACE}:`))) continue;
    const copy = path.join(path.dirname(output), TYPESCRIPT_COPY);
    writeFileSync(copy, typescriptMinified());
    copies.push(copy);
  }
  if (copies.length === 0) throw new Error('no output loads TypeScript: is js-facts still importing ts from ts-morph?');
  return copies;
}

/** The notice at the head of TypeScript's file (Microsoft's copyright, the Apache-2.0 licence), for licenses.txt. */
export function typescriptNotice() {
  return typescriptNoticeComment(readFileSync(TYPESCRIPT_FILE, 'utf8')).replace(/^\s*\*+\s*$/gm, '').trim();
}

/** The text of the `/*! … *\/` comment at the head of TypeScript's file. */
function typescriptNoticeComment(source) {
  const m = /^\/\*!([\s\S]*?)\*\//.exec(source);
  if (!m) throw new Error(`no licence notice at the head of ${TYPESCRIPT_FILE}`);
  return m[1];
}

/**
 * The parse worker's entry (src/evidence/parse-client.ts starts it): beside the entries, so the client finds it as
 * parse-worker.js next to its chunk or one folder up. Any bundle that grades must include it, or parsing stays on
 * the main thread.
 */
export const PARSE_WORKER_ENTRY = { 'parse-worker': 'src/evidence/parse-worker.ts' };

export function buildOptions(outdir) {
  return {
    entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts', ...PARSE_WORKER_ENTRY },
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    // Legal comments go to *.LEGAL.txt files, which the build folds into dist/licenses.txt.
    legalComments: 'external',
    // The bundled packages are read from it for dist/licenses.txt.
    metafile: true,
    logLevel: 'warning',
    plugins: [typescriptAsFile],
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
  };
}
