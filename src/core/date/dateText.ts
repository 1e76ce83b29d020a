/**
 * What Excel shows for a date-formatted number it cannot show as a date (a serial after 9999-12-31, such as
 * 1e10): ExcelJS reads such a cell as a Date no calendar holds (new Date(NaN)).
 */
export const NO_DATE_TEXT = '#####';

/**
 * A date cell's text, yyyy-mm-dd; for a Date no calendar holds, what Excel shows in the cell, never "Invalid
 * Date" and never a throw (toISOString throws on it).
 *
 * @param value - A Date from a cell.
 * @returns The date as yyyy-mm-dd, or NO_DATE_TEXT.
 * @example
 * dateText(new Date(Date.UTC(2025, 2, 1))) //=> '2025-03-01'
 * dateText(new Date(NaN)) //=> '#####'
 */
export function dateText(value: Date): string {
  return isCalendarDate(value) ? value.toISOString().slice(0, 10) : NO_DATE_TEXT;
}

/** Whether a Date is a day of the calendar (not an invalid Date, as ExcelJS makes of a serial out of range). */
export function isCalendarDate(value: Date): boolean {
  return !Number.isNaN(value.getTime());
}
