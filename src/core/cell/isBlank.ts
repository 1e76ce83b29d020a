import type { CellValue } from './CellValue';

/**
 * Whether a cell counts as empty: null, undefined, or text that is only white space.
 *
 * @param value - The cell value.
 * @returns True for a blank cell.
 * @example
 * isBlank('  ') //=> true
 * isBlank(0) //=> false
 */
export function isBlank(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  return typeof value === 'string' && value.trim() === '';
}
