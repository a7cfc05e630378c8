import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  grade,
  parseFilterFor,
  planGrading,
  scoreEvidence
} from "./chunk-D2G26PH2.js";
import "./chunk-LHZ34NJR.js";
export {
  grade,
  parseFilterFor,
  planGrading,
  scoreEvidence
};
