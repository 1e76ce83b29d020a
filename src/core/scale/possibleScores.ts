import type { RiskScale } from './RiskScale';
import { scoreRisk } from './scoreRisk';

/**
 * Every score the scale can produce, ascending and without repeats.
 *
 * @param scale - A scale whose grid (if any) has the right size.
 * @returns The distinct scores.
 * @example
 * possibleScores(defaultScale) //=> [1, 2, 3, 4, 6, 8, 9, 12, 16]
 */
export function possibleScores(scale: RiskScale): number[] {
  const scores = new Set<number>();
  for (let s = 1; s <= scale.likelihood.labels.length; s++) {
    for (let k = 1; k <= scale.consequence.labels.length; k++) scores.add(scoreRisk(scale, s, k));
  }
  return [...scores].sort((a, b) => a - b);
}
