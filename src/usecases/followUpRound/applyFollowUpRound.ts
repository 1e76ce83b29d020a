import type { WorkbookPort } from '../port/WorkbookPort';
import { flowMessagesSv as M } from '../messages.sv';
import type { FollowUpRoundPlan } from './planFollowUpRound';

/**
 * Starts a planned follow-up round in the open workbook: its rows appended last in Uppföljning, nothing
 * else changed.
 *
 * @param port - The workbook.
 * @param plan - From planFollowUpRound (the rows the confirm dialog showed).
 * @returns The Swedish sentence for the user ("Klart: …").
 * @example
 * await applyFollowUpRound(port, planFollowUpRound(register, '2026')) //=> 'Klart: 4 rader för omgång 2026 i Uppföljning. …'
 */
export async function applyFollowUpRound(port: WorkbookPort, plan: FollowUpRoundPlan): Promise<string> {
  await port.applyEdits({ append: [{ table: 'Uppföljningar', rows: plan.rows }], update: [] });
  return M.roundCreated({ round: plan.round, rows: plan.rows.length });
}
