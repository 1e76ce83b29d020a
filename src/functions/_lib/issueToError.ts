import { cellRef, parseRangeStart, type Issue } from '../../core';

/** How a function describes one of its inputs in messages: its Swedish name and, if known, its address. */
export interface InputInfo {
  /** Swedish parameter name, e.g. "sannolikheter". */
  name: string;
  /** The address Excel reports for the argument (invocation.parameterAddresses), if any. */
  address?: string;
  /** Width of the argument's range, to turn a list index into a row and column. */
  columns?: number;
}

/** Excel shows at most this much of an error message. */
const MAX_MESSAGE = 255;

/**
 * Where an issue is, as a user reads it: "Riskanalys!F7", or "sannolikheter, cell 7" when Excel gave no
 * address (a literal argument or a formula engine without addresses).
 */
export function placeOf(issue: Issue, inputs: Record<string, InputInfo>): string | undefined {
  const info = issue.input ? inputs[issue.input] : undefined;
  if (!info) return undefined;
  const columns = info.columns ?? 1;
  const row = issue.row ?? (issue.index !== undefined ? Math.floor(issue.index / columns) : undefined);
  const column = issue.column ?? (issue.index !== undefined ? issue.index % columns : undefined);
  const start = info.address ? parseRangeStart(info.address) : undefined;
  if (start && row !== undefined && column !== undefined) return cellRef(start.sheet, start.row + row, start.column + column);
  if (start) return cellRef(start.sheet, start.row, start.column);
  if (issue.index !== undefined) return `${info.name}, cell ${issue.index + 1}`;
  if (row !== undefined && column !== undefined) return `${info.name}, rad ${row + 1} kolumn ${column + 1}`;
  return info.name;
}

/**
 * The #VALUE! error Excel shows for a list of issues: the first error with its place, and how many more.
 */
export function issuesToError(issues: readonly Issue[], inputs: Record<string, InputInfo>): CustomFunctions.Error {
  const errors = issues.filter((i) => i.severity === 'error');
  const first = errors[0] ?? issues[0];
  const place = first ? placeOf(first, inputs) : undefined;
  let message = first ? (place ? `${place}: ${first.message}` : first.message) : 'Okänt fel.';
  if (errors.length > 1) message += ` (och ${errors.length - 1} fel till)`;
  return invalidValue(message);
}

/** A #VALUE! error with a Swedish message, shortened to what Excel shows. */
export function invalidValue(message: string): CustomFunctions.Error {
  const text = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, text);
}
