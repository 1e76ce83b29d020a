import type ExcelJS from 'exceljs';
import { fitsLine } from '../../layout/printLayout';
import { hyphenateLongWords } from '../../layout/hyphenation';
import { addDirectTable, DIRECT_ROWS_FROM } from '../render/directRows';
import { cellText, fitTextWidthsTo } from '../render/pageSetup';
import { BODY_POINTS, MAX_WORD_WIDTH, type ColumnDef } from './reportStyle';

/** Whether a report table of `rows` rows goes straight to XML (renderReport's `direct`). */
export function writesDirectly(direct: boolean, rows: number): boolean {
  return direct && rows > DIRECT_ROWS_FROM;
}

/** A report table whose body writeXlsx writes straight to XML (render/directRows.ts). */
export interface DirectBody {
  /** The Excel table's name, or the sheet's when the rows are plain cells. */
  readonly tableName: string;
  readonly headerRow: number;
  readonly columns: readonly ColumnDef[];
  /** Every row's values, as the sheet would get them; hyphenated in place when `hyphenate`. */
  readonly body: ExcelJS.CellValue[][];
  /** Split words too long for their column, as hyphenateColumns does for a printed plan. */
  readonly hyphenate?: boolean;
  /** Each row's template pair, and how many pairs the sheet wrote (DirectTable.variants). */
  readonly variants?: ArrayLike<number>;
  readonly pairs?: number;
}

/**
 * What fitTextWidths, hyphenateColumns and fitRowHeights do to a table's rows in the sheet, done to the rows
 * themselves, so that a big table is never an ExcelJS object per cell and prints the same: the wrapped
 * columns sized to all the rows' text, long words hyphenated at those widths, and the rows handed to
 * writeXlsx, which sizes each row's height as it writes it. The sheet holds the header row and the template
 * rows (templateRows), styled as the body's rows are.
 *
 * @param worksheet - The sheet, its columns at their set widths.
 * @param table - The rows.
 */
export function addDirectBody(worksheet: ExcelJS.Worksheet, table: DirectBody): void {
  const { columns, body } = table;
  const wrapped = columns.map((c, i) => (c.wrap ? i + 1 : 0)).filter((c) => c > 0);
  const texts = wrapped.map((c) => {
    const cells = [columns[c - 1].header];
    for (const row of body) cells.push(cellText(row[c - 1] ?? null));
    return cells;
  });
  fitTextWidthsTo(worksheet, texts, wrapped, BODY_POINTS, MAX_WORD_WIDTH, columns.length);
  const widths = wrapped.map((c) => worksheet.getColumn(c).width ?? 9);
  if (table.hyphenate) {
    wrapped.forEach((c, i) => {
      const fits = (part: string) => fitsLine(part, widths[i], BODY_POINTS);
      for (const row of body) {
        const value = row[c - 1];
        if (typeof value === 'string') row[c - 1] = hyphenateLongWords(value, fits);
      }
    });
  }
  addDirectTable(worksheet.workbook, {
    sheetName: worksheet.name,
    tableName: table.tableName,
    headerRow: table.headerRow,
    body,
    wrapped,
    widths,
    points: BODY_POINTS,
    ...(table.variants ? { variants: table.variants, pairs: table.pairs } : {}),
  });
}
