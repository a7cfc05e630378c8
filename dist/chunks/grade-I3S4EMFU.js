import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  gradeMonorepo
} from "./chunk-APAD2K6K.js";
import {
  checkMonorepoTargets
} from "./chunk-Y25DXGDQ.js";
import "./chunk-Z7ZG3JW6.js";
import "./chunk-E2OHL4ZD.js";
import "./chunk-FJCCVP22.js";
import "./chunk-EZC3UB6K.js";
import "./chunk-5DGXIFSJ.js";
export {
  checkMonorepoTargets,
  gradeMonorepo
};
