import type { CellValue } from './CellValue';

// Anchored and without nested quantifiers, so it runs in linear time on any input.
const NUMBER_TEXT = /^[+-]?\d+(?:[.,]\d+)?$/;

/**
 * Reads a number the way a Swedish user types it: a number, or text such as "3", " 3 " or "3,5"
 * (decimal comma or point). Blank gives null; anything else gives NaN.
 *
 * @param value - The cell value.
 * @returns The number, null for blank, NaN when the value is not a number.
 * @example
 * parseNumber('3,0') //=> 3
 * parseNumber('') //=> null
 * parseNumber('hög') //=> NaN
 */
export function parseNumber(value: CellValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : NaN;
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return NaN;
  const text = value.replace(/[\s\u00a0]+/g, '');
  if (text === '') return null;
  if (!NUMBER_TEXT.test(text)) return NaN;
  return Number(text.replace(',', '.'));
}
