import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));

// src/types.ts
var DIMENSIONS = [
  "functionality",
  "security",
  "performance",
  "architecture",
  "testing",
  "documentation",
  "monitoring"
];
var LEVEL_NAMES = {
  0: "L0",
  1: "L1 Builder",
  2: "L2 Secure Builder",
  3: "L3 Architect",
  4: "L4 Production Engineer"
};

export {
  DIMENSIONS,
  LEVEL_NAMES
};
