// Reading a comment as GitHub shows it: rendered by cmark-gfm, its visible lines, its table's width on a phone.
import { execFileSync } from 'node:child_process';

export function render(markdown: string): string {
  return execFileSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'tagfilter', '-e', 'strikethrough'], { input: markdown, encoding: 'utf8' });
}

/** The HTML's text as a reader sees it: tags and code blocks out, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The comment's lines outside <details> (the marker and blank lines left out; a fold's summary is one line). */
export function visibleLines(markdown: string): string[] {
  const out: string[] = [];
  let depth = 0;
  for (const line of markdown.split('\n')) {
    if (line === '<details>' || line.startsWith('<details>')) {
      depth++;
      continue;
    }
    if (line === '</details>') {
      depth--;
      continue;
    }
    if (line.startsWith('<summary>') && depth === 1) out.push(line);
    else if (depth === 0 && line.trim() && !line.startsWith('<!--')) out.push(line);
  }
  return out;
}

/**
 * The narrowest a table row can be rendered, in pixels, as a proxy counted in characters (the rule behind "fits
 * 400 px"): github-markdown-css sets 16 px text and pads a cell 13 px left and right (27 px with its border); at a
 * 400 px wide screen GitHub leaves the comment body about 336 px (16 px page gutter and 16 px body padding each
 * side). A character of the 16 px system font is at most 9 px (digits and capitals; an emoji counts as two). A row
 * fits when 9 × characters + 27 × cells ≤ 336.
 */
export function rowWidthPx(row: string): number {
  const cells = row.replace(/^\||\|$/g, '').split(/(?<!\\)\|/);
  const text = cells.map((c) => c.replace(/\*\*|`|\\/g, '').trim());
  const chars = text.reduce((n, t) => n + [...t].reduce((k, ch) => k + (/\p{Extended_Pictographic}/u.test(ch) ? 2 : /[\uFE0F\u200D]/.test(ch) ? 0 : 1), 0), 0);
  return chars * 9 + cells.length * 27;
}
export const PHONE_BODY_PX = 336;

/**
 * The same proxy for a row whose cells may wrap: a browser breaks a cell at a space and after a "/" (or a "-" before
 * a letter), so a cell is as narrow as its longest unbreakable piece. Used for the packages table, whose folder names
 * are long but wrap ("packages/" then "pkg-04").
 */
export function minRowWidthPx(row: string): number {
  const cells = row.replace(/^\||\|$/g, '').split(/(?<!\\)\|/);
  const widest = (cell: string) => Math.max(0, ...cell.replace(/\*\*|`|\\/g, '').trim().split(/\s+|(?<=\/)|(?<=-)(?=\p{L})/u).map((piece) => rowWidthPx(`|${piece}|`) - 27));
  return cells.reduce((n, c) => n + widest(c) + 27, 0);
}
