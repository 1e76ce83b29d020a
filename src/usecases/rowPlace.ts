import { columnLetters, type Issue, type RegisterRow } from '../core';
import type { Finding } from './Finding';

/** The A1 cell of a row's column (or of its first known column when that column is missing). */
export function cellOfRow(row: RegisterRow, key: string): string {
  const column = row.columns[key] ?? Object.values(row.columns).reduce((m, c) => Math.min(m, c), Number.POSITIVE_INFINITY);
  return Number.isFinite(column) ? `${columnLetters(column)}${row.row + 1}` : `${row.row + 1}`;
}

/** A core issue about a register row's cell, as a finding. */
export function findingAt(issue: Issue, row: RegisterRow, key: string): Finding {
  return { severity: issue.severity, code: issue.code, sheet: row.sheet, cell: cellOfRow(row, key), message: issue.message };
}
