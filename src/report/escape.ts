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
    .replace(/@/g, '@\u200b')
    // No \b: after "_" (a word character) GitHub still autolinks, so break every occurrence.
    .replace(/https?(?=:)|javascript(?=:)|www(?=\.)/gi, (m) => `${m}\u200b`);
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
