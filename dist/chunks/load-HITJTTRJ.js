import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  CONFIG_LOCATIONS,
  findConfig,
  loadConfig,
  loadRulePack,
  mergeTargets,
  parseConfig
} from "./chunk-CK2M5SYW.js";
import "./chunk-NDV2F55R.js";
import "./chunk-XRICSXDT.js";
import "./chunk-OO2RKC3Q.js";
import "./chunk-AOC5QLPB.js";
import "./chunk-5DGXIFSJ.js";
export {
  CONFIG_LOCATIONS,
  findConfig,
  loadConfig,
  loadRulePack,
  mergeTargets,
  parseConfig
};
