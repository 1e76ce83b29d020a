import type { TableSnapshot } from '../../core';
import { parseRangeStart } from '../../core';

/** The snapshot of a table from its name and ref ("A4:L20"); nothing when either is missing or broken. */
export function tableOf(name: string | undefined, ref: string | undefined, totalsRow: boolean, sheet: string): TableSnapshot[] {
  if (!name || !ref) return [];
  const [start, end = start] = ref.split(':');
  const from = parseRangeStart(start);
  const to = parseRangeStart(end);
  if (!from || !to) return [];
  const rows = to.row - from.row - (totalsRow ? 1 : 0);
  return [{ name, sheet, headerRow: from.row, firstColumn: from.column, columnCount: to.column - from.column + 1, rowCount: Math.max(0, rows) }];
}
