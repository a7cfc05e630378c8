import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  escapeMarkup
} from "./chunk-6C7SI267.js";

// src/report/badge.ts
var LEVEL_COLORS = {
  0: { name: "red", hex: "#e05d44" },
  1: { name: "orange", hex: "#fe7d37" },
  2: { name: "yellow", hex: "#dfb317" },
  3: { name: "green", hex: "#97ca00" },
  4: { name: "brightgreen", hex: "#44cc11" }
};
var LABEL = "levelgate";
var WIDTHS = {
  a: 6.6,
  e: 6.8,
  g: 6.9,
  l: 3,
  t: 4.3,
  v: 6.5,
  L: 6.2,
  "0": 7,
  "1": 7,
  "2": 7,
  "3": 7,
  "4": 7
};
function textWidth(text) {
  return [...text].reduce((sum, c) => sum + (WIDTHS[c] ?? 7), 0);
}
function renderBadgeSvg(level) {
  const message = `L${level}`;
  const color = LEVEL_COLORS[level].hex;
  const labelWidth = Math.round(textWidth(LABEL) + 10);
  const messageWidth = Math.round(textWidth(message) + 10);
  const width = labelWidth + messageWidth;
  const title = escapeMarkup(`${LABEL}: ${message}`);
  const text = (value, centre, length) => `<text aria-hidden="true" x="${centre * 10}" y="150" fill="#010101" fill-opacity=".3" transform="scale(.1)" textLength="${length * 10}">${escapeMarkup(value)}</text><text x="${centre * 10}" y="140" transform="scale(.1)" fill="#fff" textLength="${length * 10}">${escapeMarkup(value)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    '<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>',
    `<clipPath id="r"><rect width="${width}" height="20" rx="3" fill="#fff"/></clipPath>`,
    `<g clip-path="url(#r)"><rect width="${labelWidth}" height="20" fill="#555"/><rect x="${labelWidth}" width="${messageWidth}" height="20" fill="${color}"/><rect width="${width}" height="20" fill="url(#s)"/></g>`,
    '<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" text-rendering="geometricPrecision" font-size="110">',
    text(LABEL, labelWidth / 2, labelWidth - 10),
    text(message, labelWidth + messageWidth / 2, messageWidth - 10),
    "</g>",
    "</svg>",
    ""
  ].join("\n");
}
function renderShieldsJson(level) {
  return `${JSON.stringify({ schemaVersion: 1, label: LABEL, message: `L${level}`, color: LEVEL_COLORS[level].name })}
`;
}

export {
  LEVEL_COLORS,
  renderBadgeSvg,
  renderShieldsJson
};
