import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));

// src/short-run.ts
var SHORT_RUN_FLAGS = "--no-use-osr";
function processV8() {
  return typeof process.getBuiltinModule === "function" ? process.getBuiltinModule("node:v8") : void 0;
}
function tuneForShortRun(runtime = processV8) {
  const v8 = runtime();
  if (!v8) return false;
  try {
    v8.setFlagsFromString(SHORT_RUN_FLAGS);
    return true;
  } catch {
    return false;
  }
}

export {
  tuneForShortRun
};
