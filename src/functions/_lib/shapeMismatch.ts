import { makeIssue, type Issue } from '../../core';
import type { FlatRange } from './excelValues';

/** The issue for two range arguments of different shapes (as Excel's own COUNTIFS requires the same). */
export function shapeMismatch(first: string, a: FlatRange, second: string, b: FlatRange): Issue | undefined {
  if (a.rows === b.rows && a.columns === b.columns) return undefined;
  return makeIssue('sizeMismatch', { first, second, firstSize: `${a.rows} × ${a.columns}`, secondSize: `${b.rows} × ${b.columns}` });
}
