import type { CellValue } from '../cell/CellValue';
import type { RiskScale } from '../scale/RiskScale';
import { uppsiktSchema } from '../schema/uppsiktSchema';
import type { ListKey } from '../schema/WorkbookSchema';
import type { RegisterData, RegisterTable } from './RegisterData';

/** Rows to put in each schema table, by table name; each row keyed by ColumnSpec.key. */
export type TableRecords = Partial<Record<string, readonly Readonly<Record<string, CellValue>>[]>>;

/**
 * A register laid out exactly as the schema places it (header on TableSpec.headerRow, columns in schema
 * order, data below), for workbooks Uppsikt creates: `init`, examples, tests. Lists not given get their
 * defaults.
 *
 * @param scale - The scale.
 * @param records - Rows per table.
 * @param lists - Lists to use instead of the defaults.
 * @returns The register.
 * @example
 * registerFromRecords(defaultScale, { Risker: [{ id: 'R1' }] }).tables.Risker?.rows[0].row //=> 3
 */
export function registerFromRecords(scale: RiskScale, records: TableRecords, lists: Partial<Record<ListKey, readonly string[]>> = {}): RegisterData {
  const tables: Record<string, RegisterTable> = {};
  for (const sheet of uppsiktSchema.sheets) {
    for (const spec of sheet.tables) {
      const columns: Record<string, number> = {};
      spec.columns.forEach((column, index) => (columns[column.key] = index));
      const headerRow = spec.headerRow - 1;
      tables[spec.name] = {
        table: spec.name,
        sheet: spec.sheet,
        headerRow,
        extraHeaders: [],
        rows: (records[spec.name] ?? []).map((values, i) => ({ values, extra: {}, sheet: spec.sheet, row: headerRow + 1 + i, columns })),
      };
    }
  }
  const allLists = {} as Record<ListKey, readonly string[]>;
  for (const list of uppsiktSchema.lists) allLists[list.key] = lists[list.key] ?? list.defaults;
  return { scale, lists: allLists, tables };
}
