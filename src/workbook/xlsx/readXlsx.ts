import fs from 'fs';
import type ExcelJS from 'exceljs';
import type { CellValue, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../core';
import { parseRangeStart } from '../../core';
import { cellValueFromExcelJs, formulaFromExcelJs } from './cellValueFromExcelJs';
import { readSheetXml } from './read/readSheetXml';
import { readWorkbookParts } from './read/workbookParts';
import { ZipPackage } from './read/zipPackage';

/*
 * Reading an .xlsx file as a WorkbookSnapshot: values (cached results for formulas), formulas, tables and
 * defined names. Nothing is written; the core decides what the content means.
 *
 * readXlsx reads the package itself, one worksheet at a time as a stream of XML events, so a workbook of
 * 500,000 rows costs its cells and not ExcelJS's object per cell (which needed 2.6 GB and more). snapshotOf
 * gives the same snapshot from a workbook ExcelJS has already loaded (the write path has one).
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

function tableOf(name: string | undefined, ref: string | undefined, totalsRow: boolean, sheet: string): TableSnapshot[] {
  if (!name || !ref) return [];
  const [start, end = start] = ref.split(':');
  const from = parseRangeStart(start);
  const to = parseRangeStart(end);
  if (!from || !to) return [];
  const rows = to.row - from.row - (totalsRow ? 1 : 0);
  return [{ name, sheet, headerRow: from.row, firstColumn: from.column, columnCount: to.column - from.column + 1, rowCount: Math.max(0, rows) }];
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

/** The tables a worksheet's table parts define (name, ref, a totals row when totalsRowCount is 1). */
async function tablesOf(pkg: ZipPackage, sheetPath: string, sheet: string, partIds: readonly string[]): Promise<TableSnapshot[]> {
  if (partIds.length === 0) return [];
  const rels = new Map((await pkg.relationships(sheetPath)).map((r) => [r.id, r]));
  const tables: TableSnapshot[] = [];
  for (const id of partIds) {
    const rel = rels.get(id);
    if (!rel || rel.external || !pkg.has(rel.path)) continue;
    let attributes: Readonly<Record<string, string>> | undefined;
    await pkg.parse(rel.path, { open: (name, a) => void (name === 'table' && (attributes ??= a)) });
    for (const t of tableOf(attributes?.name, attributes?.ref, attributes?.totalsRowCount === '1', sheet)) tables.push(t);
  }
  return tables;
}

/**
 * Reads an .xlsx file (path or contents) as a snapshot, streaming each worksheet.
 *
 * @param source - A file path or the file's bytes.
 * @param options - `onProgress(sheet, rows)`, called every 25,000 rows of a sheet.
 * @returns The snapshot.
 */
export async function readXlsx(source: string | Buffer, options: { onProgress?: (sheet: string, rows: number) => void } = {}): Promise<WorkbookSnapshot> {
  const pkg = await ZipPackage.open(typeof source === 'string' ? await fs.promises.readFile(source) : source);
  const parts = await readWorkbookParts(pkg);
  const sheets: SheetSnapshot[] = [];
  const tables: TableSnapshot[] = [];
  for (const part of parts.sheets) {
    const { sheet, tableParts } = await readSheetXml(pkg, part.name, part.path, parts, options.onProgress);
    sheets.push(sheet);
    for (const t of await tablesOf(pkg, part.path, part.name, tableParts)) tables.push(t);
  }
  return { sheets, tables, names: parts.names };
}
