import type { RiskScale } from './RiskScale';

/**
 * Risk score (riskvärde) of two valid levels on the scale. Levels must already be checked
 * (see parseLevel); this is the hot path of every matrix and sheet.
 *
 * @param scale - A validated scale.
 * @param likelihood - Likelihood level, 1..levels.
 * @param consequence - Consequence level, 1..levels.
 * @returns The risk score.
 * @example
 * scoreRisk(defaultScale, 3, 4) //=> 12
 */
export function scoreRisk(scale: RiskScale, likelihood: number, consequence: number): number {
  if (scale.method === 'grid' && scale.grid) return scale.grid[likelihood - 1][consequence - 1];
  return likelihood * consequence;
}
