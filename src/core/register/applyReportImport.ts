import type { CellValue } from '../cell/CellValue';
import { tableSpec } from '../schema/uppsiktSchema';
import type { RegisterData, RegisterRow, RegisterTable } from './RegisterData';
import type { ReportImportPlan } from './planReportImport';

/** Appends rows to a table as they will sit on the sheet: below the last row, in the table's columns. */
export function appendRows(register: RegisterData, tableName: string, records: readonly Record<string, CellValue>[]): RegisterData {
  if (records.length === 0) return register;
  const spec = tableSpec(tableName);
  const table: RegisterTable = register.tables[tableName] ?? { table: tableName, sheet: spec.sheet, headerRow: spec.headerRow - 1, extraHeaders: [], rows: [] };
  const columns: Record<string, number> = table.rows[0]?.columns ?? Object.fromEntries(spec.columns.map((c, i) => [c.key, i]));
  let next = table.rows.length > 0 ? table.rows[table.rows.length - 1].row + 1 : table.headerRow + 1;
  const added: RegisterRow[] = records.map((values) => ({ values, extra: {}, sheet: table.sheet, row: next++, columns }));
  return { ...register, tables: { ...register.tables, [tableName]: { ...table, rows: [...table.rows, ...added] } } };
}

/** An existing granskning's blank cells filled from the report (its Svar senast). */
function fillGranskning(register: RegisterData, granskning: ReportImportPlan['granskning']): RegisterData {
  const { row, fill } = granskning;
  const table = register.tables.Granskningar;
  if (!row || !fill || !table) return register;
  const rows = table.rows.map((r) => (r === row ? { ...r, values: { ...r.values, ...fill } } : r));
  return { ...register, tables: { ...register.tables, Granskningar: { ...table, rows } } };
}

/**
 * The register after an import: the granskning added when new (else its blank Svar senast filled), the new recommendation rows appended and the
 * confirmed text updates made. Every other cell is as it was.
 *
 * @param register - The register before.
 * @param plan - From planReportImport.
 * @param acceptUpdates - Whether to apply the text changes (the user confirms them).
 * @returns A new register; the input is not changed.
 */
export function applyReportImport(register: RegisterData, plan: ReportImportPlan, acceptUpdates: boolean): RegisterData {
  let next = plan.granskning.isNew ? appendRows(register, 'Granskningar', [plan.granskning.values]) : fillGranskning(register, plan.granskning);
  next = appendRows(next, 'Rekommendationer', plan.insert);
  if (!acceptUpdates || plan.update.length === 0) return next;
  const changed = new Map(plan.update.map((u) => [u.row, u.after]));
  const table = next.tables.Rekommendationer!;
  const rows = table.rows.map((row) => (changed.has(row) ? { ...row, values: { ...row.values, rekommendation: changed.get(row)! } } : row));
  return { ...next, tables: { ...next.tables, Rekommendationer: { ...table, rows } } };
}
