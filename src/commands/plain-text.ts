// A rule page (docs/rules/<id>.md) as plain text for a terminal: no Markdown syntax, links as "text (url)".

/** The Markdown of the generated rule pages as plain text; only the constructs those pages use. */
export function markdownToText(markdown: string, pageUrl?: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const line of markdown.replace(/<!--[\s\S]*?-->\n?/g, '').split('\n')) {
    if (line.startsWith('```')) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(`    ${line}`);
      continue;
    }
    const heading = /^(#+)\s+(.*)$/.exec(line);
    if (heading) {
      const text = inline(heading[2]!, pageUrl);
      out.push(heading[1]!.length === 1 ? text : text.toUpperCase());
      continue;
    }
    const quote = /^>\s?(.*)$/.exec(line);
    out.push(quote ? `  ${inline(quote[1]!, pageUrl)}`.trimEnd() : inline(line, pageUrl));
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

function inline(text: string, pageUrl: string | undefined): string {
  const linked = text.replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_, label: string, href: string) => {
    if (/^https?:/.test(href)) return `${label} (${href})`;
    // A link between pages: resolved against the page's own URL when it is known, else the label alone.
    return pageUrl ? `${label} (${new URL(href, pageUrl).href})` : label;
  });
  // Code spans keep their content as written (globs have ** in them); bold is unwrapped only outside them.
  return linked
    .replace(/\*\*(`[^`]+`)\*\*/g, '$1')
    .split(/(``\s?.+?\s?``|`[^`]+`)/)
    .map((part, i) => (i % 2 === 1 ? part.replace(/^``\s?|\s?``$|^`|`$/g, '') : part.replace(/\*\*(.+?)\*\*/g, '$1')))
    .join('');
}
