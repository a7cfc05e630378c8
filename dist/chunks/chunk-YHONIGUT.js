import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));

// src/report/escape.ts
function escapeMarkdown(text) {
  return text.replace(/[\r\n\u2028\u2029]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_{}[\]()#+\-!|~^$=:"'])/g, "\\$1").replace(/@/g, "@\u200B").replace(/https?(?=:)|javascript(?=:)|www(?=\.)/gi, (m) => `${m}\u200B`);
}
function codeRef(text) {
  const clean = text.replace(/[\r\n]+/g, " ").replace(/`/g, "'");
  return `\`${clean}\``;
}
function inertInLog(text) {
  return text.replace(/^([ \t]*):(?=:)/gm, "$1:\u200B");
}

export {
  escapeMarkdown,
  codeRef,
  inertInLog
};
