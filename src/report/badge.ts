// A README badge of the overall level: a self-contained SVG in the flat shields.io style ("levelgate | L2"), and
// the JSON that shields.io's endpoint badge reads (https://shields.io/badges/endpoint-badge) for a hosted one.
import { escapeMarkup } from './escape.js';
import type { Level } from '../types.js';

/** One colour per level, from shields' palette: red below L1 up to bright green at L4. */
export const LEVEL_COLORS: Record<Level, { name: string; hex: string }> = {
  0: { name: 'red', hex: '#e05d44' },
  1: { name: 'orange', hex: '#fe7d37' },
  2: { name: 'yellow', hex: '#dfb317' },
  3: { name: 'green', hex: '#97ca00' },
  4: { name: 'brightgreen', hex: '#44cc11' },
};

const LABEL = 'levelgate';

// Advance widths of Verdana at 11px (the badge font), for the characters a badge can hold; others count as 7.
const WIDTHS: Record<string, number> = {
  a: 6.6, e: 6.8, g: 6.9, l: 3.0, t: 4.3, v: 6.5, L: 6.2, '0': 7.0, '1': 7.0, '2': 7.0, '3': 7.0, '4': 7.0,
};
function textWidth(text: string): number {
  return [...text].reduce((sum, c) => sum + (WIDTHS[c] ?? 7), 0);
}


/** The badge as SVG: no external font, image or script, so it renders the same from a repository or Pages. */
export function renderBadgeSvg(level: Level): string {
  const message = `L${level}`;
  const color = LEVEL_COLORS[level].hex;
  const labelWidth = Math.round(textWidth(LABEL) + 10);
  const messageWidth = Math.round(textWidth(message) + 10);
  const width = labelWidth + messageWidth;
  const title = escapeMarkup(`${LABEL}: ${message}`);
  // Text is drawn at 10× and scaled down, as shields does, so it stays crisp; a darker copy 1px lower is the shadow.
  const text = (value: string, centre: number, length: number) =>
    `<text aria-hidden="true" x="${centre * 10}" y="150" fill="#010101" fill-opacity=".3" transform="scale(.1)" textLength="${length * 10}">${escapeMarkup(value)}</text>` +
    `<text x="${centre * 10}" y="140" transform="scale(.1)" fill="#fff" textLength="${length * 10}">${escapeMarkup(value)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    '<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>',
    `<clipPath id="r"><rect width="${width}" height="20" rx="3" fill="#fff"/></clipPath>`,
    `<g clip-path="url(#r)"><rect width="${labelWidth}" height="20" fill="#555"/><rect x="${labelWidth}" width="${messageWidth}" height="20" fill="${color}"/><rect width="${width}" height="20" fill="url(#s)"/></g>`,
    '<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" text-rendering="geometricPrecision" font-size="110">',
    text(LABEL, labelWidth / 2, labelWidth - 10),
    text(message, labelWidth + messageWidth / 2, messageWidth - 10),
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}

/** shields.io endpoint JSON: host it (Pages, a gist, a branch) and point https://img.shields.io/endpoint?url=… at it. */
export function renderShieldsJson(level: Level): string {
  return `${JSON.stringify({ schemaVersion: 1, label: LABEL, message: `L${level}`, color: LEVEL_COLORS[level].name })}\n`;
}
