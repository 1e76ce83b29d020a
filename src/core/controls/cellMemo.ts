import type { CellValue } from '../cell/CellValue';

// A results column holds a handful of texts ("Ja", "Delvis", "Nej"): compared with === in a short list, each
// row costs a few pointer compares where a Map would hash; beyond the list, a Map.
const LISTED = 8;

/**
 * A reader of cells that reads each distinct cell once per memo: the functions make one per call and column.
 *
 * @param read - The reading, a function of the cell's value alone.
 * @returns The memoised reader (objects such as dates are read each time, never kept).
 * @example
 * const genomford = cellMemo(genomfordOf)
 * genomford('ja') //=> 'Ja', read once however many rows say 'ja'
 */
export function cellMemo<T>(read: (cell: CellValue) => T): (cell: CellValue) => T {
  const cells: CellValue[] = [];
  const values: T[] = [];
  let more: Map<CellValue, T> | undefined;
  return (cell) => {
    for (let i = 0; i < cells.length; i++) if (cells[i] === cell) return values[i];
    if (typeof cell === 'object' && cell !== null) return read(cell);
    if (more?.has(cell)) return more.get(cell)!;
    const value = read(cell);
    // NaN is never === itself: it goes to the Map, which finds it.
    if (cells.length < LISTED && cell === cell) {
      cells.push(cell);
      values.push(value);
    } else (more ??= new Map()).set(cell, value);
    return value;
  };
}
