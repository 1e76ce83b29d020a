import type ExcelJS from 'exceljs';
import { PLAN_LABELS, quoteSheetName, SCALE_NAME, SCHEMA_VERSION, VERSION_NAME, type RegisterData } from '../../../core';
import { listPlacements, scalePlacement, VERSION_ROW, LIST_HEADER_ROW, PLAN_LABEL_COLUMNS } from '../../layout/settingsLayout';
import type { UppsiktNames } from '../../layout/uppsiktNames';
import { layoutMessagesSv } from '../../layout/messages.sv';
import { absolute, label } from './sheetText';
import { workingFooter } from '../../layout/printLayout';
import { setPage } from './pageSetup';

/** Inställningar: schema version, the scale block and the lists, each under its defined name. */
export function renderSettingsSheet(workbook: ExcelJS.Workbook, worksheet: ExcelJS.Worksheet, register: RegisterData, names: UppsiktNames): void {
  const sheet = quoteSheetName(worksheet.name);
  const define = (name: string, top: number, left: number, bottom: number, right: number) =>
    workbook.definedNames.add(`${sheet}!${absolute(top, left)}:${absolute(bottom, right)}`, names.definedNames.get(name)!);

  label(worksheet.getCell(VERSION_ROW + 1, 1), layoutMessagesSv.schemaVersion());
  worksheet.getCell(VERSION_ROW + 1, 2).value = SCHEMA_VERSION;
  workbook.definedNames.add(`${sheet}!${absolute(VERSION_ROW, 1)}`, names.definedNames.get(VERSION_NAME)!);
  for (const key of ['faststalld', 'beslutsnummer'] as const) {
    label(worksheet.getCell(VERSION_ROW + 1, PLAN_LABEL_COLUMNS[key] + 1), PLAN_LABELS[key]);
    const value = worksheet.getCell(VERSION_ROW + 1, PLAN_LABEL_COLUMNS[key] + 2);
    value.value = (register.plan?.[key] ?? null) as ExcelJS.CellValue;
    if (key === 'faststalld') value.numFmt = 'yyyy-mm-dd';
  }

  const scale = scalePlacement(register);
  scale.cells.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === undefined) return;
      const cell = worksheet.getCell(scale.top + r + 1, c + 1);
      cell.value = value as ExcelJS.CellValue;
      if (c === 0) cell.font = { bold: true };
    }),
  );
  define(SCALE_NAME, scale.top, 0, scale.bottom, scale.right);

  for (const list of listPlacements(register)) {
    label(worksheet.getCell(LIST_HEADER_ROW + 1, list.column + 1), list.header);
    list.values.forEach((value, i) => (worksheet.getCell(list.firstRow + i + 1, list.column + 1).value = value));
    worksheet.getColumn(list.column + 1).width = 28;
    define(list.name, list.firstRow, list.column, list.lastRow, list.column);
  }
  worksheet.getColumn(1).width = 16;
  for (let c = 2; c <= 6; c++) worksheet.getColumn(c).width = 16;
  const lists = listPlacements(register);
  const lastRow = lists.reduce((last, l) => Math.max(last, l.firstRow + l.values.length), scale.top + scale.cells.length);
  setPage(worksheet, { lastRow, lastColumn: lists[lists.length - 1].column + 1, footer: workingFooter(register.lists.namnder), points: 11 });
}
