import type ExcelJS from 'exceljs';
import { isoFromSerial } from '../../../core';
import { pageFooter } from '../../layout/printLayout';
import type { FollowUpReportModel } from '../../../usecases/yearClose/FollowUpReportModel';
import { fitRowHeights, setPage } from '../render/pageSetup';
import { BODY_POINTS, styleBody, styleLevel, type ColumnDef } from '../report/reportStyle';

/** "Socialnämnden · per 2027-02-10 · Sida 1 av 3", as every report of Uppsikt's. */
export function followUpFooter(model: FollowUpReportModel): string {
  return pageFooter(model.scope, isoFromSerial(model.per));
}

/** A row of body cells from values, each styled by its column. */
export function writeBodyRow(worksheet: ExcelJS.Worksheet, row: number, columns: readonly ColumnDef[], values: readonly ExcelJS.CellValue[], bold = false): void {
  values.forEach((value, c) => {
    const cell = worksheet.getCell(row, c + 1);
    cell.value = value;
    styleBody(cell, columns[c], bold);
  });
}

/** A läge cell: the word, in the läge's colour, so the colour never stands alone. */
export function styleLage(cell: ExcelJS.Cell, lage: string, colors: Readonly<Record<string, string>>): void {
  const color = colors[lage];
  if (color) styleLevel(cell, color);
}

/**
 * The end of a list sheet (Kontroller, Avvikelser): a line saying the list is empty when it is, row heights
 * for the wrapped columns, the header frozen, and A4 with the header row on every page.
 */
export function finishListSheet(worksheet: ExcelJS.Worksheet, model: FollowUpReportModel, headerRow: number, columns: readonly ColumnDef[], rows: number, empty: string): void {
  if (rows === 0) worksheet.getCell(headerRow + 1, 1).value = empty;
  const last = headerRow + Math.max(rows, 1);
  const wrapped = columns.map((c, i) => (c.wrap ? i + 1 : 0)).filter((c) => c > 0);
  fitRowHeights(worksheet, headerRow, last, wrapped, BODY_POINTS);
  worksheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
  setPage(worksheet, { lastRow: last, lastColumn: columns.length, titleRow: headerRow, footer: followUpFooter(model), points: BODY_POINTS });
}
