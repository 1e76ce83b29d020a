import { cellRef, isBlank, recommendationStatuses, type CellValue, type RegisterData, type RegisterRow } from '../../core';
import { addresses } from './reportNamnder';

/** A register row that no nämnd's report takes in, with the cell that decides it. */
export interface RowInNoReport {
  readonly kind: 'risk' | 'rekommendation';
  readonly id: string;
  /** The Nämnd or Mottagare cell as typed ('' when blank). */
  readonly namnd: string;
  /** "Riskanalys!C7". */
  readonly cell: string;
}

const text = (v: CellValue | undefined) => (isBlank(v) ? '' : String(v).trim());
const isYes = (v: CellValue | undefined) => v === true || ['ja', 'j', 'x', 'yes'].includes(text(v).toLocaleLowerCase('sv'));

function cellOf(row: RegisterRow, key: string): string {
  const column = row.columns[key];
  return typeof column === 'number' ? cellRef(row.sheet, row.row, column) : cellRef(row.sheet, row.row, 0);
}

/**
 * The risks and recommendations that reach none of the nämnder's reports (`export --alla`): a Nämnd or
 * Mottagare that is blank, misspelt or not in the list, where a risk is not kommungemensam. The command
 * lists them, so no row silently goes missing from every report.
 *
 * @param register - The register.
 * @param namnder - The nämnder a report is made for (reportNamnder).
 * @returns The rows, risks first, in sheet order.
 * @example
 * rowsInNoReport(register, ['Socialnämnden']).map((r) => r.cell) //=> ['Riskanalys!C9']
 */
export function rowsInNoReport(register: RegisterData, namnder: readonly string[]): RowInNoReport[] {
  const found: RowInNoReport[] = [];
  const reaches = (cell: CellValue) => namnder.some((n) => addresses(cell, n, namnder));
  for (const row of register.tables.Risker?.rows ?? []) {
    if (isYes(row.values.kommungemensam) || reaches(row.values.namnd ?? null)) continue;
    found.push({ kind: 'risk', id: text(row.values.id), namnd: text(row.values.namnd), cell: cellOf(row, 'namnd') });
  }
  for (const item of recommendationStatuses(register)) {
    if (reaches(item.mottagare)) continue;
    found.push({ kind: 'rekommendation', id: text(item.row.values.id), namnd: text(item.mottagare), cell: cellOf(item.row, 'mottagare') });
  }
  return found;
}
