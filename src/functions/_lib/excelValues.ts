import type { CellValue } from '../../core';

/** A range argument flattened row by row, with its shape kept for sizes and positions. */
export interface FlatRange {
  values: CellValue[];
  rows: number;
  columns: number;
}

/**
 * One cell value from what Excel passes for an `any` parameter. A 1×1 range arrives as [[v]]; a larger
 * range where one cell is expected is passed on as text so the core reports it as not a level.
 */
export function toCell(value: unknown): CellValue {
  if (Array.isArray(value)) {
    if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return toCell(value[0][0]);
    return `${value.length} × ${Array.isArray(value[0]) ? value[0].length : 1} celler`;
  }
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return value;
  return String(value);
}

/** Flattens a range argument (a 2-D array, or a single value) row by row. */
export function toFlatRange(range: unknown): FlatRange {
  if (!Array.isArray(range)) return { values: [toCell(range)], rows: 1, columns: 1 };
  const rows = range.length;
  const columns = rows > 0 && Array.isArray(range[0]) ? range[0].length : 1;
  const values: CellValue[] = new Array(rows * columns);
  for (let r = 0; r < rows; r++) {
    const row = range[r];
    for (let c = 0; c < columns; c++) values[r * columns + c] = toCell(Array.isArray(row) ? row[c] : row);
  }
  return { values, rows, columns };
}

/** Whether an optional argument was left out: Excel passes nothing (undefined) or null for it. */
export function isOmitted(value: unknown): boolean {
  return value === undefined || value === null;
}
