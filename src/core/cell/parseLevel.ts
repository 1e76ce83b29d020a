import type { CellValue } from './CellValue';
import { parseNumber } from './parseNumber';

/** Result codes of {@link parseLevel} that are not a level (levels are 1 or more). */
export const LEVEL_BLANK = 0;
export const LEVEL_NOT_A_NUMBER = -1;
export const LEVEL_NOT_AN_INTEGER = -2;
export const LEVEL_OUT_OF_RANGE = -3;

/**
 * Reads a level on a 1..levels axis. Returns the level, or a code ≤ 0: blank, not a number, not an integer,
 * out of range. A code instead of an object keeps million-row counts free of allocation.
 *
 * @param value - The cell value: a number or number text ("3", "3,0").
 * @param levels - The number of levels on the axis.
 * @returns The level (1..levels) or one of the LEVEL_* codes.
 * @example
 * parseLevel('3,0', 4) //=> 3
 * parseLevel(5, 4) //=> LEVEL_OUT_OF_RANGE
 * parseLevel('', 4) //=> LEVEL_BLANK
 */
export function parseLevel(value: CellValue, levels: number): number {
  // Fast path: Excel hands over most levels as plain integers.
  if (typeof value === 'number' && value >= 1 && value <= levels && Number.isInteger(value)) return value;
  const n = parseNumber(value);
  if (n === null) return LEVEL_BLANK;
  if (Number.isNaN(n)) return LEVEL_NOT_A_NUMBER;
  if (!Number.isInteger(n)) return LEVEL_NOT_AN_INTEGER;
  if (n < 1 || n > levels) return LEVEL_OUT_OF_RANGE;
  return n;
}
