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
} from "./chunk-FJCCVP22.js";
import "./chunk-EZC3UB6K.js";
import "./chunk-5DGXIFSJ.js";
export {
  CONFIG_LOCATIONS,
  findConfig,
  loadConfig,
  loadRulePack,
  mergeTargets,
  parseConfig
};
