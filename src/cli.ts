#!/usr/bin/env node
// levelgate from a terminal or any CI system. This entry loads almost nothing itself: it tunes V8 for a short run
// (src/short-run.ts) and turns on Node's compile cache before the rest is loaded (src/compile-cache.ts), answers
// `--version` at once, and loads the CLI (src/cli-main.ts) for everything else.
import { enableCompileCache } from './compile-cache.js';
import { tuneForShortRun } from './short-run.js';
import { TOOL_VERSION } from './version.js';

/** Runs the CLI with argv (without node and script); returns the exit code. */
export async function main(argv: string[], io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  if (argv.length === 1 && argv[0] === '--version') {
    io.stdout.write(`${TOOL_VERSION}\n`);
    return 0;
  }
  return (await import('./cli-main.js')).main(argv, io);
}

// Run when executed directly (bin or `node dist/cli.js`), not when imported by tests.
const invokedDirectly = process.argv[1] && /(^|[\\/])(cli\.(js|ts)|levelgate)$/.test(process.argv[1]);
if (invokedDirectly) {
  const argv = process.argv.slice(2);
  // `--version` runs no grade: it need not load V8's module to tune it.
  if (!(argv.length === 1 && argv[0] === '--version')) tuneForShortRun();
  enableCompileCache();
  main(argv).then((code) => {
    process.exitCode = code;
  });
}
