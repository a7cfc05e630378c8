// Start-up: `levelgate --version` must answer in well under a quarter of a second, so the CLI's entry loads
// almost nothing itself (the bundle's static imports of dist/cli.js), and turns on Node's compile cache, where the
// runtime has it, before anything else is loaded.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { compileCacheDirectory, enableCompileCache } from '../../src/compile-cache.js';
import { SHORT_RUN_FLAGS, tuneForShortRun } from '../../src/short-run.js';
import { TOOL_VERSION } from '../../src/version.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** The source files of the bundle's outputs that `output` loads before running: its static imports, transitively. */
function loadedUpFront(metafile: Metafile, output: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const i of metafile.outputs[file]!.imports) if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  visit(output);
  return [...seen].flatMap((file) => Object.keys(metafile.outputs[file]!.inputs)).sort();
}

describe('the CLI entry', () => {
  it('loads only itself, the version, the compile-cache switch and the short-run tuning before it runs', async () => {
    const { buildOptions } = (await import(pathToFileURL(path.join(repoRoot, 'scripts', 'build-options.mjs')).href)) as { buildOptions(outdir: string): Parameters<typeof build>[0] };
    const result = await build({ ...buildOptions('dist-startup-test'), absWorkingDir: repoRoot, write: false, logLevel: 'error' });
    const cli = Object.keys(result.metafile!.outputs).find((o) => o.endsWith('/cli.js'))!;
    expect(loadedUpFront(result.metafile!, cli)).toEqual(['src/cli.ts', 'src/compile-cache.ts', 'src/short-run.ts', 'src/version.ts']);
  });

  it('answers --version without loading the rest, and runs anything else through the full CLI', async () => {
    let out = '';
    const io = { stdout: { write: (s: string) => ((out += s), true) }, stderr: { write: () => true } } as unknown as Parameters<typeof main>[1];
    expect(await main(['--version'], io)).toBe(0);
    expect(out).toBe(`${TOOL_VERSION}\n`);
    out = '';
    expect(await main(['--help'], io)).toBe(0);
    expect(out).toMatch(/^Usage: levelgate/);
  });
});

describe('the compile cache', () => {
  it('is turned on where the runtime has it', () => {
    const enable = vi.fn();
    expect(enableCompileCache({ enableCompileCache: enable })).toBe(true);
    expect(enable).toHaveBeenCalledTimes(1);
  });

  it('is skipped on a runtime without it (Node 20), and a failure to set it up never stops the CLI', () => {
    expect(enableCompileCache({})).toBe(false);
    expect(
      enableCompileCache({
        enableCompileCache: () => {
          throw new Error('EROFS: read-only file system');
        },
      }),
    ).toBe(false);
  });

  it('is turned on in a folder given (the parse worker takes the main thread\'s)', () => {
    const enable = vi.fn();
    expect(enableCompileCache({ enableCompileCache: enable }, '/cache/here')).toBe(true);
    expect(enable).toHaveBeenCalledWith('/cache/here');
  });

  it('tells its folder when it is on, and nothing when it is off, unknown or failing', () => {
    expect(compileCacheDirectory({ getCompileCacheDir: () => '/cache/here' })).toBe('/cache/here');
    expect(compileCacheDirectory({ getCompileCacheDir: () => undefined })).toBeUndefined();
    expect(compileCacheDirectory({})).toBeUndefined();
    expect(
      compileCacheDirectory({
        getCompileCacheDir: () => {
          throw new Error('no');
        },
      }),
    ).toBeUndefined();
  });
});

describe('the short-run tuning', () => {
  it('turns off on-stack replacement, and only that', () => {
    const set = vi.fn();
    expect(tuneForShortRun(() => ({ setFlagsFromString: set }))).toBe(true);
    expect(set).toHaveBeenCalledExactlyOnceWith('--no-use-osr');
    expect(SHORT_RUN_FLAGS).toBe('--no-use-osr');
  });

  it('never stops a grade: a runtime that refuses the flag, or has no V8 module to give, runs untuned', () => {
    expect(
      tuneForShortRun(() => ({
        setFlagsFromString: () => {
          throw new Error('flags are frozen');
        },
      })),
    ).toBe(false);
    expect(tuneForShortRun(() => undefined)).toBe(false);
  });
});
