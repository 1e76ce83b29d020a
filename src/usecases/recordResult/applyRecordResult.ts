import type { WorkbookPort } from '../port/WorkbookPort';
import { recordResultMessagesSv as M } from './messages.sv';
import type { RecordResultPlan } from './planRecordResult';

/**
 * Writes a planned result (the plan the confirm dialog showed) through the port: the new row, or the changed
 * cells of the existing one; nothing else.
 *
 * @param port - The workbook.
 * @param plan - From planRecordResult, with no problems.
 * @returns The Swedish sentence for the user ("Klart: …").
 * @example
 * await applyRecordResult(port, plan) //=> 'Klart: utfallet för K1, T2 2026 finns nu sist på fliken Kontrollutfall.'
 */
export async function applyRecordResult(port: WorkbookPort, plan: RecordResultPlan): Promise<string> {
  await port.applyEdits(plan.edits);
  const { kontrollId, period } = plan;
  return plan.existing ? M.updated({ kontrollId, period, cells: plan.cells }) : M.appended({ kontrollId, period, sheet: plan.sheet });
}
