import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import { headerIndex, matchHeaders, type HeaderIndex } from '../adopt/matchHeaders';
import { tableSpec } from '../schema/uppsiktSchema';
import { reportingPoints, type ReportingPoint } from './reportingPoints';

/*
 * The custom functions get whole tables as ranges, their header row first (Kontrollutfall[#Alla]), so a
 * column is found by its header as adopt finds it, whatever order the user's columns are in. A column of
 * formulas asks this for the same header row thousands of times: the header index of a table is built once,
 * and each header row is matched once.
 */

/** A table as a range: rows of cells, the header row first. */
export type Range = readonly (readonly CellValue[])[];

/** Schema column key → 0-based column in the range; a key whose header is missing is absent. */
export type RangeColumns = Readonly<Record<string, number>>;

const indexes = new Map<string, HeaderIndex>();
const matched = new Map<string, RangeColumns>();
// Bounded, so a sheet whose header row keeps changing cannot grow it without end.
const MATCHED_MAX = 256;

/**
 * The columns of a range by its header row, as readTable maps them.
 *
 * @param range - The table with its header row.
 * @param table - The schema table it is ("Kontrollutfall").
 * @returns Column per schema key.
 * @example
 * columnsOf([['Period', 'Kontroll-id']], 'Kontrollutfall').kontrollId //=> 1
 */
export function columnsOf(range: Range, table: string): RangeColumns {
  const header = range[0] ?? [];
  // Only text headers can match (headerKey); JSON keeps ["a", "b"] and ["a,b"] apart.
  const memoKey = `${table}\u0000${JSON.stringify(header.map((c) => (typeof c === 'string' ? c : null)))}`;
  const hit = matched.get(memoKey);
  if (hit) return hit;
  let index = indexes.get(table);
  if (!index) indexes.set(table, (index = headerIndex(tableSpec(table))));
  const columns: Record<string, number> = {};
  for (const m of matchHeaders(header, index).matches) columns[m.key] = m.column;
  if (matched.size >= MATCHED_MAX) matched.clear();
  matched.set(memoKey, Object.freeze(columns));
  return columns;
}

/** A row's cell in a column that may be missing; null when blank, missing or beyond the row. */
export function cellAt(row: readonly CellValue[], column: number | undefined): CellValue {
  return column === undefined ? null : (row[column] ?? null);
}

const DEFAULT_POINTS = ['T1', 'T2', 'T3'];

/** The reporting points as listed (Lista_Rapporteringspunkter), blanks left out; empty for T1–T3. */
export function pointNames(points: readonly CellValue[] | undefined): string[] {
  const listed = (points ?? []).filter((p) => !isBlank(p)).map((p) => String(p).trim());
  return listed.length > 0 ? listed : DEFAULT_POINTS;
}

const years = new Map<string, readonly ReportingPoint[]>();
const YEARS_MAX = 64;

/**
 * reportingPoints(names, year), the same list for the same names: every formula of a column passes the same
 * list, and the points' identity lets dueOccasions and namedPoint reuse what they worked out for it.
 */
export function pointsOfYear(names: readonly string[], year: number): readonly ReportingPoint[] {
  const key = `${year}\u0000${JSON.stringify(names)}`;
  let points = years.get(key);
  if (!points) {
    if (years.size >= YEARS_MAX) years.clear();
    years.set(key, (points = Object.freeze(reportingPoints(names, year).map((p) => Object.freeze(p)))));
  }
  return points;
}
