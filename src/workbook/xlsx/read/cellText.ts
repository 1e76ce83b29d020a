/*
 * What a worksheet's XML says about one cell, as values: a date serial, a number's text, an A1 reference.
 * Pure, so readSheetXml's streaming loop holds only the streaming.
 */

/** The last day Excel can show: 9999-12-31. */
const MAX_EXCEL_SERIAL = 2_958_465;

/**
 * Excel serial → Date (UTC midnight based), as ExcelJS converts; a serial Excel cannot show as a date (below
 * 0, after 9999-12-31, not a number) stays the number as written, so it is written back unchanged and check
 * names it with its cell, instead of becoming an invalid Date written as NaN.
 */
export function excelDate(serial: number, date1904: boolean): Date | number {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_EXCEL_SERIAL) return serial;
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

/** A number cell's text as a value: the number, or the text itself when it is no finite number ("NaN"). */
export function numberOf(text: string): number | string {
  const n = Number(text.trim());
  return Number.isFinite(n) && text.trim() !== '' ? n : text;
}

/** 1-based row and 0-based column of an A1 reference, or undefined. */
export function decodeRef(ref: string): { row: number; column: number } | undefined {
  let i = 0;
  let column = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c === 36) continue; // $
    const upper = c >= 97 && c <= 122 ? c - 32 : c;
    if (upper < 65 || upper > 90) break;
    column = column * 26 + (upper - 64);
  }
  const row = parseInt(ref.slice(i).replace('$', ''), 10);
  return column > 0 && row > 0 ? { row, column: column - 1 } : undefined;
}
