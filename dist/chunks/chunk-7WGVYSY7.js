import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));

// src/util/paths.ts
import path from "node:path";
function isInside(root, file) {
  return file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}
function passesThroughGit(root, file) {
  return path.relative(root, file).split(path.sep).some((part) => part.toLowerCase() === ".git");
}

export {
  isInside,
  passesThroughGit
};
