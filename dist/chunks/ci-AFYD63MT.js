import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  MAX_EXPANDED_COMMAND,
  cakeTargetCommands,
  ciSystemOf,
  commandLines,
  expandCommand,
  extractCiCommands,
  gitlabLocalIncludes,
  parseMakefile,
  parseRakefile,
  parseToxEnvlist,
  reusableWorkflowWords
} from "./chunk-4IOWKBMJ.js";
import "./chunk-XRICSXDT.js";
import "./chunk-5DGXIFSJ.js";
export {
  MAX_EXPANDED_COMMAND,
  cakeTargetCommands,
  ciSystemOf,
  commandLines,
  expandCommand,
  extractCiCommands,
  gitlabLocalIncludes,
  parseMakefile,
  parseRakefile,
  parseToxEnvlist,
  reusableWorkflowWords
};
