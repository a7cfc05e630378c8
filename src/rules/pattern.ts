// Patterns in rule files: a plain regular expression (case-sensitive), or /source/flags.
const cache = new Map<string, RegExp>();

/** Compiles a rule pattern; always multiline, so ^ and $ match at line boundaries. */
export function compilePattern(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    const m = /^\/(.+)\/([a-z]*)$/s.exec(pattern);
    re = m ? new RegExp(m[1]!, `${m[2]!.replace(/[gm]/g, '')}gm`) : new RegExp(pattern, 'gm');
    cache.set(pattern, re);
  }
  re.lastIndex = 0;
  return re;
}
