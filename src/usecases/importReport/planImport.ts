import { planFollowUpImport, planReportImport, type RegisterData } from '../../core';
import { granskningTitles } from './granskningTitles';
import type { ImportPlan, ImportRequest } from './ImportPlan';

/**
 * What importing a report into a register would change; pure, so the pane shows it before anything is
 * written and the CLI prints it after. New recommendations (with a new granskning when none matches), text
 * changes to confirm, too-long texts; or a follow-up round's new and filled rows, what does not match and
 * what to confirm.
 *
 * @param register - The register as read now.
 * @param request - What to import.
 * @returns The plan.
 * @example
 * planImport(register, { kind: 'recommendations', recommendations: [{ nr: 1, text: 'Ta fram en plan.', addressees: ['Kommunstyrelsen'] }], granskning: { title: 'Granskning av IT' } }).plan.insert.length //=> 1
 */
export function planImport<R extends ImportRequest>(register: RegisterData, request: R): Extract<ImportPlan, { kind: R['kind'] }>;
export function planImport(register: RegisterData, request: ImportRequest): ImportPlan {
  if (request.kind === 'recommendations') {
    return { kind: 'recommendations', plan: planReportImport(register, request.recommendations, request.granskning, request.fanOut ? { fanOut: request.fanOut } : {}) };
  }
  const plan = planFollowUpImport(register, request.report, { round: request.round.trim(), confirmed: request.confirmed ?? {}, granskningIds: request.granskningIds ?? {} });
  return { kind: 'followUp', plan, titles: granskningTitles(request.report) };
}
