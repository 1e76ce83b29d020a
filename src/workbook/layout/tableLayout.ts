import type { RegisterData, TableSpec } from '../../core';
import { levelColorRules, type LevelColorRule } from './conditionalFormats';
import type { UppsiktNames } from './uppsiktNames';
import { validationPlan, type ValidationPlan } from './validationPlan';

/**
 * Rows under a table's last row that get its drop-downs, formats and colours too, so a row typed below the
 * table (Excel extends the table) is checked and formatted like the others.
 */
export const SPARE_ROWS = 500;

/** How one schema column is formatted, from its first body row through the spare rows. */
export interface ColumnLayout {
  key: string;
  header: string;
  /** Width in characters (Office.js wants points: see the adapter). */
  width: number;
  numberFormat?: string;
  /** Long text wraps (and sits at the top of its row). */
  wrap: boolean;
  /** Levels and integers: right-aligned under a right-aligned header. */
  numeric: boolean;
  validation?: ValidationPlan;
  /** The Risknivå column: one colour rule per band. */
  levelColors?: LevelColorRule[];
}

/** A register table's formatted extent and its columns' formats. */
export interface TableLayout {
  /** 0-based sheet rows of the header and of the first and last formatted row (spare rows included). */
  headerRow: number;
  firstRow: number;
  lastRow: number;
  columns: ColumnLayout[];
}

/**
 * Where a schema table's formats, drop-downs and colours go, and which: the one plan both adapters apply.
 * The formatted rows are the body (at least one row: an Excel table needs one) plus SPARE_ROWS.
 *
 * @param spec - The schema table.
 * @param register - The register (for the scale).
 * @param names - The names written.
 * @param bodyRows - The rows the table holds.
 * @returns The layout.
 * @example
 * tableLayout(tableSpec('Risker'), register, names, 12) // → { headerRow: 2, firstRow: 3, lastRow: 514, columns: [...] }
 */
export function tableLayout(spec: TableSpec, register: RegisterData, names: UppsiktNames, bodyRows: number): TableLayout {
  const headerRow = spec.headerRow - 1;
  const columns = spec.columns.map((column): ColumnLayout => {
    const validation = validationPlan(column, register, names);
    return {
      key: column.key,
      header: column.header,
      width: column.width,
      ...(column.numberFormat ? { numberFormat: column.numberFormat } : {}),
      wrap: column.kind === 'longText',
      numeric: column.kind === 'level' || column.kind === 'integer' || column.numberFormat === '0',
      ...(validation ? { validation } : {}),
      ...(column.key === 'riskniva' ? { levelColors: levelColorRules(register.scale.bands) } : {}),
    };
  });
  return { headerRow, firstRow: headerRow + 1, lastRow: headerRow + Math.max(bodyRows, 1) + SPARE_ROWS, columns };
}
