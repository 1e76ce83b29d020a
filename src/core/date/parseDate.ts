import type { CellValue } from '../cell/CellValue';
import { serialFromYmd } from './excelSerial';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ][\d:.]*z?)?$/; // matched on lower-cased text
// "1 mars 2024", "den 1 mars 2024", "1 mar. 2024"
const PROSE = /^(?:den )?(\d{1,2}) ([a-zåäö]+)\.? (\d{4})$/;
export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
export const FULL_MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
// Serial of 9999-12-31, Excel's last date.
const MAX_SERIAL = 2_958_465;

/**
 * Reads a date cell as an Excel serial: a serial number (what Excel stores), a Date (ExcelJS; read in UTC,
 * as ExcelJS writes dates), ISO text "2024-03-01", or Swedish prose "1 mars 2024".
 *
 * @param value - The date cell.
 * @returns The serial (whole days), null for blank, NaN when the value is not a date.
 * @example
 * parseDate('2024-03-01') //=> 45352
 * parseDate('den 1 mars 2024') //=> 45352
 * parseDate('snart') //=> NaN
 */
export function parseDate(value: CellValue): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) && value >= 1 && value <= MAX_SERIAL ? Math.floor(value) : NaN;
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isNaN(t) ? NaN : serialFromYmd(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value !== 'string') return NaN;
  const text = value.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '') return null;
  const iso = ISO.exec(text);
  if (iso) return checked(+iso[1], +iso[2], +iso[3]);
  const prose = PROSE.exec(text);
  if (prose) {
    const word = prose[2];
    const month = FULL_MONTHS.indexOf(word) >= 0 ? FULL_MONTHS.indexOf(word) : MONTHS.indexOf(word);
    if (month >= 0) return checked(+prose[3], month + 1, +prose[1]);
  }
  return NaN;
}

function checked(year: number, month: number, day: number): number {
  if (month < 1 || month > 12 || day < 1) return NaN;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth ? serialFromYmd(year, month, day) : NaN;
}
