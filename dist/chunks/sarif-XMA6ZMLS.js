import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  SARIF_SCHEMA,
  renderSarif,
  toSarif
} from "./chunk-3MHRFMWH.js";
import "./chunk-WA6ICHQF.js";
import "./chunk-7ZRM26NT.js";
import "./chunk-WMKJKISQ.js";
import "./chunk-5DGXIFSJ.js";
export {
  SARIF_SCHEMA,
  renderSarif,
  toSarif
};
