/*
 * The row arrays of a sheet being read, kept at the size they hold. An array grown one cell at a time
 * keeps spare room V8 added for growth (17 slots for a row of 7 cells, 26 when the first cell stored is in
 * column G, as a formula column is): on a 300,000-row register that spare room was a fifth of the
 * snapshot's heap, held until the command ends.
 */

/**
 * Replaces row `r` (0-based) of `rows`, if it has cells, with an array of exactly its width (or its
 * length, if longer) and blanks up to its width as null, as fillRows would leave it, without spare room.
 */
export function settleRow<T>(rows: (T[] | undefined)[], r: number, width: number): void {
  const cells = rows[r];
  if (cells === undefined) return;
  const length = Math.max(width, cells.length);
  const exact = new Array<T>(length);
  for (let c = 0; c < length; c++) if (c < width || c in cells) exact[c] = cells[c] === undefined && c < width ? (null as T) : cells[c];
  rows[r] = exact;
}

/**
 * Each used row filled with null up to its own last cell, in place; a row the sheet does not use stays a
 * hole. A cell stored on an unused row (only possible for a styled formula-less cell) is dropped with it.
 * With `all`, a used row without cells becomes a row of nulls.
 *
 * @param rows - Per 0-based row, its cells (or undefined).
 * @param widths - Per used row, how far it reaches.
 * @param height - How many rows the sheet has.
 */
export function fillRows<T>(rows: (T[] | undefined)[], widths: ReadonlyMap<number, number>, height: number, all: boolean): T[][] {
  rows.length = height;
  rows.forEach((cells, r) => {
    const width = widths.get(r);
    if (width === undefined) delete rows[r];
    else {
      for (let c = 0; c < width; c++) if (cells![c] === undefined) cells![c] = null as T;
    }
  });
  if (all) {
    for (const [r, width] of widths) {
      if (r < height && rows[r] === undefined) rows[r] = new Array<T>(width).fill(null as T);
    }
  }
  return rows as T[][];
}
