import { columnLetters, tableSpec, type CellValue, type RegisterData, type RegisterRow, type RegisterTable, type WorkbookSnapshot } from '../../core';
import type { RegisterEdits } from '../../usecases/port/WorkbookPort';
import { portErrors } from '../../usecases/port/portMessages.sv';
import { xlsxErrors } from './messages.sv';
import { uppsiktPartsIn } from './uppsiktParts';

/**
 * The register's tables with `edits` made: rows appended to Uppsikt's tables (computed columns left for
 * the renderer) and cells changed in them. A cell outside Uppsikt's tables, or in a computed column, is
 * refused in Swedish: in a file only Uppsikt's own sheets are written, the user's are kept byte for byte.
 *
 * @param snapshot - The workbook as read.
 * @param register - The register read from it (without formula results).
 * @param edits - The rows to append and cells to change.
 * @returns The tables by schema name, edited.
 * @example
 * editedTables(snapshot, register, { append: [{ table: 'Rekommendationer', rows: [{ id: 'REK9' }] }], update: [] })
 */
export function editedTables(snapshot: WorkbookSnapshot, register: RegisterData, edits: RegisterEdits): Record<string, RegisterTable> {
  const own = uppsiktPartsIn(snapshot);
  const tables: Record<string, RegisterTable> = { ...(register.tables as Record<string, RegisterTable>) };
  for (const { table, rows } of edits.append) {
    if (rows.length === 0) continue;
    const found = own.tables.get(table) !== undefined ? tables[table] : undefined;
    if (!found) throw portErrors.missingTable({ table });
    const spec = tableSpec(table);
    const added: RegisterRow[] = rows.map((values) => ({
      values: Object.fromEntries(spec.columns.map((c) => [c.key, c.kind === 'computed' ? null : ((values[c.key] ?? null) as CellValue)])),
      extra: {},
      sheet: found.sheet,
      row: -1,
      columns: {},
    }));
    tables[table] = { ...found, rows: [...found.rows, ...added] };
  }
  for (const update of edits.update) {
    const cell = `${columnLetters(update.column)}${update.row + 1}`;
    if (!snapshot.sheets.some((s) => s.name === update.sheet)) throw portErrors.noSheet({ sheet: update.sheet });
    const name = [...own.tables].find(([schema]) => tables[schema]?.sheet === update.sheet)?.[0];
    const table = name === undefined ? undefined : tables[name];
    const index = table ? table.rows.findIndex((r) => r.row === update.row) : -1;
    if (!table || !name || index < 0) throw xlsxErrors.cellNotInTable({ sheet: update.sheet, cell });
    const row = table.rows[index];
    const key = Object.entries(row.columns).find(([, c]) => c === update.column)?.[0];
    const header = snapshot.sheets.find((s) => s.name === update.sheet)?.values[table.headerRow]?.[update.column];
    let changed: RegisterRow;
    if (key !== undefined) {
      if (tableSpec(name).columns.find((c) => c.key === key)?.kind === 'computed') throw xlsxErrors.computedCell({ sheet: update.sheet, cell });
      changed = { ...row, values: { ...row.values, [key]: update.value } };
    } else if (typeof header === 'string' && table.extraHeaders.includes(header)) {
      changed = { ...row, extra: { ...row.extra, [header]: update.value } };
    } else {
      throw xlsxErrors.cellNotInTable({ sheet: update.sheet, cell });
    }
    tables[name] = { ...table, rows: table.rows.map((r, i) => (i === index ? changed : r)) };
  }
  return tables;
}
