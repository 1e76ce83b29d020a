import type { CellValue } from '../cell/CellValue';
import type { TableSpec } from '../schema/WorkbookSchema';
import { baseHeaderKey, headerKey } from './headerKey';

/** A header cell matched to a schema column key. */
export interface HeaderMatch {
  readonly column: number;
  readonly key: string;
}

/** Lookup from header keys to column keys for one table, built once per table. */
export interface HeaderIndex {
  readonly exact: ReadonlyMap<string, string>;
  readonly base: ReadonlyMap<string, string>;
}

/**
 * The header index of a table: its headers first, then synonyms, so that where two columns share a synonym
 * the column whose own header it is wins (the first registration is kept).
 */
export function headerIndex(spec: TableSpec): HeaderIndex {
  const exact = new Map<string, string>();
  const base = new Map<string, string>();
  const add = (text: string, key: string) => {
    const e = headerKey(text);
    const b = baseHeaderKey(text);
    if (e !== '' && !exact.has(e)) exact.set(e, key);
    if (b !== '' && !base.has(b)) base.set(b, key);
  };
  for (const column of spec.columns) add(column.header, column.key);
  for (const column of spec.columns) for (const synonym of column.synonyms) add(synonym, column.key);
  return { exact, base };
}

/**
 * Matches a row of header cells to schema columns. Each key is taken by the first column that names it;
 * later columns naming the same key are returned as duplicates.
 *
 * @param cells - The header row.
 * @param index - The table's header index.
 * @returns Matches in column order, and duplicates (column plus the column that took the key first).
 */
export function matchHeaders(cells: readonly CellValue[], index: HeaderIndex): { matches: HeaderMatch[]; duplicates: { column: number; first: number; key: string }[] } {
  const matches: HeaderMatch[] = [];
  const duplicates: { column: number; first: number; key: string }[] = [];
  const taken = new Map<string, number>();
  cells.forEach((cell, column) => {
    const key = index.exact.get(headerKey(cell)) ?? index.base.get(baseHeaderKey(cell));
    if (key === undefined) return;
    const first = taken.get(key);
    if (first !== undefined) {
      duplicates.push({ column, first, key });
      return;
    }
    taken.set(key, column);
    matches.push({ column, key });
  });
  return { matches, duplicates };
}
