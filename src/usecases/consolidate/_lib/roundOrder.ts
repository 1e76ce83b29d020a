import { compareRounds, type CellValue } from '../../../core';

/**
 * The latest of some rounds (Omgång values) as the core orders them (compareRounds), the first of equals:
 * a verdict given in it, being the least finished, is then the current verdict (see isLaterVerdict).
 */
export function latestRound(values: readonly CellValue[]): CellValue {
  let best: CellValue = null;
  for (const value of values) if (best === null || compareRounds(value, best) > 0) best = value;
  return best;
}
