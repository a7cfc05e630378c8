import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  gradeMonorepo
} from "./chunk-OZHVE3Q4.js";
import {
  checkMonorepoTargets
} from "./chunk-QEUPMMOY.js";
import "./chunk-JRFP2T43.js";
import "./chunk-E2OHL4ZD.js";
import "./chunk-4SCVIFSM.js";
import "./chunk-6BLMY5GL.js";
import "./chunk-5DGXIFSJ.js";
export {
  checkMonorepoTargets,
  gradeMonorepo
};
