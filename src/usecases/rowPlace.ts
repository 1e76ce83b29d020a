import { columnLetters, findingOf, type Issue, type RegisterRow } from '../core';
import type { Finding } from './Finding';

/** The 0-based column of a row's key, or of its first known column when that column is missing. */
function columnOfRow(row: RegisterRow, key: string): number | undefined {
  const column = row.columns[key] ?? Object.values(row.columns).reduce((m, c) => Math.min(m, c), Number.POSITIVE_INFINITY);
  return Number.isFinite(column) ? column : undefined;
}

/** The A1 cell of a row's column (or of its first known column when that column is missing). */
export function cellOfRow(row: RegisterRow, key: string): string {
  const column = columnOfRow(row, key);
  return column === undefined ? `${row.row + 1}` : `${columnLetters(column)}${row.row + 1}`;
}

/** A core issue about a register row's cell, as a finding (through the core's one mapping, findingOf). */
export function findingAt(issue: Issue, row: RegisterRow, key: string): Finding {
  return findingOf(issue, { sheet: row.sheet, row: row.row, column: columnOfRow(row, key) });
}
