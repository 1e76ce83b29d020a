import { tableSpec, type CellValue, type RegisterRow, type RegisterTable } from '../../../core';

/** A row for a consolidated table: schema values and the extra columns by header. */
export interface OutRow {
  values: Record<string, CellValue>;
  extra: Record<string, CellValue>;
}

/**
 * A register table laid out as the schema places it (as registerFromRecords does), with the extra columns
 * in the order given: the rows are new, their source is in the Källa columns.
 */
export function buildTable(name: string, records: readonly OutRow[], extraHeaders: readonly string[]): RegisterTable {
  const spec = tableSpec(name);
  const columns: Record<string, number> = {};
  spec.columns.forEach((column, index) => (columns[column.key] = index));
  const headerRow = spec.headerRow - 1;
  const rows: RegisterRow[] = records.map((r, i) => ({ values: r.values, extra: r.extra, sheet: spec.sheet, row: headerRow + 1 + i, columns }));
  return { table: name, sheet: spec.sheet, headerRow, extraHeaders, rows };
}

/** Headers in order of first appearance, case-sensitive, without the reserved ones. */
export function mergeHeaders(lists: readonly (readonly string[])[], reserved: readonly string[]): string[] {
  const seen = new Set<string>(reserved);
  const out: string[] = [];
  for (const list of lists) {
    for (const header of list) {
      if (seen.has(header)) continue;
      seen.add(header);
      out.push(header);
    }
  }
  return out;
}
