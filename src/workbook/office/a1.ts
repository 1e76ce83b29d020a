import { columnLetters, parseRangeStart } from '../../core';

/** "A3:L12" for 0-based top/left and a size. */
export function rangeAddress(top: number, left: number, rows: number, columns: number): string {
  return `${columnLetters(left)}${top + 1}:${columnLetters(left + columns - 1)}${top + rows}`;
}

/** The bottom-right of an address such as "Blad1!A1:F20" as 0-based row and column counts (20, 6). */
export function extentOf(address: string): { rows: number; columns: number } {
  const last = address.split('!').pop()!.split(':').pop()!.replace(/\$/g, '');
  const m = /^([A-Z]+)(\d+)$/.exec(last);
  if (!m) return { rows: 0, columns: 0 };
  let column = 0;
  for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { rows: Number(m[2]), columns: column };
}

/** The sheet (unquoted, see quoteSheetName) and the cells of an address such as "'Min flik'!F5:F20". */
export function splitAddress(address: string): { sheet: string; cells: string } {
  return { sheet: parseRangeStart(address)?.sheet ?? '', cells: address.slice(address.lastIndexOf('!') + 1) };
}
