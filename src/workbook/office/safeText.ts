import type { CellValue } from '../../core';

/*
 * range.values parses strings as if typed: "=1+1" becomes a formula, "3" a number, "2025-01-31" a date.
 * Imported or adopted text must stay exactly as it was and never become a formula, so any string Excel would
 * reinterpret gets the leading apostrophe that marks typed text (it is not part of the cell's value).
 */
const REINTERPRETED = /^(?:[=+\-@]|\s*[+-]?\d[\d\s,.:/-]*\s*%?$|(?:true|false|sant|falskt)$)/i;

export function safeCellValue(value: CellValue): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && REINTERPRETED.test(value)) return `'${value}`;
  return value;
}
