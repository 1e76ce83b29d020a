import { cellRef } from '../../cell/a1';
import type { IssueCode } from '../../issues/messages.sv';
import type { RegisterData, RegisterRow } from '../../register/RegisterData';
import type { CheckOptions } from '../Finding';
import type { CheckCode } from './checkIssue';
import { headerOf } from './schemaTables';

/**
 * A finding while the checks run: numeric row and column so findings sort by position, and the table so
 * they sort in schema order. `missingKey` is set when the key's column is not on the sheet; `column` is
 * then the row's first known column and checkRegister folds such findings into one per table and column.
 */
export interface CellFinding {
  severity: 'error' | 'warning';
  code: IssueCode | CheckCode;
  message: string;
  table: string;
  sheet: string;
  row: number;
  column: number;
  missingKey?: string;
  missingHeader?: string;
}

/** One check: a pure function of the register. */
export type Check = (register: RegisterData, options: CheckOptions) => CellFinding[];

const isColumn = (column: unknown): column is number => typeof column === 'number' && Number.isInteger(column) && column >= 0;

/** The 0-based column of a key on a row, or undefined when the sheet lacks it (or it is not a column). */
export function columnOf(row: RegisterRow, key: string): number | undefined {
  const column = row.columns[key];
  return isColumn(column) ? column : undefined;
}

/** The row's leftmost known column, 0 when none is known: where a finding about a missing column points. */
export function firstKnownColumn(row: RegisterRow): number {
  let first = Number.POSITIVE_INFINITY;
  for (const column of Object.values(row.columns)) if (isColumn(column) && column < first) first = column;
  return Number.isFinite(first) ? first : 0;
}

/** A message about the cell of `key` on a register row (a core Issue or a checkIssue), as a finding. */
export function findingAt(table: string, row: RegisterRow, key: string, issue: Pick<CellFinding, 'code' | 'severity' | 'message'>): CellFinding {
  const base = { severity: issue.severity, code: issue.code, message: issue.message, table, sheet: row.sheet, row: row.row };
  const column = columnOf(row, key);
  if (column !== undefined) return { ...base, column };
  return { ...base, column: firstKnownColumn(row), missingKey: key, missingHeader: headerOf(table, key) };
}

/** The A1 cell (no sheet) of a key on a row, or of the row's first known column when the sheet lacks it. */
export function cellOf(row: RegisterRow, key: string): string {
  return cellRef('', row.row, columnOf(row, key) ?? firstKnownColumn(row));
}
