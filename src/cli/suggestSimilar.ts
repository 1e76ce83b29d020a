/*
 * The names closest to what the user typed, for "Menade du …?": the optimal string alignment distance
 * (Damerau–Levenshtein, each substring edited once), as commander computes it for its English suggestions.
 */

const MAX_DISTANCE = 3;
const MIN_SIMILARITY = 0.4;

/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > MAX_DISTANCE) return Math.max(a.length, b.length);
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d[i] = [i];
  for (let j = 0; j <= b.length; j++) d[0][j] = j;
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * The candidates nearest to `word` (all of them at the best distance, at most three edits and more alike
 * than not), sorted; none when nothing is near. Flags are compared without their "--".
 */
export function suggestSimilar(word: string, candidates: readonly string[]): string[] {
  const flags = word.startsWith('--');
  const bare = (s: string) => (flags ? s.slice(2) : s);
  let similar: string[] = [];
  let best = MAX_DISTANCE;
  for (const candidate of new Set(candidates)) {
    if (bare(candidate).length <= 1) continue; // no one-letter guesses
    const distance = editDistance(bare(word), bare(candidate));
    const length = Math.max(bare(word).length, bare(candidate).length);
    if ((length - distance) / length <= MIN_SIMILARITY) continue;
    if (distance < best) {
      best = distance;
      similar = [candidate];
    } else if (distance === best) similar.push(candidate);
  }
  return similar.sort((a, b) => a.localeCompare(b));
}
