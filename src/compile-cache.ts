// Node's on-disk compile cache (module.enableCompileCache, Node 22.1 and later): a later run of the same files
// reuses V8's compiled code instead of compiling the bundle and TypeScript again. Node 20 has no such function,
// and then nothing happens. NODE_COMPILE_CACHE chooses the folder, NODE_DISABLE_COMPILE_CACHE=1 turns it off
// (Node reads both); by default it is a folder under the system's temporary directory.
import nodeModule from 'node:module';

type WithCompileCache = { enableCompileCache?: (directory?: string) => unknown };

/** Turns the compile cache on where the runtime has it; true when it was asked to. Never throws. */
export function enableCompileCache(runtime: WithCompileCache = nodeModule as WithCompileCache): boolean {
  if (typeof runtime.enableCompileCache !== 'function') return false;
  try {
    runtime.enableCompileCache();
    return true;
  } catch {
    // A cache that cannot be set up (a read-only temporary folder) only costs the time it would have saved.
    return false;
  }
}
