import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  gradeMonorepo
} from "./chunk-PMLN2DNM.js";
import "./chunk-D4UWMUA5.js";
import "./chunk-DLI75OZB.js";
import "./chunk-4IOWKBMJ.js";
import {
  checkMonorepoTargets
} from "./chunk-GR3EPUVJ.js";
import "./chunk-3T7CYGWW.js";
import "./chunk-7WGVYSY7.js";
import "./chunk-XRICSXDT.js";
import "./chunk-4ESW5KSC.js";
import "./chunk-LU6SHCMF.js";
import "./chunk-F5XIBRJ2.js";
import "./chunk-CX7SWQ2U.js";
import "./chunk-OO2RKC3Q.js";
import "./chunk-7ZRM26NT.js";
import "./chunk-WMKJKISQ.js";
import "./chunk-5DGXIFSJ.js";
export {
  checkMonorepoTargets,
  gradeMonorepo
};
