// Patterns in rule files: a plain regular expression (case-sensitive), or /source/flags.
const cache = new Map<string, RegExp>();

/** A rule pattern's regex source and flags as written ("/a|b/i" → a|b, i; "a|b" → a|b, no flags). */
export function patternParts(pattern: string): { source: string; flags: string } {
  // By search, not a regex: a custom pattern of many slashes would make /^\/(.+)\/([a-z]*)$/ backtrack.
  const last = pattern.lastIndexOf('/');
  const flags = pattern.slice(last + 1);
  return pattern.startsWith('/') && last > 1 && /^[a-z]*$/.test(flags) ? { source: pattern.slice(1, last), flags } : { source: pattern, flags: '' };
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
