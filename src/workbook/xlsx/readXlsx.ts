import fs from 'fs';
import type { SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../core';
import { readSheetXml } from './read/readSheetXml';
import { readWorkbookParts } from './read/workbookParts';
import type { PackageLimits } from './read/packageLimits';
import { ZipPackage } from './read/zipPackage';
import { tableOf } from './tableOf';

/*
 * Reading an .xlsx file as a WorkbookSnapshot: values (cached results for formulas), formulas, tables and
 * defined names. Nothing is written; the core decides what the content means.
 *
 * readXlsx reads the package itself, one worksheet at a time as a stream of XML events, so a workbook of
 * 500,000 rows costs its cells and not ExcelJS's object per cell (which needed 2.6 GB and more). snapshotOf
 * (snapshotOf.ts, no Node modules, so the task pane can use it) gives the same snapshot from a workbook
 * ExcelJS has already loaded.
 */

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
 * @param options - `onProgress(sheet, rows)`, called every 25,000 rows of a sheet; `limits` on what the read may
 *   hold (PACKAGE_LIMITS unless given), past which it throws PackageLimitError naming the sheet.
 * @returns The snapshot.
 */
export async function readXlsx(source: string | Buffer, options: { onProgress?: (sheet: string, rows: number) => void; limits?: PackageLimits } = {}): Promise<WorkbookSnapshot> {
  const pkg = await ZipPackage.open(typeof source === 'string' ? await fs.promises.readFile(source) : source, options.limits);
  const parts = await readWorkbookParts(pkg);
  const sheets: SheetSnapshot[] = [];
  const tables: TableSnapshot[] = [];
  const budget = { left: pkg.limits.cells };
  for (const part of parts.sheets) {
    const { sheet, tableParts } = await readSheetXml(pkg, part.name, part.path, parts, options.onProgress, budget);
    sheets.push(sheet);
    for (const t of await tablesOf(pkg, part.path, part.name, tableParts)) tables.push(t);
  }
  return { sheets, tables, names: parts.names };
}
