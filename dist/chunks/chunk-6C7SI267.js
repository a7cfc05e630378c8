import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));

// src/report/escape.ts
function escapeMarkdown(text) {
  return text.replace(/[\r\n\u2028\u2029]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_{}[\]()#+\-!|~^$=:"'])/g, "\\$1").replace(/@/g, "@\u2060").replace(/https?(?=:)|javascript(?=:)|www(?=\.)/gi, (m) => `${m}\u2060`);
}
function htmlCode(text) {
  const clean = text.replace(/[\r\n\u2028\u2029]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<code>${clean}</code>`;
}
function inlineText(text) {
  const flat = text.replace(/[\r\n\u2028\u2029]+/g, " ");
  const parts = flat.split("`");
  const paired = parts.length % 2 === 1 ? parts : [...parts.slice(0, -2), `${parts.at(-2)}'${parts.at(-1)}`];
  return paired.map((part, i) => i % 2 === 1 ? part.trim() ? codeRef(part) : escapeMarkdown(part) : plain(part)).join("");
}
function plain(text) {
  const out = [];
  let last = 0;
  for (const m of text.matchAll(/(?<![\w@])@[A-Za-z0-9][\w.-]*(?:\/[\w.-]+)?/g)) {
    out.push(escapeMarkdown(text.slice(last, m.index)), codeRef(m[0]));
    last = m.index + m[0].length;
  }
  out.push(escapeMarkdown(text.slice(last)));
  return out.join("");
}
function codeRef(text) {
  const clean = text.replace(/[\r\n]+/g, " ").replace(/`/g, "'");
  return `\`${clean}\``;
}
function inertInLog(text) {
  return text.replace(/^([ \t]*):(?=:)/gm, "$1:\u200B");
}
function escapeMarkup(text) {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export {
  escapeMarkdown,
  htmlCode,
  inlineText,
  codeRef,
  inertInLog,
  escapeMarkup
};
