import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  checkTargets
} from "./chunk-CX7SWQ2U.js";

// src/monorepo/targets.ts
function checkMonorepoTargets(result, targets) {
  const failures = [];
  for (const f of checkTargets(result.whole, targets).failures) failures.push({ ...f, package: "" });
  for (const p of result.packages) for (const f of checkTargets(p.report, targets).failures) failures.push({ ...f, package: p.path });
  return { passed: failures.length === 0, failures };
}

export {
  checkMonorepoTargets
};
