import ExcelJS from 'exceljs';
import type { CellValue, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../core';
import { parseRangeStart } from '../../core';
import { cellValueFromExcelJs, formulaFromExcelJs } from './cellValueFromExcelJs';

/*
 * Reading an .xlsx file as a WorkbookSnapshot: values (cached results for formulas), formulas, tables and
 * defined names. Nothing is written; the core decides what the content means.
 */

function sheetSnapshot(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  let hasFormulas = false;
  const width = worksheet.columnCount;
  // Dense rows of equal width, blanks as null, so the core can index freely; built in one pass per row.
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
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
  const height = values.length;
  for (let r = 0; r < height; r++) values[r] ??= new Array<CellValue>(width).fill(null);
  const snapshot: SheetSnapshot = { name: worksheet.name, values };
  if (!hasFormulas) return snapshot;
  for (let r = 0; r < height; r++) formulas[r] ??= new Array<string | null>(width).fill(null);
  return { ...snapshot, formulas };
}

function tableSnapshots(worksheet: ExcelJS.Worksheet): TableSnapshot[] {
  return worksheet.getTables().flatMap((entry) => {
    const model = (entry as unknown as { table?: { name?: string; tableRef?: string; ref?: string; totalsRow?: boolean } }).table;
    const ref = model?.tableRef ?? model?.ref;
    if (!model?.name || !ref) return [];
    const [start, end = start] = ref.split(':');
    const from = parseRangeStart(start);
    const to = parseRangeStart(end);
    if (!from || !to) return [];
    const rows = to.row - from.row - (model.totalsRow ? 1 : 0);
    return [{ name: model.name, sheet: worksheet.name, headerRow: from.row, firstColumn: from.column, columnCount: to.column - from.column + 1, rowCount: Math.max(0, rows) }];
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

/**
 * Reads an .xlsx file (path or contents) as a snapshot.
 *
 * @param source - A file path or the file's bytes.
 * @returns The snapshot.
 */
export async function readXlsx(source: string | Buffer): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  if (typeof source === 'string') await workbook.xlsx.readFile(source);
  else await workbook.xlsx.load(source as unknown as ArrayBuffer);
  return snapshotOf(workbook);
}
