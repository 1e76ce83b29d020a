import type ExcelJS from 'exceljs';
import type { CellValue, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../core';
import { cellValueFromExcelJs, formulaFromExcelJs } from './cellValueFromExcelJs';
import { tableOf } from './tableOf';

/*
 * The snapshot of a workbook ExcelJS has already loaded: for the task pane, which reads files in the browser
 * (no Node fs or zlib there), and for the write path, which has one. readXlsx gives the same snapshot from a
 * file, streamed.
 */

function sheetSnapshot(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  let hasFormulas = false;
  // As readXlsx: each used row from column A to its last cell, blanks as null, a hole where no row is used.
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const width = row.cellCount;
    const rowValues: CellValue[] = new Array<CellValue>(width).fill(null);
    let rowFormulas: (string | null)[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const raw = cell.value;
      if (raw !== null && typeof raw === 'object' && !(raw instanceof Date)) {
        rowValues[columnNumber - 1] = cellValueFromExcelJs(raw);
        const formula = formulaFromExcelJs(cell);
        if (formula !== null) (rowFormulas ??= new Array<string | null>(width).fill(null))[columnNumber - 1] = formula;
      } else {
        rowValues[columnNumber - 1] = raw as CellValue;
      }
    });
    values[rowNumber - 1] = rowValues;
    if (rowFormulas) {
      formulas[rowNumber - 1] = rowFormulas;
      hasFormulas = true;
    }
  });
  const snapshot: SheetSnapshot = { name: worksheet.name, values };
  if (!hasFormulas) return snapshot;
  formulas.length = values.length;
  return { ...snapshot, formulas };
}

function tableSnapshots(worksheet: ExcelJS.Worksheet): TableSnapshot[] {
  return worksheet.getTables().flatMap((entry) => {
    const model = (entry as unknown as { table?: { name?: string; tableRef?: string; ref?: string; totalsRow?: boolean } }).table;
    return tableOf(model?.name, model?.tableRef ?? model?.ref, model?.totalsRow === true, worksheet.name);
  });
}

function definedNames(workbook: ExcelJS.Workbook): Record<string, string> {
  const names: Record<string, string> = {};
  for (const entry of workbook.definedNames.model as { name: string; ranges: string[] }[]) {
    if (entry.ranges.length > 0) names[entry.name] = entry.ranges[0];
  }
  return names;
}

/** A loaded ExcelJS workbook as a snapshot. */
export function snapshotOf(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  const tables: TableSnapshot[] = [];
  workbook.eachSheet((worksheet) => {
    sheets.push(sheetSnapshot(worksheet));
    for (const table of tableSnapshots(worksheet)) tables.push(table);
  });
  return { sheets, tables, names: definedNames(workbook) };
}
