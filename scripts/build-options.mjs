// esbuild's options for dist/, shared by the build and the tests that inspect what the bundle contains.
export function buildOptions(outdir) {
  return {
    entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
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
