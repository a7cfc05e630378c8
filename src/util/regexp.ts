/** `text` as a RegExp source that matches it literally (`a.b` → `a\.b`). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
