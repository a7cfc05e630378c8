import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  LEVEL_COLORS,
  renderBadgeSvg,
  renderShieldsJson
} from "./chunk-QM33DQFN.js";
import "./chunk-6C7SI267.js";
import "./chunk-5DGXIFSJ.js";
export {
  LEVEL_COLORS,
  renderBadgeSvg,
  renderShieldsJson
};
