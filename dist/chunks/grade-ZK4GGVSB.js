import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  gradeMonorepo
} from "./chunk-7L7XABLC.js";
import {
  checkMonorepoTargets
} from "./chunk-SO7Z2IMQ.js";
import "./chunk-POOLBW3U.js";
import "./chunk-URKGHFIS.js";
import "./chunk-W4USJ5RI.js";
import "./chunk-E2OHL4ZD.js";
import "./chunk-CK2M5SYW.js";
import "./chunk-NDV2F55R.js";
import "./chunk-XRICSXDT.js";
import "./chunk-OO2RKC3Q.js";
import "./chunk-AOC5QLPB.js";
import "./chunk-5DGXIFSJ.js";
export {
  checkMonorepoTargets,
  gradeMonorepo
};
