import { dateText, isCalendarDate, NO_DATE_TEXT } from '../date/dateText';
import type { CellValue } from './CellValue';

const MAX_TEXT = 40;

/**
 * Shows a cell value in a Swedish message: text in quotation marks (shortened), numbers with decimal comma,
 * booleans as Excel shows them in Swedish.
 *
 * @param value - The cell value.
 * @returns The value as it should read in a message.
 * @example
 * formatValue(2.5) //=> '2,5'
 * formatValue('hög') //=> '”hög”'
 */
export function formatValue(value: CellValue): string {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return '(tom)';
  // NaN is no value a cell can hold; shown as such, never as "NaN".
  if (typeof value === 'number') return Number.isNaN(value) ? '(inget tal)' : String(value).replace('.', ',');
  if (typeof value === 'boolean') return value ? 'SANT' : 'FALSKT';
  if (value instanceof Date) return isCalendarDate(value) ? dateText(value) : `${NO_DATE_TEXT} (ett tal utanför Excels datum)`;
  const text = value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT - 1)}…` : value;
  return `”${text}”`;
}
