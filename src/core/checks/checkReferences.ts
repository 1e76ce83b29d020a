import { isBlank } from '../cell/isBlank';
import { idKey } from '../register/latestVerdicts';
import type { RegisterData } from '../register/RegisterData';
import { checkIssue } from './_lib/checkIssue';
import { findingAt, type CellFinding } from './_lib/CellFinding';
import { headerOf, rowsOf, sheetOf, specOf } from './_lib/schemaTables';
import { idText } from './_lib/shown';

/** Each reference column, the table its ids live in, and the message naming both. */
const REFERENCES = [
  { table: 'Kontroller', key: 'riskId', target: 'Risker', code: 'checkControlRiskMissing' },
  { table: 'Rekommendationer', key: 'granskningId', target: 'Granskningar', code: 'checkRecommendationAuditMissing' },
  { table: 'Rekommendationer', key: 'riskId', target: 'Risker', code: 'checkRecommendationRiskMissing' },
  { table: 'Uppföljningar', key: 'rekommendationId', target: 'Rekommendationer', code: 'checkFollowUpRecommendationMissing' },
  { table: 'Kontrollutfall', key: 'kontrollId', target: 'Kontroller', code: 'checkResultControlMissing' },
] as const;

/**
 * Finds references to ids that do not exist: Risk-id in Internkontrollplan and Rekommendationer,
 * Granskning-id in Rekommendationer, Rekommendation-id in Uppföljning, Kontroll-id in Kontrollutfall. When the referenced table is not in
 * the workbook at all, one warning per reference column says so instead of an error on every row.
 *
 * @param register - The register.
 * @returns One error per dangling reference, or one warning per column whose target sheet is missing.
 * @example
 * checkReferences(registerFromRecords(defaultScale, { Kontroller: [{ id: 'K1', riskId: 'R9' }] }))[0].message
 * //=> 'Kontrollen pekar på risk R9 som inte finns i Riskanalys; ange ett Risk-id som finns där.'
 */
export function checkReferences(register: RegisterData): CellFinding[] {
  const findings: CellFinding[] = [];
  const idsOf = new Map<string, Set<string>>();
  for (const { table, key, target, code } of REFERENCES) {
    const rows = rowsOf(register, table);
    if (!register.tables[target]) {
      const first = rows.find((row) => !isBlank(row.values[key]));
      const sheet = specOf(target)?.sheet ?? target;
      if (first) findings.push(findingAt(table, first, key, checkIssue('checkReferencedSheetMissing', { header: headerOf(table, key), sheet }, 'warning')));
      continue;
    }
    let ids = idsOf.get(target);
    if (!ids) idsOf.set(target, (ids = new Set(rowsOf(register, target).map((row) => idKey(row.values.id)))));
    const sheet = sheetOf(register, target);
    for (const row of rows) {
      const value = row.values[key];
      const ref = idKey(value);
      if (ref === '' || ids.has(ref)) continue;
      findings.push(findingAt(table, row, key, checkIssue(code, { id: idText(value), sheet })));
    }
  }
  return findings;
}
