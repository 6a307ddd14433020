/**
 * "Did you mean …?": the known names closest to a mistyped one, by edit distance (Levenshtein), or
 * containing it. A few lines rather than a dependency; the lists are model node ids, a few hundred.
 */
export function closest(word: string, known: readonly string[], limit = 3): string[] {
  const max = Math.max(2, Math.floor(word.length / 3));
  return known
    .map((k) => ({
      k,
      d: Math.min(editDistance(word, k), k.includes(word) || word.includes(k) ? 1 : Infinity),
    }))
    .filter((x) => x.d <= max)
    .sort((a, b) => a.d - b.d || (a.k < b.k ? -1 : 1))
    .slice(0, limit)
    .map((x) => x.k);
}

/** Levenshtein distance: insertions, deletions and substitutions. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
