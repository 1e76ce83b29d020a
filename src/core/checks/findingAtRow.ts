import { cellRef } from '../cell/a1';
import type { RegisterRow } from '../register/RegisterData';
import type { Finding } from './Finding';
import { findingOf } from './findingOf';
import { columnOf, firstKnownColumn } from './_lib/CellFinding';

/**
 * The A1 cell (no sheet) of a key on a register row, or of the row's first known column when the sheet
 * lacks that column: where a finding, Översikt's "Gå till" and a report's source point.
 *
 * @param row - The row.
 * @param key - The column key.
 * @returns The cell, e.g. "F7".
 * @example
 * cellOfRow({ sheet: 'Riskanalys', row: 6, columns: { sannolikhet: 5 }, values: {}, extra: {} }, 'sannolikhet') //=> 'F7'
 */
export function cellOfRow(row: RegisterRow, key: string): string {
  return cellRef('', row.row, columnOf(row, key) ?? firstKnownColumn(row));
}

/**
 * A core issue about a register row's cell as a finding (through findingOf, the one mapping).
 *
 * @param issue - The issue (its own place is ignored; the row and key say where).
 * @param row - The row.
 * @param key - The column key the issue is about.
 * @returns The finding at the row's cell of `key`.
 * @example
 * findingAtRow(makeIssue('statusUnknown', { value: '”klar”' }), row, 'bedomning').cell //=> 'C5'
 */
export function findingAtRow(issue: Pick<Finding, 'severity' | 'code' | 'message'>, row: RegisterRow, key: string): Finding {
  return findingOf(issue, { sheet: row.sheet, row: row.row, column: columnOf(row, key) ?? firstKnownColumn(row) });
}
