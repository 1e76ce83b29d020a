import { idKey, type CellValue, type RegisterData, type RegisterTable } from '../../core';
import type { NewYearPlan } from './planNewYear';
import { yearCloseMessagesSv as M } from './messages.sv';

/** The table with a column of marks (added after the user's own columns, or filled if it is there). */
function withMarks(table: RegisterTable | undefined, header: string, markOf: (values: Readonly<Record<string, CellValue>>) => string | null): RegisterTable | undefined {
  if (!table) return undefined;
  const extraHeaders = table.extraHeaders.includes(header) ? table.extraHeaders : [...table.extraHeaders, header];
  return { ...table, extraHeaders, rows: table.rows.map((row) => ({ ...row, extra: { ...row.extra, [header]: markOf(row.values) } })) };
}

/**
 * Next year's register from a plan (planNewYear): the same rows in every table, a column "Inför <år>" on
 * Riskanalys (every risk: re-assess) and on Internkontrollplan (the flagged controls), and the plan's
 * Fastställd and Beslutsnummer cleared. The input register is not changed.
 *
 * @param register - This year's register.
 * @param plan - From planNewYear.
 * @returns The new register.
 * @example
 * newYearRegister(register, plan).plan //=> { faststalld: null, beslutsnummer: null }
 */
export function newYearRegister(register: RegisterData, plan: NewYearPlan): RegisterData {
  const marks = new Map(plan.flagged.map((f) => [idKey(f.id), f.mark]));
  const reassess = M.reassessRisk({ year: plan.from });
  const tables = { ...register.tables };
  const risks = withMarks(register.tables.Risker, plan.header, () => reassess);
  if (risks) tables.Risker = risks;
  const controls = withMarks(register.tables.Kontroller, plan.header, (v) => marks.get(idKey(v.id ?? null)) ?? null);
  if (controls) tables.Kontroller = controls;
  return { ...register, tables, plan: { faststalld: null, beslutsnummer: null } };
}
