import { EXCEL_MAX_CELL_TEXT } from '../cell/excelLimits';
import type { RegisterData } from '../register/RegisterData';
import { checkIssue } from './_lib/checkIssue';
import { columnOf, firstKnownColumn, type CellFinding } from './_lib/CellFinding';
import { rowsOf, SCHEMA_TABLES } from './_lib/schemaTables';

/* Thousands grouped the Swedish way (40 012), with a no-break space so a number never splits over lines. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');

/**
 * Finds text longer than Excel holds in one cell (EXCEL_MAX_CELL_TEXT): Excel cuts such a cell when it
 * opens the file (or reports the file as damaged), so the rest of the text would be lost without a word.
 * Every column counts, also the user's own; such a column's cell is not known to the register, so the
 * finding points at the row's first column and names the column by its header.
 *
 * @param register - The register.
 * @returns One error per cell that is too long.
 * @example
 * checkCellTextLength(registerFromRecords(defaultScale, { Granskningar: [{ id: 'G1', titel: 'x'.repeat(40012) }] }))[0].message
 * //=> 'Titel har 40 012 tecken, men Excel rymmer högst 32 767 tecken i en cell och skulle korta av resten; korta texten eller dela upp den.'
 */
export function checkCellTextLength(register: RegisterData): CellFinding[] {
  const findings: CellFinding[] = [];
  const tooLong = (value: unknown): value is string => typeof value === 'string' && value.length > EXCEL_MAX_CELL_TEXT;
  for (const spec of SCHEMA_TABLES) {
    for (const row of rowsOf(register, spec.name)) {
      const at = { table: spec.name, sheet: row.sheet, row: row.row };
      for (const column of spec.columns) {
        const value = row.values[column.key];
        if (!tooLong(value)) continue;
        const issue = checkIssue('checkCellTextTooLong', { header: column.header, length: grouped(value.length), max: grouped(EXCEL_MAX_CELL_TEXT) });
        findings.push({ ...at, ...issue, column: columnOf(row, column.key) ?? firstKnownColumn(row) });
      }
      for (const [header, value] of Object.entries(row.extra)) {
        if (!tooLong(value)) continue;
        const issue = checkIssue('checkCellTextTooLong', { header, length: grouped(value.length), max: grouped(EXCEL_MAX_CELL_TEXT) });
        findings.push({ ...at, ...issue, column: firstKnownColumn(row) });
      }
    }
  }
  return findings;
}
