import { adoptWorkbook, tableSpec, uppsiktSchema, type CellValue, type WorkbookSnapshot } from '../../../../src/core';

/*
 * What the contract compares of a workbook, read through the port: the sheets and their titles, each table
 * with its headers and size, the values of the columns people type in, the IK functions in the computed
 * columns, the defined names, and the settings (scale, lists, plan, schema version) as adoption reads them.
 * Formula text is reduced to the functions called: Excel gives "[@Sannolikhet]" where a file has
 * "Risker[[#This Row],[Sannolikhet]]", which mean the same.
 */

/** A typed value as plain text or number: a date becomes its ISO day (the double holds dates as that text). */
export function plain(value: CellValue | undefined): string | number | boolean | null {
  if (value === undefined || value === null || value === '') return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
}

/** The IK and Excel functions a formula calls, e.g. "IFERROR,IK.LATESTVERDICT". */
export function functionsIn(formula: string | null | undefined): string | null {
  if (!formula) return null;
  return [...new Set([...formula.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]))].sort().join(',');
}

export interface TableView {
  readonly sheet: string;
  readonly headers: readonly (string | number | boolean | null)[];
  /** Rows by typed (not computed) column key. */
  readonly rows: readonly Record<string, string | number | boolean | null>[];
  /** Per row, the functions in each computed column's formula (null where it holds no formula). */
  readonly computed: readonly Record<string, string | null>[];
  /** Per row, each computed column's value (compared only where the adapter calculates). */
  readonly computedValues: readonly Record<string, string | number | boolean | null>[];
}

export interface WorkbookView {
  readonly sheets: readonly string[];
  readonly titles: Readonly<Record<string, string | number | boolean | null>>;
  readonly tables: Readonly<Record<string, TableView>>;
  readonly names: readonly string[];
  readonly settings: { scale: unknown; lists: unknown; plan: unknown; schemaVersion: number | undefined };
}

export function view(snapshot: WorkbookSnapshot): WorkbookView {
  const { register, report } = adoptWorkbook(snapshot);
  const tables: Record<string, TableView> = {};
  for (const table of snapshot.tables) {
    const sheet = snapshot.sheets.find((s) => s.name === table.sheet)!;
    const headers = Array.from({ length: table.columnCount }, (_, c) => plain(sheet.values[table.headerRow]?.[table.firstColumn + c]));
    const schemaName = uppsiktSchema.sheets.flatMap((s) => s.tables).find((t) => t.name === table.name.replace(/_Uppsikt\d*$/, ''))?.name;
    const read = schemaName ? register.tables[schemaName] : undefined;
    const spec = schemaName ? tableSpec(schemaName) : undefined;
    const typed = spec?.columns.filter((c) => c.kind !== 'computed') ?? [];
    const computed = spec?.columns.filter((c) => c.kind === 'computed') ?? [];
    const rows = (read?.rows ?? []).filter((r) => r.sheet === table.sheet);
    tables[table.name] = {
      sheet: table.sheet,
      headers,
      rows: rows.map((r) => Object.fromEntries(typed.map((c) => [c.key, plain(r.values[c.key])]))),
      computed: rows.map((r) => Object.fromEntries(computed.map((c) => [c.key, r.columns[c.key] === undefined ? null : functionsIn(sheet.formulas?.[r.row]?.[r.columns[c.key]])]))),
      computedValues: rows.map((r) => Object.fromEntries(computed.map((c) => [c.key, plain(r.values[c.key])]))),
    };
  }
  return {
    sheets: snapshot.sheets.map((s) => s.name),
    titles: Object.fromEntries(snapshot.sheets.map((s) => [s.name, plain(s.values[0]?.[0])])),
    tables,
    names: Object.keys(snapshot.names).sort(),
    settings: { scale: register.scale, lists: register.lists, plan: register.plan ?? null, schemaVersion: report.schemaVersion },
  };
}

/** The view without what only a calculating adapter has (the computed columns' values). */
export function withoutComputedValues(v: WorkbookView): WorkbookView {
  return { ...v, tables: Object.fromEntries(Object.entries(v.tables).map(([name, t]) => [name, { ...t, computedValues: [] }])) };
}
