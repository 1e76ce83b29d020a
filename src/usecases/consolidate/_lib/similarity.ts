import { textKey } from '../../../core';

/** Beyond this many candidates only exact keys match, so consolidation stays linear in the rows. */
export const MAX_FUZZY = 300;

/** A text with case, punctuation and all spacing folded away: "Säkerställa  att," → "säkerställaatt". */
export function compactKey(text: string): string {
  return textKey(text).replace(/ /g, '');
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/**
 * Dice similarity of two compact keys over letter pairs: tolerant of a misspelt or missing letter, which a
 * comparison of whole words is not (1 for equal texts, 0 for nothing in common).
 *
 * @example
 * letterSimilarity('skyddadepersonuppgifter', 'skydadepersonuppgifter') //=> 0.97…
 */
export function letterSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  // Lengths bound the score: skip the count when they alone rule a match out.
  const left = bigrams(a);
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const pair = b.slice(i, i + 2);
    const n = left.get(pair) ?? 0;
    if (n > 0) {
      shared++;
      left.set(pair, n - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}

const numbers = (key: string) => key.match(/\d+/g)?.join(' ') ?? '';

/**
 * Whether two compact keys are similar enough to be one text, checked cheaply by length first. Numbers must
 * be the same: "område 31" and "område 32", or two years, are never one text however alike the letters.
 */
export function similarEnough(a: string, b: string, threshold: number): boolean {
  if (numbers(a) !== numbers(b)) return false;
  const la = a.length - 1;
  const lb = b.length - 1;
  if (la <= 0 || lb <= 0) return a === b;
  if ((2 * Math.min(la, lb)) / (la + lb) < threshold) return false;
  return letterSimilarity(a, b) >= threshold;
}
