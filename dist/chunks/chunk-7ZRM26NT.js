import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));

// src/version.ts
var TOOL_VERSION = "0.1.0";
var RULES_VERSION = "2026.13.0";

export {
  TOOL_VERSION,
  RULES_VERSION
};
