import type { CellValue } from '../../cell/CellValue';
import { dateText } from '../../date/dateText';

/**
 * The text shown for a group cell, with runs of white space folded; '' for blank. Numbers (a year) and dates
 * are groups too.
 */
export function groupLabel(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'boolean') return value ? 'SANT' : 'FALSKT';
  return String(value)
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Groups match whatever their case and spacing: "Socialnämnden " and "socialnämnden" are one group. */
export function groupKey(label: string): string {
  return label.toLocaleLowerCase('sv');
}
