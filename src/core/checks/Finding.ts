/**
 * Something wrong or worth attention in a register, at a sheet and cell: what `checkRegister` returns and
 * every shell (CLI, task pane) shows. Errors make the register's counts unreliable; warnings do not.
 */
export interface Finding {
  severity: 'error' | 'warning';
  /** A message-catalogue key, stable for tests and JSON (e.g. "checkDuplicateId"). */
  code: string;
  sheet: string;
  /** A1 reference without the sheet, e.g. "F7". */
  cell: string;
  /** Swedish: what is wrong and what to do. */
  message: string;
}

/** What the checks need besides the register. */
export interface CheckOptions {
  /** The reference date as an Excel serial; actions dated before it are overdue. */
  today: number;
}
