import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  gradeMonorepo
} from "./chunk-ZW4KI4VF.js";
import {
  checkMonorepoTargets
} from "./chunk-D7JNTTT2.js";
import "./chunk-2KC7D3RH.js";
import "./chunk-E2OHL4ZD.js";
import "./chunk-5NBKR4HU.js";
import "./chunk-BU6M4KQJ.js";
import "./chunk-5DGXIFSJ.js";
export {
  checkMonorepoTargets,
  gradeMonorepo
};
