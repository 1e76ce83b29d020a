import { idKey } from '../register/latestVerdicts';
import type { RegisterData, RegisterRow } from '../register/RegisterData';
import { checkIssue } from './_lib/checkIssue';
import { cellOf, findingAt, type CellFinding } from './_lib/CellFinding';
import { rowsOf, SCHEMA_TABLES } from './_lib/schemaTables';
import { idText } from './_lib/shown';

/**
 * Finds ids used more than once in a table, matched as references match them (idKey: trimmed, any case),
 * since a repeated id makes every reference to it ambiguous.
 *
 * @param register - The register.
 * @returns One error per repeat, naming the cell of the first occurrence.
 * @example
 * checkDuplicateIds(registerFromRecords(defaultScale, { Granskningar: [{ id: 'G1' }, { id: 'g1' }] }))[0].message
 * //=> 'Id g1 finns redan i A4; ge varje rad ett eget id.'
 */
export function checkDuplicateIds(register: RegisterData): CellFinding[] {
  const findings: CellFinding[] = [];
  for (const spec of SCHEMA_TABLES) {
    for (const column of spec.columns) {
      if (column.kind !== 'id') continue;
      const first = new Map<string, RegisterRow>();
      for (const row of rowsOf(register, spec.name)) {
        const value = row.values[column.key];
        const key = idKey(value);
        if (key === '') continue;
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, row);
          continue;
        }
        const issue = checkIssue('checkDuplicateId', { id: idText(value), first: cellOf(earlier, column.key) });
        findings.push(findingAt(spec.name, row, column.key, issue));
      }
    }
  }
  return findings;
}
