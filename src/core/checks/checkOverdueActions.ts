import { parseDate } from '../date/parseDate';
import { isoFromSerial } from '../date/excelSerial';
import { idKey, latestVerdicts } from '../register/latestVerdicts';
import type { RegisterData } from '../register/RegisterData';
import { DONE_STATUS, UNJUDGED_STATUS } from '../status/FollowUpStatus';
import { normalizeStatus } from '../status/normalizeStatus';
import type { CheckOptions } from './Finding';
import { checkIssue } from './_lib/checkIssue';
import { findingAt, type CellFinding } from './_lib/CellFinding';
import { rowsOf } from './_lib/schemaTables';

/**
 * Finds recommendations whose Klart senast is before today while the current verdict (the latest follow-up
 * round, else the row's own Senaste bedömning; blank counts as Ej bedömd) is not Åtgärdad. Unreadable
 * dates and unknown statuses are left to checkDates and checkStatuses.
 *
 * @param register - The register.
 * @param options - `today` as an Excel serial.
 * @returns One warning per overdue action, at its Klart senast cell.
 * @example
 * checkOverdueActions(registerFromRecords(defaultScale, { Rekommendationer: [{ id: 'G1-1', klartSenast: '2024-03-31', senasteBedomning: 'Delvis' }] }), { today: 45500 })[0].message
 * //=> 'Åtgärden skulle vara klar 2024-03-31 men rekommendationen är Delvis åtgärdad; följ upp åtgärden med den som är ansvarig.'
 */
export function checkOverdueActions(register: RegisterData, options: CheckOptions): CellFinding[] {
  if (!Number.isFinite(options.today)) return [];
  const today = Math.floor(options.today);
  const verdicts = latestVerdicts(register);
  const findings: CellFinding[] = [];
  for (const row of rowsOf(register, 'Rekommendationer')) {
    const date = parseDate(row.values.klartSenast ?? null);
    if (date === null || Number.isNaN(date) || date >= today) continue;
    const id = idKey(row.values.id);
    const status = normalizeStatus(verdicts.has(id) ? verdicts.get(id) : (row.values.senasteBedomning ?? null));
    if (status === undefined || status === DONE_STATUS) continue;
    const params = { date: isoFromSerial(date), status: status ?? UNJUDGED_STATUS };
    findings.push(findingAt('Rekommendationer', row, 'klartSenast', checkIssue('checkActionOverdue', params, 'warning')));
  }
  return findings;
}
