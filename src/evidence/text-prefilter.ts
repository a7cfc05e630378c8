// Which rule patterns a file can match at all, from one scan of its text for every pattern's required literals.
import { requiredLiterals } from '../rules/literals.js';
import { LiteralScanner } from './literal-scan.js';

/**
 * A test that says false only when a file's text lacks every literal `pattern` needs, so the pattern cannot
 * match it. Each file is scanned once, the first time any pattern asks; patterns not known up front, and
 * patterns without a usable literal, always get true.
 */
export function textPrefilter(patterns: readonly string[], text: (file: string) => string | undefined): (file: string, pattern: string) => boolean {
  const idOf = new Map<string, number>();
  const sets: string[][] = [];
  for (const pattern of new Set(patterns)) {
    const literals = requiredLiterals(pattern);
    if (!literals) continue;
    idOf.set(pattern, sets.length);
    sets.push(literals);
  }
  let scanner: LiteralScanner | undefined;
  const foundIn = new Map<string, number[]>(); // per file, the ids of the patterns whose literals it has
  return (file, pattern) => {
    const id = idOf.get(pattern);
    if (id === undefined) return true;
    let found = foundIn.get(file);
    if (!found) {
      const content = text(file);
      if (content === undefined) return false;
      scanner ??= new LiteralScanner(sets);
      foundIn.set(file, (found = scanner.scan(content)));
    }
    return found.includes(id);
  };
}
