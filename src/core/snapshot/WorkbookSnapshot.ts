import type { CellValue } from '../cell/CellValue';

/*
 * A workbook as plain data, read by either adapter: every sheet's used values from A1, and the tables and
 * defined names it has. Adoption, checks and summaries work on this, never on ExcelJS or Office.js objects.
 */

export interface SheetSnapshot {
  readonly name: string;
  /**
   * Values by row from A1 (row 0, column 0) to the last used row; formulas appear as their cached result.
   * Sparse: a row the sheet does not use is a hole (read `values[r] ?? []`, iterate with forEach), and each
   * row reaches its own last cell, so one value at XFD1048576 costs one row and not a padded grid.
   */
  readonly values: readonly (readonly CellValue[])[];
  /** Formula text per cell where the cell has one (invariant names, without "="), else null or absent; sparse as values. */
  readonly formulas?: readonly (readonly (string | null)[])[];
}

export interface TableSnapshot {
  readonly name: string;
  readonly sheet: string;
  /** 0-based header row and first column on the sheet; rows follow the header up to `rowCount`. */
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly columnCount: number;
  readonly rowCount: number;
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  readonly tables: readonly TableSnapshot[];
  /** Defined names and what they refer to, e.g. { Skala: "Inställningar!$A$4:$H$23" }. */
  readonly names: Readonly<Record<string, string>>;
}
