import { appendRows, type RegisterData } from '../../core';
import type { FollowUpRoundPlan } from './planFollowUpRound';

/**
 * The register with a planned round's rows appended to Uppföljningar, for a surface that writes a whole
 * file (the CLI): the same rows applyFollowUpRound appends through a port.
 *
 * @param register - The register the plan was made from.
 * @param plan - From planFollowUpRound.
 * @returns A new register.
 * @example
 * followUpRoundRegister(register, planFollowUpRound(register, '2026')).tables.Uppföljningar?.rows.length //=> 8
 */
export function followUpRoundRegister(register: RegisterData, plan: FollowUpRoundPlan): RegisterData {
  return appendRows(register, 'Uppföljningar', plan.rows);
}
