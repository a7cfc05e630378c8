// Patterns in rule files: a plain regular expression (case-sensitive), or /source/flags.
const cache = new Map<string, RegExp>();

/** A rule pattern's regex source and flags as written ("/a|b/i" → a|b, i; "a|b" → a|b, no flags). */
export function patternParts(pattern: string): { source: string; flags: string } {
  const m = /^\/(.+)\/([a-z]*)$/s.exec(pattern);
  return m ? { source: m[1]!, flags: m[2]! } : { source: pattern, flags: '' };
}

/** Compiles a rule pattern; always multiline, so ^ and $ match at line boundaries. */
export function compilePattern(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    const { source, flags } = patternParts(pattern);
    re = new RegExp(source, `${flags.replace(/[gm]/g, '')}gm`);
    cache.set(pattern, re);
  }
  re.lastIndex = 0;
  return re;
}
