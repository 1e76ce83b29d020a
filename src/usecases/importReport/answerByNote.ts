import { isoFromSerial, type ReportImportPlan } from '../../core';
import { flowMessagesSv as M } from '../messages.sv';

/**
 * What an import says when it fills an existing granskning's blank Svar senast from the report's text.
 *
 * @param plan - From planReportImport.
 * @returns The sentence, or undefined when nothing is filled.
 * @example
 * answerByNote(plan) //=> 'Svar senast fylls i med 2024-03-01 (rapportens datum för yttrandet).'
 */
export function answerByNote(plan: ReportImportPlan): string | undefined {
  const date = plan.granskning.fill?.svarSenast;
  return typeof date === 'number' ? M.answerByFilled({ date: isoFromSerial(date) }) : undefined;
}
