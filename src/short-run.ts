// V8 tuned for a process that grades once and exits. On-stack replacement (OSR) compiles a function again while one
// of its loops runs, so that a long loop finishes in optimized code; a grade's loops are short, and on Node 24 (the
// action's runtime) those compiles cost more CPU than they save: a grade without OSR costs 4-12 % less CPU (the
// TypeScript parse on the worker included), and no tree measured got slower (docs/performance.md, round 15). It
// changes when code is optimized, never what it computes. The entries (src/cli.ts, src/index.ts) set it before any
// of the grade's code runs; the parse worker, started later, shares it.

type WithFlags = { setFlagsFromString(flags: string): void };

/** The V8 flags a short grade runs with. */
export const SHORT_RUN_FLAGS = '--no-use-osr';

/** This process's V8 module, loaded only now (`levelgate --version` never loads it); undefined on a Node without getBuiltinModule. */
function processV8(): WithFlags | undefined {
  return typeof process.getBuiltinModule === 'function' ? process.getBuiltinModule('node:v8') : undefined;
}

/** Sets SHORT_RUN_FLAGS on the V8 `runtime` gives (this process's by default); true when it was set. Never throws. */
export function tuneForShortRun(runtime: () => WithFlags | undefined = processV8): boolean {
  const v8 = runtime();
  if (!v8) return false;
  try {
    v8.setFlagsFromString(SHORT_RUN_FLAGS);
    return true;
  } catch {
    // A runtime that refuses the flag grades as it would have anyway: only with more CPU.
    return false;
  }
}
