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
  let width = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const rowValues: CellValue[] = [];
    let rowFormulas: (string | null)[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      rowValues[columnNumber - 1] = cellValueFromExcelJs(cell.value);
      const formula = formulaFromExcelJs(cell);
      if (formula !== null) (rowFormulas ??= [])[columnNumber - 1] = formula;
    });
    width = Math.max(width, rowValues.length);
    values[rowNumber - 1] = rowValues;
    if (rowFormulas) formulas[rowNumber - 1] = rowFormulas;
  });
  // Sparse arrays become dense rows of equal width, blanks as null, so the core can index freely.
  const dense = (rows: (CellValue | string | null)[][], height: number) =>
    Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? null));
  const snapshot: SheetSnapshot = { name: worksheet.name, values: dense(values, values.length) };
  return formulas.length > 0 ? { ...snapshot, formulas: dense(formulas, values.length) as (string | null)[][] } : snapshot;
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
    tables.push(...tableSnapshots(worksheet));
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
