import { parseDate } from '../date/parseDate';
import { makeIssue } from '../issues/makeIssue';
import type { RegisterData } from '../register/RegisterData';
import { findingAt, type CellFinding } from './_lib/CellFinding';
import { rowsOf, SCHEMA_TABLES } from './_lib/schemaTables';
import { shown } from './_lib/shown';

/**
 * Finds date cells (Rapportdatum, Svar senast, Klart senast) that cannot be read as a date, e.g. "våren
 * 2025": such a date can never count as overdue, so it is an error rather than silently ignored.
 *
 * @param register - The register.
 * @returns One error per unreadable date, naming the value.
 * @example
 * checkDates(registerFromRecords(defaultScale, { Rekommendationer: [{ id: 'G1-1', klartSenast: 'snart' }] }))[0].message
 * //=> '”snart” är inte ett datum; skriv till exempel 2025-03-31.'
 */
export function checkDates(register: RegisterData): CellFinding[] {
  const findings: CellFinding[] = [];
  for (const spec of SCHEMA_TABLES) {
    for (const column of spec.columns) {
      if (column.kind !== 'date') continue;
      for (const row of rowsOf(register, spec.name)) {
        const value = row.values[column.key] ?? null;
        if (!Number.isNaN(parseDate(value))) continue;
        findings.push(findingAt(spec.name, row, column.key, makeIssue('dateInvalid', { value: shown(value) })));
      }
    }
  }
  return findings;
}
