import { tableSpec, type CellValue } from '../../core';
import { typedFormula } from '../layout/fileFormula';
import type { RegisterEdits } from '../../usecases/port/WorkbookPort';
import { portErrors } from '../../usecases/port/portMessages.sv';
import { writeChunks } from './chunks';
import type { Sync } from './readWorkbook';
import { safeCellValue } from './safeText';
import { namesIn, readExisting } from './writeStructure';

/**
 * Appends rows to Uppsikt's tables and changes single cells: one sync to learn the tables' names and
 * columns, then one per chunk of rows (the cell changes go with the first). Computed columns get their
 * formula, the user's own columns stay empty, and text is written so it can never become a formula.
 */
export async function writeEdits(context: Excel.RequestContext, sync: Sync, edits: RegisterEdits): Promise<void> {
  const existing = await readExisting(context, sync);
  const names = namesIn(existing);
  const pending: { table: Excel.Table; rows: (string | number | boolean)[][] }[] = [];
  for (const { table, rows } of edits.append) {
    if (rows.length === 0) continue;
    const name = names.tables.get(table) ?? table;
    const found = existing.tables.find((t) => t.name === name);
    if (!found) throw portErrors.missingTable({ table });
    const spec = tableSpec(table);
    const byHeader = new Map(spec.columns.map((c) => [c.header, c]));
    const body = rows.map((values) =>
      found.columns.map((header) => {
        const column = byHeader.get(header);
        if (!column) return '';
        if (column.kind === 'computed' && column.formula) return typedFormula(column.formula, names);
        return safeCellValue((values[column.key] ?? null) as CellValue);
      }),
    );
    pending.push({ table: context.workbook.tables.getItem(name), rows: body });
  }
  const app = context.workbook.application;
  app.suspendApiCalculationUntilNextSync();
  for (const u of edits.update) {
    context.workbook.worksheets.getItem(u.sheet).getRangeByIndexes(u.row, u.column, 1, 1).values = [[safeCellValue(u.value)]];
  }
  let queued = edits.update.length > 0;
  for (const { table, rows } of pending) {
    for (const [start, end] of writeChunks(rows)) {
      table.rows.add(undefined, rows.slice(start, end));
      queued = true;
      await sync();
      queued = false;
      app.suspendApiCalculationUntilNextSync();
    }
  }
  if (queued) await sync();
}
