// A quick test before the ignore package's: which paths no rule of a .gitignore can leave out. The package tests
// every rule's RegExp against a path and each of its folders (~50 µs a file for a 50-rule .gitignore, cold); a
// clean copy of a repository has nothing to leave out, so nearly all of that answers "kept".

/**
 * For each rule of a .gitignore that can leave a path out (not a comment, a blank or a `!` rule), one run of its
 * literal text, lowercased, that every path the rule matches holds (in its name or a folder's): the rule's
 * longest, once wildcards, classes, escapes, slashes, spaces and non-ASCII are taken out. Undefined when a rule has
 * no such run (`*`, `/`): then no path can be passed over.
 */
export function ignoringPieces(gitignore: string): string[] | undefined {
  const pieces: string[] = [];
  for (const line of gitignore.split('\n')) {
    if (line.trim() === '' || line.startsWith('#') || line.startsWith('!')) continue;
    const runs = line.toLowerCase().split(/\\[^]?|\[[^\]]*\]?|[^\x21-\x7e]|[*?/\\[\]]/);
    const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), '');
    if (longest === '') return undefined;
    pieces.push(longest);
  }
  return pieces;
}

/**
 * Whether `path` (relative to the .gitignore's folder) may be left out by a rule with these pieces: false only when
 * it holds none of them. Case is folded as the ignore package folds it, or more.
 */
export function mayBeIgnored(pieces: readonly string[] | undefined, path: string): boolean {
  if (pieces === undefined) return true;
  const folded = path.toLowerCase();
  return pieces.some((piece) => folded.includes(piece));
}
