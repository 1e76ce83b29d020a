import type { SheetSnapshot, WorkbookSnapshot } from '../snapshot/WorkbookSnapshot';
import type { TableSpec, WorkbookSchema } from '../schema/WorkbookSchema';
import { headerKey } from './headerKey';
import { headerIndex, matchHeaders, type HeaderIndex } from './matchHeaders';

/** Where a schema table's header row is in a workbook. */
export interface TableLocation {
  readonly spec: TableSpec;
  readonly sheet: SheetSnapshot;
  readonly headerRow: number;
  /** Columns [firstColumn, lastColumn] and rows after the header up to lastRow belong to the table. */
  readonly firstColumn: number;
  readonly lastColumn: number;
  readonly lastRow: number;
  readonly foundBy: 'table' | 'headers';
}

/** Header rows are looked for this far down: real workbooks have a title and notes above, never pages. */
const SCAN_ROWS = 30;

interface Candidate {
  spec: TableSpec;
  sheet: SheetSnapshot;
  row: number;
  score: number;
}

/*
 * A row is a header row for a table when it names at least two of its columns, one of them a required
 * column other than the id: "Nr" and "Ansvarig" alone appear in too many sheets to mean anything.
 */
function scoreRow(cells: SheetSnapshot['values'][number], spec: TableSpec, index: HeaderIndex): number {
  const { matches } = matchHeaders(cells, index);
  const strong = matches.some((m) => m.key !== 'id' && spec.columns.find((c) => c.key === m.key)?.required);
  return matches.length >= 2 && strong ? matches.length : 0;
}

function sheetNameBonus(sheet: SheetSnapshot, spec: TableSpec): number {
  const key = headerKey(sheet.name);
  return [spec.sheet, spec.name, ...spec.synonyms].some((name) => key.includes(headerKey(name))) ? 0.5 : 0;
}

/**
 * Finds each schema table in a workbook: first as an Excel table of the schema's name (an Uppsikt workbook),
 * then by the best-scoring header row among the remaining sheets, one table per sheet.
 *
 * @param snapshot - The workbook.
 * @param schema - The schema.
 * @returns The tables found, keyed by table name.
 */
export function locateTables(snapshot: WorkbookSnapshot, schema: WorkbookSchema): Map<string, TableLocation> {
  const specs = schema.sheets.flatMap((s) => s.tables);
  const sheetsByName = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const found = new Map<string, TableLocation>();
  const usedSheets = new Set<string>();

  for (const spec of specs) {
    const table = snapshot.tables.find((t) => t.name.toLocaleLowerCase('sv') === spec.name.toLocaleLowerCase('sv'));
    const sheet = table && sheetsByName.get(table.sheet);
    if (!table || !sheet) continue;
    found.set(spec.name, {
      spec,
      sheet,
      headerRow: table.headerRow,
      firstColumn: table.firstColumn,
      lastColumn: table.firstColumn + table.columnCount - 1,
      lastRow: table.headerRow + table.rowCount,
      foundBy: 'table',
    });
    usedSheets.add(sheet.name);
  }

  const candidates: Candidate[] = [];
  for (const spec of specs) {
    if (found.has(spec.name)) continue;
    const index = headerIndex(spec);
    for (const sheet of snapshot.sheets) {
      if (usedSheets.has(sheet.name)) continue;
      const rows = Math.min(sheet.values.length, SCAN_ROWS);
      for (let row = 0; row < rows; row++) {
        const score = scoreRow(sheet.values[row] ?? [], spec, index);
        if (score > 0) candidates.push({ spec, sheet, row, score: score + sheetNameBonus(sheet, spec) });
      }
    }
  }
  // Best first; on a tie the earlier row (the header sits above the data that may repeat its words).
  candidates.sort((a, b) => b.score - a.score || a.row - b.row);
  for (const c of candidates) {
    if (found.has(c.spec.name) || usedSheets.has(c.sheet.name)) continue;
    // forEach, not Math.max(...rows): spreading 125,000+ rows into one call overflows the stack, and it skips the holes of unused rows.
    let width = 0;
    c.sheet.values.forEach((r) => (width = Math.max(width, r.length)));
    found.set(c.spec.name, { spec: c.spec, sheet: c.sheet, headerRow: c.row, firstColumn: 0, lastColumn: width - 1, lastRow: c.sheet.values.length - 1, foundBy: 'headers' });
    usedSheets.add(c.sheet.name);
  }
  return found;
}

/**
 * More sheets holding a table found by its headers, for tables kept on one sheet per period (Kontrollutfall:
 * "Utfall T1 2026", "Utfall T2 2026"): every sheet no other table took whose best header row is the table's.
 *
 * @param snapshot - The workbook.
 * @param first - Where the table was found (foundBy 'headers').
 * @param taken - The sheets every table found is on.
 * @returns The other sheets' locations, in workbook order.
 */
export function locateMoreSheets(snapshot: WorkbookSnapshot, first: TableLocation, taken: ReadonlySet<string>): TableLocation[] {
  const index = headerIndex(first.spec);
  const more: TableLocation[] = [];
  for (const sheet of snapshot.sheets) {
    if (taken.has(sheet.name)) continue;
    let best = { row: -1, score: 0 };
    for (let row = 0; row < Math.min(sheet.values.length, SCAN_ROWS); row++) {
      const score = scoreRow(sheet.values[row] ?? [], first.spec, index);
      if (score > best.score) best = { row, score };
    }
    if (best.row < 0) continue;
    let width = 0;
    // forEach skips the holes of unused rows (snapshots are sparse).
    sheet.values.forEach((r) => (width = Math.max(width, r.length)));
    more.push({ spec: first.spec, sheet, headerRow: best.row, firstColumn: 0, lastColumn: width - 1, lastRow: sheet.values.length - 1, foundBy: 'headers' });
  }
  return more;
}
