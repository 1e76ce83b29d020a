import type { CellValue } from '../cell/CellValue';
import type { IssueCode } from './messages.sv';

/**
 * A data problem found in user input: returned as a value, never thrown. `message` is Swedish and says what
 * is wrong; where it is comes from `input` with `index` (a list) or `row`/`column` (a grid), all 0-based,
 * which the caller turns into a sheet and cell.
 */
export interface Issue {
  code: IssueCode;
  severity: 'error' | 'warning';
  message: string;
  /** Which input the position refers to, e.g. "likelihoods" or "scale". */
  input?: string;
  index?: number;
  row?: number;
  column?: number;
  value?: CellValue;
}

/** The position part of an issue. */
export type IssuePlace = Pick<Issue, 'input' | 'index' | 'row' | 'column' | 'value'>;

/** A result that may be partial: `value` is absent when the input could not be used at all. */
export interface Checked<T> {
  value?: T;
  issues: Issue[];
}
