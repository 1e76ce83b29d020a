import type ExcelJS from 'exceljs';
import { isoFromSerial } from '../../../core';
import { pageFooter } from '../../layout/printLayout';
import type { FollowUpReportModel } from '../../../usecases/yearClose/FollowUpReportModel';
import { styleBody, styleLevel, type ColumnDef } from '../report/reportStyle';

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
