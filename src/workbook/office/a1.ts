import { columnLetters } from '../../core';

/** "A3:L12" for 0-based top/left and a size. */
export function rangeAddress(top: number, left: number, rows: number, columns: number): string {
  return `${columnLetters(left)}${top + 1}:${columnLetters(left + columns - 1)}${top + rows}`;
}

/** A sheet name quoted for a reference, as Excel writes it. */
export function sheetRef(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
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
