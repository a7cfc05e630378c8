import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));

// src/compile-cache.ts
import nodeModule from "node:module";
function enableCompileCache(runtime = nodeModule, directory) {
  if (typeof runtime.enableCompileCache !== "function") return false;
  try {
    if (directory === void 0) runtime.enableCompileCache();
    else runtime.enableCompileCache(directory);
    return true;
  } catch {
    return false;
  }
}
function compileCacheDirectory(runtime = nodeModule) {
  try {
    const directory = runtime.getCompileCacheDir?.();
    return typeof directory === "string" && directory ? directory : void 0;
  } catch {
    return void 0;
  }
}

export {
  enableCompileCache,
  compileCacheDirectory
};
