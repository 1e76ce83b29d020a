import type { CellValue } from '../cell/CellValue';
import { parseDate } from '../date/parseDate';
import { makeIssue } from '../issues/makeIssue';
import type { RegisterData } from '../register/RegisterData';
import type { ColumnSpec } from '../schema/WorkbookSchema';
import { findingAt, type CellFinding } from './_lib/CellFinding';
import { rowsOf, SCHEMA_TABLES } from './_lib/schemaTables';
import { shown } from './_lib/shown';

// Round columns are text ("Delår 2025") but may hold a date; a date-formatted serial Excel cannot show there
// (1e10, read as the number or as a Date no calendar holds) would otherwise order the rounds silently.
const ROUND_COLUMNS: Readonly<Record<string, string>> = { Uppföljningar: 'omgang' };

function notADate(table: string, column: ColumnSpec, value: CellValue): boolean {
  if (column.kind === 'date') return Number.isNaN(parseDate(value));
  if (ROUND_COLUMNS[table] !== column.key) return false;
  return (typeof value === 'number' || value instanceof Date) && Number.isNaN(parseDate(value));
}

/**
 * Finds date cells (Rapportdatum, Svar senast, Klart senast) that cannot be read as a date, e.g. "våren
 * 2025", and an Omgång that is a number or date but no date Excel can show (a serial such as 1e10): such a
 * date can never count as overdue or order a round, so it is an error rather than silently ignored.
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
      if (column.kind !== 'date' && ROUND_COLUMNS[spec.name] !== column.key) continue;
      for (const row of rowsOf(register, spec.name)) {
        const value = row.values[column.key] ?? null;
        if (!notADate(spec.name, column, value)) continue;
        findings.push(findingAt(spec.name, row, column.key, makeIssue('dateInvalid', { value: shown(value) })));
      }
    }
  }
  return findings;
}
