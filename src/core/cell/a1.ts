/*
 * A1 cell references: what every Swedish message uses to say where a problem is ("Riskanalys!F7").
 * Rows and columns are 0-based here, as in the rest of the core.
 */

/**
 * Column letters of a 0-based column index.
 *
 * @param column - 0-based column.
 * @returns The letters.
 * @example
 * columnLetters(0) //=> 'A'
 * columnLetters(27) //=> 'AB'
 */
export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

// A name that reads as a cell (A1, XFD1048576, R1C1, R, C) or a boolean must be quoted, or Excel reads the cell.
const PLAIN_SHEET = /^[\p{L}_][\p{L}\p{N}_.]*$/u;
const CELL_LIKE = /^(?:[A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc]|true|false)$/i;

/**
 * A sheet name as a formula, a defined name or a message needs it before "!": quoted (and its apostrophes
 * doubled) unless it is plain letters, digits, "_" and "." that cannot be read as a cell or a boolean.
 * The one place that quotes a sheet name; parseRangeStart reads it back.
 *
 * @param name - The sheet name.
 * @returns The name, quoted where needed.
 * @example
 * quoteSheetName('Riskanalys') //=> 'Riskanalys'
 * quoteSheetName('Inställningar (Uppsikt)') //=> "'Inställningar (Uppsikt)'"
 * quoteSheetName("Kalle's") //=> "'Kalle''s'"
 * quoteSheetName('Q1') //=> "'Q1'"
 */
export function quoteSheetName(name: string): string {
  return PLAIN_SHEET.test(name) && !CELL_LIKE.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * A cell reference, with the sheet name quoted when Excel would quote it (quoteSheetName).
 *
 * @param sheet - Sheet name, or '' for none.
 * @param row - 0-based row.
 * @param column - 0-based column.
 * @returns The reference.
 * @example
 * cellRef('Riskanalys', 6, 5) //=> 'Riskanalys!F7'
 * cellRef('Min flik', 0, 0) //=> "'Min flik'!A1"
 */
export function cellRef(sheet: string, row: number, column: number): string {
  const cell = `${columnLetters(column)}${row + 1}`;
  if (sheet === '') return cell;
  return `${quoteSheetName(sheet)}!${cell}`;
}

/** The sheet and top-left cell of a range address. */
export interface RangeStart {
  sheet: string;
  row: number;
  column: number;
}

const ADDRESS = /^(?:(?:\[[^\]]*\])?('(?:[^']|'')*'|[^!]*)!)?\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::.*)?$/;

/**
 * Reads the sheet and top-left cell of an address such as "Sheet1!A2:A45", "'Min flik'!$B$3" or
 * "[Bok1]Blad1!C4".
 *
 * @param address - The address.
 * @returns The start, or undefined when the text is not an address.
 * @example
 * parseRangeStart("'Min flik'!B3:B9") //=> { sheet: 'Min flik', row: 2, column: 1 }
 */
export function parseRangeStart(address: string): RangeStart | undefined {
  const m = ADDRESS.exec(address.trim());
  if (!m) return undefined;
  const rawSheet = m[1] ?? '';
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  let column = 0;
  for (const ch of m[2].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { sheet, row: Number(m[3]) - 1, column: column - 1 };
}

/** A rectangular range: sheet and 0-based inclusive bounds. */
export interface RangeBounds {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Reads a range address such as a defined name's "Inställningar!$A$4:$H$23" (a single cell is a 1 × 1 range).
 *
 * @param address - The address.
 * @returns The bounds, or undefined when the text is not a range address.
 * @example
 * parseRange("'Min flik'!$B$3:$C$9") //=> { sheet: 'Min flik', top: 2, left: 1, bottom: 8, right: 2 }
 */
export function parseRange(address: string): RangeBounds | undefined {
  const start = parseRangeStart(address);
  if (!start) return undefined;
  const colon = address.lastIndexOf(':');
  const end = colon > address.lastIndexOf('!') ? parseRangeStart(address.slice(colon + 1)) : start;
  if (!end) return undefined;
  return {
    sheet: start.sheet,
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}
