import type { RegisterData } from './RegisterData';
import { appendRows } from './applyReportImport';
import type { FollowUpImportPlan } from './planFollowUpImport';

/**
 * The register after inserting a follow-up report: the new Uppföljning rows appended and the blank rows of
 * the round filled. Every other cell is as it was.
 *
 * @param register - The register before.
 * @param plan - From planFollowUpImport.
 * @returns A new register; the input is not changed.
 * @example
 * applyFollowUpImport(register, plan).tables.Uppföljningar?.rows.length //=> 31
 */
export function applyFollowUpImport(register: RegisterData, plan: FollowUpImportPlan): RegisterData {
  let next = register;
  if (plan.fill.length > 0) {
    const fills = new Map(plan.fill.map((f) => [f.row, f.values]));
    const table = next.tables.Uppföljningar!;
    const rows = table.rows.map((row) => (fills.has(row) ? { ...row, values: { ...row.values, ...fills.get(row)! } } : row));
    next = { ...next, tables: { ...next.tables, Uppföljningar: { ...table, rows } } };
  }
  return appendRows(next, 'Uppföljningar', plan.insert);
}
