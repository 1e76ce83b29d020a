import { isBlank, parseDate, type CellValue } from '../../../core';

/** A round's position in time: a year (2024) as its 1 January, a date as itself, text last. */
function roundValue(value: CellValue): number {
  if (isBlank(value)) return Number.NEGATIVE_INFINITY;
  const text = String(value).trim();
  if (/^\d{4}$/.test(text)) return Number(parseDate(`${text}-01-01`));
  if (typeof value === 'number') return value >= 1900 && value <= 2100 ? Number(parseDate(`${value}-01-01`)) : value;
  const date = parseDate(value);
  return date === null || Number.isNaN(date) ? Number.POSITIVE_INFINITY : date;
}

/** The latest of some rounds (Omgång values), the first of equals. */
export function latestRound(values: readonly CellValue[]): CellValue {
  let best: CellValue = null;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    const v = roundValue(value);
    if (best === null || v > bestValue) {
      best = value;
      bestValue = v;
    }
  }
  return best;
}
