import { isBlank } from '../cell/isBlank';
import type { RegisterData } from '../register/RegisterData';
import { checkIssue } from './_lib/checkIssue';
import { columnOf, findingAt, type CellFinding } from './_lib/CellFinding';
import { isBlankRow } from './_lib/isBlankRow';
import { rowsOf, SCHEMA_TABLES } from './_lib/schemaTables';

/**
 * Finds empty required cells (ColumnSpec.required; computed columns excluded) on rows that hold anything,
 * so the empty rows at the end of a table are not reported.
 *
 * @param register - The register.
 * @returns One error per empty required cell.
 * @example
 * checkRequired(registerFromRecords(defaultScale, { Granskningar: [{ id: 'G1' }] }))[0].message
 * //=> 'Obligatorisk uppgift saknas: fyll i Titel.'
 */
export function checkRequired(register: RegisterData): CellFinding[] {
  const findings: CellFinding[] = [];
  for (const spec of SCHEMA_TABLES) {
    const required = spec.columns.filter((column) => column.required && column.kind !== 'computed');
    // A column the sheet lacks is one finding (checkRegister folds them to the earliest row anyway): one
    // per row made 200,000 findings to fold on a big hand-made register.
    const missingReported = new Set<string>();
    for (const row of rowsOf(register, spec.name)) {
      if (isBlankRow(row, spec)) continue;
      for (const column of required) {
        if (!isBlank(row.values[column.key])) continue;
        if (columnOf(row, column.key) === undefined) {
          const key = `${row.sheet}\u0000${column.key}`;
          if (missingReported.has(key)) continue;
          missingReported.add(key);
        }
        findings.push(findingAt(spec.name, row, column.key, checkIssue('checkRequiredBlank', { header: column.header })));
      }
    }
  }
  return findings;
}
