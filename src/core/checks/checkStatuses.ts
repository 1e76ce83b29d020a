import { idKey } from '../register/latestVerdicts';
import { makeIssue } from '../issues/makeIssue';
import type { RegisterData, RegisterRow } from '../register/RegisterData';
import { roundRowsOf } from '../register/roundFollowUps';
import { normalizeStatus } from '../status/normalizeStatus';
import { findingAt, type CellFinding } from './_lib/CellFinding';
import { rowsOf } from './_lib/schemaTables';
import { shown } from './_lib/shown';

function unknownStatus(table: string, row: RegisterRow, key: string): CellFinding | undefined {
  const value = row.values[key] ?? null;
  if (normalizeStatus(value) !== undefined) return undefined;
  return findingAt(table, row, key, makeIssue('statusUnknown', { value: shown(value) }));
}

/**
 * Finds verdicts that are not a known status: Bedömning in Uppföljning (and in round columns such as
 * "Status 2023", which stand for Uppföljning rows), and Senaste bedömning in
 * Rekommendationer where it is the recommendation's own verdict. Where a follow-up round exists, Senaste
 * bedömning only repeats that round's verdict (a formula in Uppsikt workbooks), so it is not reported twice.
 *
 * @param register - The register.
 * @returns One error per unknown status.
 * @example
 * checkStatuses(registerFromRecords(defaultScale, { Uppföljningar: [{ rekommendationId: 'R1', omgang: '2024', bedomning: 'klar' }] }))[0].message
 * //=> 'Statusen ”klar” är okänd; ange Åtgärdad, Delvis åtgärdad, Ej åtgärdad eller Ej bedömd.'
 */
export function checkStatuses(register: RegisterData): CellFinding[] {
  const findings: CellFinding[] = [];
  const followedUp = new Set<string>();
  for (const row of rowsOf(register, 'Uppföljningar')) {
    followedUp.add(idKey(row.values.rekommendationId));
    const finding = unknownStatus('Uppföljningar', row, 'bedomning');
    if (finding) findings.push(finding);
  }
  const rounds = register.tables.Rekommendationer?.rounds ?? [];
  for (const row of rowsOf(register, 'Rekommendationer')) {
    const id = idKey(row.values.id);
    // Round columns of a row with an id are read as Uppföljning rows (checked above); without one, here.
    if (id === '') {
      for (const round of roundRowsOf(row, rounds)) {
        const finding = unknownStatus('Uppföljningar', round, 'bedomning');
        if (finding) findings.push(finding);
      }
    }
    if (id !== '' && followedUp.has(id)) continue;
    const finding = unknownStatus('Rekommendationer', row, 'senasteBedomning');
    if (finding) findings.push(finding);
  }
  return findings;
}
