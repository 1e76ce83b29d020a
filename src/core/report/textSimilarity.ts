import { scanWork } from './reportLines';

/** The text a recommendation is recognised by: lowercase letters and digits, single spaces. */
export function textKey(text: string): string {
  return text
    .toLocaleLowerCase('sv')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Dice similarity of two texts' word sets: 1 for the same words, 0 for none in common. Used to tell a
 * variant wording of a known recommendation from a new one.
 *
 * @param a - A text key (see textKey).
 * @param b - Another.
 * @returns 2·|A∩B| / (|A|+|B|).
 * @example
 * wordSimilarity('a b c d', 'a b c e') //=> 0.75
 */
export function wordSimilarity(a: string, b: string): number {
  const left = new Set(a.split(' ').filter((w) => w !== ''));
  const right = new Set(b.split(' ').filter((w) => w !== ''));
  if (left.size + right.size === 0) return 1;
  scanWork.steps += left.size + right.size;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return (2 * shared) / (left.size + right.size);
}
