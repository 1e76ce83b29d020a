import { isoFromSerial } from '../date/excelSerial';
import { answerDeadlines } from '../yttrande/answerDeadlines';
import type { RegisterData } from '../register/RegisterData';
import type { CheckOptions } from './Finding';
import { checkIssue } from './_lib/checkIssue';
import { findingAt, type CellFinding } from './_lib/CellFinding';

/**
 * Finds granskningar whose yttrande is late (Svar senast passed, no Beslutsdatum) or due within 30 days,
 * naming the nämnder that owe it (answerDeadlines).
 *
 * @param register - The register.
 * @param options - `today` as an Excel serial.
 * @returns One warning per granskning, at its Svar senast cell.
 * @example
 * checkAnswerDeadlines(registerFromRecords(defaultScale, { Granskningar: [{ id: 'G1', titel: 'It', svarSenast: '2024-03-01' }] }), { today: 45360 })[0].message
 * //=> 'Yttrandet över ”It” skulle ha lämnats senast 2024-03-01 och Beslutsdatum saknas; fyll i Beslutsdatum och Paragraf när nämnden har beslutat.'
 */
export function checkAnswerDeadlines(register: RegisterData, options: CheckOptions): CellFinding[] {
  return answerDeadlines(register, options.today, register.lists.namnder).map((d) => {
    const params = { titel: d.titel, namnder: d.namnder.join(', '), date: isoFromSerial(d.svarSenast) };
    const issue = d.daysLeft < 0 ? checkIssue('checkAnswerLate', params, 'warning') : checkIssue('checkAnswerDue', { ...params, days: d.daysLeft }, 'warning');
    return findingAt('Granskningar', d.row, 'svarSenast', issue);
  });
}
