import type { CellValue, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../core';
import { parseRange } from '../../core';
import { readChunks } from './chunks';
import { extentOf } from './a1';

export type Sync = () => Promise<void>;

const cell = (v: unknown): CellValue => (v === '' || v === undefined ? null : (v as CellValue));

/**
 * The open workbook as a snapshot: one sync for sheet, table and name lists, one for the used ranges and
 * table addresses, then one per chunk of values (several sheets share a chunk while it has room).
 */
export async function readWorkbook(context: Excel.RequestContext, sync: Sync, cellsPerChunk?: number): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets.load('items/name');
  const tables = context.workbook.tables.load('items/name');
  const names = context.workbook.names.load('items/name,items/formula,items/type');
  await sync();

  const used = worksheets.items.map((ws) => ws.getUsedRangeOrNullObject(true).load('address'));
  const tableRanges = tables.items.map((t) => ({ table: t, range: t.getRange().load('address'), sheet: t.worksheet.load('name') }));
  await sync();

  const sizes = worksheets.items.map((ws, i) => (used[i].isNullObject ? { rows: 0, columns: 0 } : extentOf(used[i].address)));
  const values: CellValue[][][] = sizes.map(() => []);
  const formulas: (string | null)[][][] = sizes.map(() => []);
  // Plan every sheet's chunks, then pack them into syncs.
  const pieces = sizes.flatMap((size, s) => readChunks(size.rows, size.columns, cellsPerChunk).map(([start, end]) => ({ s, start, end, cells: (end - start) * size.columns })));
  const limit = cellsPerChunk ?? 100_000;
  for (let i = 0; i < pieces.length;) {
    const batch: { piece: (typeof pieces)[number]; range: Excel.Range }[] = [];
    let cells = 0;
    while (i < pieces.length && (batch.length === 0 || cells + pieces[i].cells <= limit)) {
      const piece = pieces[i++];
      cells += piece.cells;
      const range = worksheets.items[piece.s].getRangeByIndexes(piece.start, 0, piece.end - piece.start, sizes[piece.s].columns).load('values,formulas');
      batch.push({ piece, range });
    }
    await sync();
    for (const { piece, range } of batch) {
      range.values.forEach((row, r) => {
        values[piece.s][piece.start + r] = row.map(cell);
        const f = range.formulas[r].map((x) => (typeof x === 'string' && x.startsWith('=') ? x.slice(1) : null));
        formulas[piece.s][piece.start + r] = f;
      });
    }
  }

  const sheets: SheetSnapshot[] = worksheets.items.map((ws, s) => {
    const hasFormulas = formulas[s].some((row) => row.some((f) => f !== null));
    return hasFormulas ? { name: ws.name, values: values[s], formulas: formulas[s] } : { name: ws.name, values: values[s] };
  });
  const tableSnapshots: TableSnapshot[] = tableRanges.flatMap(({ table, range, sheet }) => {
    const bounds = parseRange(range.address);
    if (!bounds) return [];
    return [
      { name: table.name, sheet: sheet.name, headerRow: bounds.top, firstColumn: bounds.left, columnCount: bounds.right - bounds.left + 1, rowCount: bounds.bottom - bounds.top },
    ];
  });
  const namesSnapshot: Record<string, string> = {};
  for (const n of names.items) if (typeof n.formula === 'string') namesSnapshot[n.name] = n.formula.replace(/^=/, '');
  return { sheets, tables: tableSnapshots, names: namesSnapshot };
}
