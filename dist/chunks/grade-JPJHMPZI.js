import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  gradeMonorepo
} from "./chunk-22MDGCJA.js";
import {
  checkMonorepoTargets
} from "./chunk-YZ2KQPNH.js";
import "./chunk-MON66RSK.js";
import "./chunk-VGJGXL5Q.js";
import "./chunk-GXQULZQC.js";
import "./chunk-YR367QJ6.js";
import "./chunk-XRICSXDT.js";
import "./chunk-OO2RKC3Q.js";
import "./chunk-AOC5QLPB.js";
import "./chunk-E2OHL4ZD.js";
import "./chunk-5DGXIFSJ.js";
export {
  checkMonorepoTargets,
  gradeMonorepo
};
