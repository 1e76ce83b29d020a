const MS_PER_DAY = 86_400_000;
// Excel's day 0 in the 1900 date system, counted so that serials from 1 March 1900 on match Excel
// (Excel's fictitious 29 February 1900 only affects earlier serials, which registers never hold).
const EPOCH = Date.UTC(1899, 11, 30);

/**
 * The Excel date serial of a calendar date.
 *
 * @param year - Full year.
 * @param month - Month, 1–12.
 * @param day - Day of month.
 * @returns The serial (whole days).
 * @example
 * serialFromYmd(2024, 3, 1) //=> 45352
 */
export function serialFromYmd(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH) / MS_PER_DAY);
}

/**
 * The Excel date serial of a month's last day.
 *
 * @param year - Full year.
 * @param month - Month, 1–12.
 * @returns The serial (whole days).
 * @example
 * monthEnd(2028, 2) //=> serialFromYmd(2028, 2, 29)
 */
export function monthEnd(year: number, month: number): number {
  // Day 0 of the next month is this month's last; Date.UTC carries month 13 into January.
  return serialFromYmd(year, month + 1, 0);
}

/**
 * The calendar date of an Excel serial, as ISO text (yyyy-mm-dd), for messages and JSON.
 *
 * @param serial - The serial; any time of day is ignored.
 * @returns The date as yyyy-mm-dd.
 * @example
 * isoFromSerial(45352) //=> '2024-03-01'
 */
export function isoFromSerial(serial: number): string {
  return new Date(EPOCH + Math.floor(serial) * MS_PER_DAY).toISOString().slice(0, 10);
}
