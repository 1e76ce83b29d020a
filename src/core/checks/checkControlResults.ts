import { isBlank } from '../cell/isBlank';
import { parseNumber } from '../cell/parseNumber';
import { parsePeriod } from '../controls/parsePeriod';
import { avvikelseOf, genomfordOf } from '../controls/resultValues';
import { makeIssue } from '../issues/makeIssue';
import { controlResultOf } from '../register/controlResults';
import type { RegisterData } from '../register/RegisterData';
import { findingAt, type CellFinding } from './_lib/CellFinding';
import { isBlankRow } from './_lib/isBlankRow';
import { headerOf, rowsOf, specOf } from './_lib/schemaTables';
import { shown } from './_lib/shown';

const TABLE = 'Kontrollutfall';

/**
 * Checks the results of the internkontrollplan (Kontrollutfall) the way an auditor reads them: a Period that
 * is not a period, a Genomförd or Avvikelse nobody can read, Urval or Antal avvikelser that are not counts,
 * Genomförd = Nej with no Resultat saying why, more deviations than the urval, and a Väsentlig avvikelse with
 * no Åtgärd. Blank Period and Kontroll-id are left to checkRequired, unknown controls to checkReferences.
 *
 * @param register - The register.
 * @returns The findings, at the cell that is wrong.
 * @example
 * checkControlResults(registerFromRecords(defaultScale, { Kontrollutfall: [{ kontrollId: 'K1', period: 'T2 2026', genomford: 'Nej' }] }))[0].code
 * //=> 'resultNotDoneWithoutReason'
 */
export function checkControlResults(register: RegisterData): CellFinding[] {
  const findings: CellFinding[] = [];
  const spec = specOf(TABLE)!;
  for (const row of rowsOf(register, TABLE)) {
    if (isBlankRow(row, spec)) continue;
    const v = row.values;
    const at = (key: string, issue: ReturnType<typeof makeIssue>) => findingAt(TABLE, row, key, issue);
    if (!isBlank(v.period) && parsePeriod(v.period).value === undefined) findings.push(at('period', makeIssue('resultPeriodInvalid', { value: shown(v.period) })));
    if (!isBlank(v.genomford) && genomfordOf(v.genomford) === undefined) findings.push(at('genomford', makeIssue('resultGenomfordUnknown', { value: shown(v.genomford) })));
    if (!isBlank(v.avvikelse) && avvikelseOf(v.avvikelse) === undefined) findings.push(at('avvikelse', makeIssue('resultAvvikelseUnknown', { value: shown(v.avvikelse) })));
    for (const key of ['urval', 'antalAvvikelser'] as const) {
      const n = parseNumber(v[key] ?? null);
      if (n !== null && !(Number.isInteger(n) && n >= 0)) findings.push(at(key, makeIssue('resultNotANumber', { header: headerOf(TABLE, key), value: shown(v[key]) })));
    }
    const result = controlResultOf(row);
    if (result.genomford === 'Nej' && result.resultat === '') findings.push(at('resultat', makeIssue('resultNotDoneWithoutReason', {})));
    if (result.urval !== undefined && result.antalAvvikelser !== undefined && Number.isInteger(result.urval) && result.antalAvvikelser > result.urval) {
      findings.push(at('antalAvvikelser', makeIssue('resultDeviationsAboveSample', { deviations: result.antalAvvikelser, sample: result.urval })));
    }
    if (result.avvikelse === 'Väsentlig' && result.atgard === '') findings.push(at('atgard', makeIssue('resultSignificantWithoutAction', {})));
  }
  return findings;
}
