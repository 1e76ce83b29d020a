import { cellRef, isCalendarDate, type WorkbookSnapshot } from '../../core';

/**
 * Cells of the named sheets that hold a date no calendar holds, as "Uppföljning!B4": ExcelJS reads a
 * date-formatted serial past 9999-12-31 (Excel shows #####) as an invalid Date and the number is gone, so
 * writing such a sheet again would put NaN where the user's value was.
 *
 * @example
 * datesOutOfRange({ sheets: [{ name: 'Uppföljning', values: [[], [null, new Date(NaN)]] }], tables: [], names: {} }, ['Uppföljning'])
 * //=> ['Uppföljning!B2']
 */
export function datesOutOfRange(snapshot: WorkbookSnapshot, sheetNames: Iterable<string>): string[] {
  const names = new Set(sheetNames);
  const cells: string[] = [];
  for (const sheet of snapshot.sheets) {
    if (!names.has(sheet.name)) continue;
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value instanceof Date && !isCalendarDate(value)) cells.push(cellRef(sheet.name, r, c));
      }),
    );
  }
  return cells;
}
