// Escaping for text that comes from the scanned repository (file names, messages) before it enters Markdown.

/**
 * Makes untrusted text inert inside GitHub Markdown and table cells: no HTML, no links or images,
 * no @mentions or #references, no code spans, no pipes that split cells, no line breaks.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+\-!|~^$=:"'])/g, '\\$1')
    // U+2060 (word joiner), not a zero-width space: it stops the mention and the autolink without letting a
    // line break at "@" or in "https:".
    .replace(/@/g, '@\u2060')
    // No \b: after "_" (a word character) GitHub still autolinks, so break every occurrence.
    .replace(/https?(?=:)|javascript(?=:)|www(?=\.)/gi, (m) => `${m}\u2060`);
}

/** A name as HTML code (inside a <summary>): copyable as is, no mention, no tag. */
export function htmlCode(text: string): string {
  const clean = text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  return `<code>${clean}</code>`;
}

/**
 * Prose that may hold code (a hint, a finding's message): `quoted` parts become real code spans, "@scope/name"
 * becomes a code span (no mention, nothing invisible when copied), the rest is escaped. Safe for untrusted text.
 */
export function inlineText(text: string): string {
  const flat = text.replace(/[\r\n\u2028\u2029]+/g, ' ');
  const parts = flat.split('`');
  // An unpaired backtick leaves its tail as plain text.
  const paired = parts.length % 2 === 1 ? parts : [...parts.slice(0, -2), `${parts.at(-2)}'${parts.at(-1)}`];
  return paired
    .map((part, i) => (i % 2 === 1 ? (part.trim() ? codeRef(part) : escapeMarkdown(part)) : plain(part)))
    .join('');
}

/** Outside code: "@name" and "@scope/name" (not an e-mail address) as code spans, the rest escaped. */
function plain(text: string): string {
  const out: string[] = [];
  let last = 0;
  for (const m of text.matchAll(/(?<![\w@])@[A-Za-z0-9][\w.-]*(?:\/[\w.-]+)?/g)) {
    out.push(escapeMarkdown(text.slice(last, m.index)), codeRef(m[0]));
    last = m.index + m[0].length;
  }
  out.push(escapeMarkdown(text.slice(last)));
  return out.join('');
}

/** A file:line reference as inline code that cannot break out of its backticks. */
export function codeRef(text: string): string {
  const clean = text.replace(/[\r\n]+/g, ' ').replace(/`/g, "'");
  return `\`${clean}\``;
}

/**
 * Makes text safe to print to a CI log: GitHub's runner takes any line that starts (after blanks) with `::` as a
 * workflow command (`::error::`, `::add-mask::`, `::stop-commands::`), and a file or package name with a line
 * break could start one. Such a line gets a zero-width space between its colons; nothing else changes.
 */
export function inertInLog(text: string): string {
  return text.replace(/^([ \t]*):(?=:)/gm, '$1:\u200b');
}

/**
 * Text for HTML or SVG, in an element or a quoted attribute: every character that could end either (& < > " ' `)
 * as a numeric reference. Used by the badge, the history chart and the fleet dashboard.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}
