// Node's on-disk compile cache (module.enableCompileCache, Node 22.8 and later): a later run of the same files
// reuses V8's compiled code instead of compiling the bundle and TypeScript again. Node 20 has no such function,
// and then nothing happens. NODE_COMPILE_CACHE chooses the folder, NODE_DISABLE_COMPILE_CACHE=1 turns it off
// (Node reads both); by default it is a folder under the system's temporary directory. It covers one thread only:
// the parse worker, where TypeScript is loaded, turns it on for itself when the main thread has it on.
import nodeModule from 'node:module';

type WithCompileCache = { enableCompileCache?: (directory?: string) => unknown; getCompileCacheDir?: () => string | undefined };

/** Turns the compile cache on where the runtime has it (in `directory`, if given); true when it was asked to. Never throws. */
export function enableCompileCache(runtime: WithCompileCache = nodeModule as WithCompileCache, directory?: string): boolean {
  if (typeof runtime.enableCompileCache !== 'function') return false;
  try {
    if (directory === undefined) runtime.enableCompileCache();
    else runtime.enableCompileCache(directory);
    return true;
  } catch {
    // A cache that cannot be set up (a read-only temporary folder) only costs the time it would have saved.
    return false;
  }
}

/** The folder of the compile cache this thread uses; undefined when it is off or the runtime cannot say. Never throws. */
export function compileCacheDirectory(runtime: WithCompileCache = nodeModule as WithCompileCache): string | undefined {
  try {
    const directory = runtime.getCompileCacheDir?.();
    return typeof directory === 'string' && directory ? directory : undefined;
  } catch {
    return undefined;
  }
}
