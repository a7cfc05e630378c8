// "Did you mean": the edit distance between a mistyped name and the names that exist.

/** Levenshtein distance: the fewest single-character insertions, deletions or substitutions from a to b. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidate nearest to `word`, when it is at most `maxDistance` edits away (ties: the first in order). */
export function closest(word: string, candidates: Iterable<string>, maxDistance = 3): string | undefined {
  let best: { candidate: string; d: number } | undefined;
  for (const candidate of candidates) {
    const d = editDistance(word, candidate);
    if (d <= maxDistance && (!best || d < best.d)) best = { candidate, d };
  }
  return best?.candidate;
}
