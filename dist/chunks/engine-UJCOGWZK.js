import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  gatherEvidence,
  grade,
  parseFilterFor,
  planGrading,
  scoreEvidence
} from "./chunk-26WVEO57.js";
import "./chunk-ADFAXVAG.js";
import "./chunk-CLVH25QO.js";
import "./chunk-JHVFMMPJ.js";
import "./chunk-5DGXIFSJ.js";
export {
  gatherEvidence,
  grade,
  parseFilterFor,
  planGrading,
  scoreEvidence
};
