import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  SARIF_SCHEMA,
  renderSarif,
  toSarif
} from "./chunk-KA4N2BN3.js";
import "./chunk-EKQ2MEFR.js";
import "./chunk-7ZRM26NT.js";
import "./chunk-WMKJKISQ.js";
import "./chunk-5DGXIFSJ.js";
export {
  SARIF_SCHEMA,
  renderSarif,
  toSarif
};
