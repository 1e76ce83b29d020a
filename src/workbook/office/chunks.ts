/*
 * Excel on the web refuses a request or response over 5 MB, and any over 5,000,000 cells. Large reads and
 * writes are split into row chunks that stay well under both; each chunk is one context.sync().
 */
export const MAX_CELLS_PER_REQUEST = 5_000_000;
/** Keep a margin under 5 MB for JSON overhead and the rest of the batch. */
export const MAX_BYTES_PER_REQUEST = 4_000_000;
/** Reads cannot know their size in advance; this many cells at ~40 bytes each stays near 4 MB. */
export const READ_CELLS_PER_CHUNK = 100_000;

/** Row ranges [start, end) for reading `rows` rows of `columns` columns. */
export function readChunks(rows: number, columns: number, cellsPerChunk = READ_CELLS_PER_CHUNK): [number, number][] {
  const per = Math.max(1, Math.floor(Math.min(cellsPerChunk, MAX_CELLS_PER_REQUEST) / Math.max(1, columns)));
  const out: [number, number][] = [];
  for (let start = 0; start < rows; start += per) out.push([start, Math.min(rows, start + per)]);
  return out;
}

const cellBytes = (v: unknown) => (typeof v === 'string' ? v.length * 2 + 4 : 12);

/** Row ranges [start, end) for writing these rows, by their actual size. */
export function writeChunks(rows: readonly (readonly unknown[])[], maxBytes = MAX_BYTES_PER_REQUEST, maxCells = MAX_CELLS_PER_REQUEST): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  let cells = 0;
  rows.forEach((row, i) => {
    const b = row.reduce<number>((sum, v) => sum + cellBytes(v), 2);
    if (i > start && (bytes + b > maxBytes || cells + row.length > maxCells)) {
      out.push([start, i]);
      start = i;
      bytes = 0;
      cells = 0;
    }
    bytes += b;
    cells += row.length;
  });
  if (start < rows.length) out.push([start, rows.length]);
  return out;
}
