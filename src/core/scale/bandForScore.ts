import type { RiskBand, RiskScale } from './RiskScale';

/**
 * The risk level (band) a score falls in.
 *
 * @param scale - A validated scale.
 * @param score - The risk score.
 * @returns The band, or undefined when no band covers the score.
 * @example
 * bandForScore(defaultScale, 12)?.name //=> 'Hög'
 */
export function bandForScore(scale: RiskScale, score: number): RiskBand | undefined {
  for (const band of scale.bands) {
    if (score >= band.min && score <= band.max) return band;
  }
  return undefined;
}
