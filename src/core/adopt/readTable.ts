import type { CellValue } from '../cell/CellValue';
import { columnLetters } from '../cell/a1';
import { formatValue } from '../cell/formatValue';
import { isBlank } from '../cell/isBlank';
import type { Issue } from '../issues/Issue';
import { makeIssue } from '../issues/makeIssue';
import type { RegisterRow, RegisterTable, RoundColumn } from '../register/RegisterData';
import { roundOfHeader } from '../round/roundOfHeader';
import { looksLikeVerdicts } from './looksLikeVerdicts';
import type { AdoptedTable, MappedColumn, UnmappedColumn } from './AdoptionReport';
import type { TableLocation } from './locateTables';
import { headerIndex, matchHeaders } from './matchHeaders';

const headerText = (value: CellValue) => (typeof value === 'string' ? value.trim() : isBlank(value) ? '' : formatValue(value).replace(/^”|”$/g, ''));

/*
 * Unmapped columns keep their header, made unique against the schema's headers and each other (an Excel
 * table cannot have two columns of the same name); a column with data but no header gets "Kolumn F".
 */
function uniqueHeader(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let n = 2; taken.has(name.toLocaleLowerCase('sv')); n++) name = `${wanted} (${n})`;
  taken.add(name.toLocaleLowerCase('sv'));
  return name;
}

/**
 * A user's corrections of the mapping for one table: 0-based sheet column → schema column key, or null to
 * keep the column as its own.
 */
export type ColumnOverrides = Readonly<Record<number, string | null>>;

/* A corrected column takes its key from whichever column had it, which then stays as its own column. */
function applyOverrides(found: ReturnType<typeof matchHeaders>, overrides: ColumnOverrides, keys: readonly string[]): ReturnType<typeof matchHeaders> {
  const entries = Object.entries(overrides)
    .map(([column, key]) => [Number(column), key] as const)
    .filter(([, key]) => key === null || keys.includes(key));
  if (entries.length === 0) return found;
  const overridden = new Set(entries.map(([column]) => column));
  const claimed = new Set(entries.flatMap(([, key]) => (key === null ? [] : [key])));
  const matches = found.matches.filter((m) => !overridden.has(m.column) && !claimed.has(m.key));
  for (const [column, key] of entries) if (key !== null) matches.push({ column, key });
  matches.sort((a, b) => a.column - b.column);
  const duplicates = found.duplicates.filter((d) => !overridden.has(d.column) && !matches.some((m) => m.column === d.column));
  return { matches, duplicates };
}

/**
 * Reads one located table: maps its headers, keeps every other column, and takes every non-blank row below
 * the header, values exactly as they are in the cells.
 *
 * @param location - Where the table is.
 * @returns The register table, the report of its mapping, and issues with sheet (input) and cell.
 */
export function readTable(location: TableLocation, overrides: ColumnOverrides = {}): { table: RegisterTable; report: AdoptedTable; issues: Issue[] } {
  const { spec, sheet, headerRow, firstColumn, lastColumn, lastRow } = location;
  const headerCells = (sheet.values[headerRow] ?? []).slice(0, lastColumn + 1).map((v, c) => (c < firstColumn ? null : v));
  // A round column ("Status 2023") would otherwise match "Status" loosely; it is read as a round instead.
  const roundOf = new Map<number, string>();
  if (spec.name === ROUND_TABLE) {
    headerCells.forEach((v, c) => {
      const round = roundOfHeader(v);
      if (round !== undefined && overrides[c] === undefined) roundOf.set(c, round);
    });
  }
  const found = matchHeaders(
    headerCells.map((v, c) => (roundOf.has(c) ? null : v)),
    headerIndex(spec),
  );
  const { matches, duplicates } = applyOverrides(
    found,
    overrides,
    spec.columns.map((c) => c.key),
  );
  const issues: Issue[] = [];
  const specOf = (key: string) => spec.columns.find((c) => c.key === key)!;

  const columns: Record<string, number> = {};
  const mapped: MappedColumn[] = matches.map((m) => {
    columns[m.key] = m.column;
    return { header: headerText(headerCells[m.column]), key: m.key, schemaHeader: specOf(m.key).header, column: m.column };
  });
  for (const d of duplicates) {
    issues.push(
      makeIssue(
        'adoptColumnDuplicate',
        {
          header: headerText(headerCells[d.column]),
          first: `${columnLetters(d.first)}${headerRow + 1}`,
          schemaHeader: specOf(d.key).header,
        },
        { input: sheet.name, row: headerRow, column: d.column },
        'warning',
      ),
    );
  }

  const dataRows = sheet.values.slice(headerRow + 1, lastRow + 1);
  const mappedColumns = new Set(mapped.map((m) => m.column));
  const taken = new Set(spec.columns.map((c) => c.header.toLocaleLowerCase('sv')));
  const unmapped: UnmappedColumn[] = [];
  // Which columns hold anything below the header, in one pass over the rows the sheet has (not rows × columns).
  const filled = new Set<number>();
  dataRows.forEach((r) => r.forEach((v, c) => void (!isBlank(v) && filled.add(c))));
  for (let column = firstColumn; column <= lastColumn; column++) {
    if (mappedColumns.has(column)) continue;
    const header = headerText(headerCells[column]);
    if (header === '' && !filled.has(column)) continue;
    unmapped.push({ header: uniqueHeader(header === '' ? `Kolumn ${columnLetters(column)}` : header, taken), column });
  }

  const rows: RegisterRow[] = [];
  dataRows.forEach((cells, i) => {
    const values: Record<string, CellValue> = {};
    const extra: Record<string, CellValue> = {};
    let blank = true;
    for (const m of mapped) {
      const v = cells[m.column] ?? null;
      values[m.key] = v;
      blank &&= isBlank(v);
    }
    for (const u of unmapped) {
      const v = cells[u.column] ?? null;
      extra[u.header] = v;
      blank &&= isBlank(v);
    }
    if (!blank) rows.push({ values, extra, sheet: sheet.name, row: headerRow + 1 + i, columns });
  });

  const rounds: RoundColumn[] = unmapped.flatMap((u) => (roundOf.has(u.column) ? [{ header: u.header, round: roundOf.get(u.column)!, column: u.column }] : []));
  for (const u of unmapped) {
    if (!roundOf.has(u.column) && !duplicates.some((d) => d.column === u.column) && looksLikeVerdicts(rows.map((r) => r.extra[u.header] ?? null))) {
      issues.push(makeIssue('adoptVerdictColumnUnread', { header: u.header, sheet: sheet.name }, { input: sheet.name, row: headerRow, column: u.column }, 'warning'));
    }
  }

  const missing = spec.columns.filter((c) => columns[c.key] === undefined).map((c) => ({ header: c.header, required: c.required === true }));
  const roundReport = rounds.map((r) => ({ ...r, verdicts: rows.filter((row) => !isBlank(row.extra[r.header] ?? null)).length }));
  return {
    table: { table: spec.name, sheet: sheet.name, headerRow, extraHeaders: unmapped.map((u) => u.header), rows, ...(rounds.length > 0 ? { rounds } : {}) },
    report: {
      table: spec.name,
      sheet: sheet.name,
      headerRow,
      foundBy: location.foundBy,
      mapped,
      unmapped,
      missing,
      rowCount: rows.length,
      ...(rounds.length > 0 ? { rounds: roundReport } : {}),
    },
    issues,
  };
}

/** The table whose kept columns may be follow-up rounds: one row per recommendation. */
const ROUND_TABLE = 'Rekommendationer';
