import { isBlank } from '../cell/isBlank';
import type { RegisterData } from '../register/RegisterData';
import { checkIssue } from './_lib/checkIssue';
import { findingAt, type CellFinding } from './_lib/CellFinding';
import { rowsOf } from './_lib/schemaTables';

/**
 * Finds promised actions (Åtgärd in Rekommendationer) without an owner (Ansvarig) or a date (Klart senast):
 * auditors criticise exactly this, and an action without a date can never show up as overdue.
 *
 * @param register - The register.
 * @returns One warning per missing owner and per missing date.
 * @example
 * checkActionOwners(registerFromRecords(defaultScale, { Rekommendationer: [{ id: 'G1-1', atgard: 'Ta fram en policy', klartSenast: '2025-06-30' }] }))[0].message
 * //=> 'Åtgärden saknar ansvarig; ange i Ansvarig vem som ser till att den genomförs.'
 */
export function checkActionOwners(register: RegisterData): CellFinding[] {
  const findings: CellFinding[] = [];
  for (const row of rowsOf(register, 'Rekommendationer')) {
    if (isBlank(row.values.atgard)) continue;
    if (isBlank(row.values.ansvarig)) findings.push(findingAt('Rekommendationer', row, 'ansvarig', checkIssue('checkActionOwnerMissing', {}, 'warning')));
    if (isBlank(row.values.klartSenast)) findings.push(findingAt('Rekommendationer', row, 'klartSenast', checkIssue('checkActionDateMissing', {}, 'warning')));
  }
  return findings;
}
