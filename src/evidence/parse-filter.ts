// Which TS/JS files are worth parsing at all, from their text alone. A module of its own, so that the parse worker
// (parse-worker.ts) loads it without the rest of the evidence code.
import { escapeRegExp } from '../util/regexp.js';

/**
 * A test for the parse words, matched whole ("ws" is not in "news", "pino" not in "./pino-setup"); "import"
 * (a dynamic import() call) only as a call, since every ES module says "import".
 */
export function wholeWordFilter(parseWords: readonly string[]): (text: string) => boolean {
  const others = parseWords.filter((w) => w !== 'import').map(escapeRegExp);
  const words = others.length ? new RegExp(`(?<![\\w$/-])(?:${others.join('|')})(?![\\w$])`) : undefined;
  const dynamicImport = others.length < parseWords.length ? /\bimport\s*\(/ : undefined;
  return (text) => !!words?.test(text) || !!dynamicImport?.test(text);
}
