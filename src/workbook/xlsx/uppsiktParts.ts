import {
  columnLetters,
  LISTS,
  parseRangeStart,
  SCALE_NAME,
  tableSpec,
  uppsiktSchema,
  VERSION_NAME,
  type RegisterData,
  type RegisterTable,
  type WorkbookSnapshot,
} from '../../core';

/** Uppsikt's own sheets, tables and defined names found in a workbook, keyed by their schema names. */
export interface UppsiktParts {
  readonly sheets: ReadonlyMap<string, string>;
  readonly tables: ReadonlyMap<string, string>;
  readonly definedNames: ReadonlyMap<string, string>;
}

const fold = (name: string) => name.toLocaleLowerCase('sv');

/** True when `name` is `wanted` or what uppsiktNames makes of it when it clashes ("Riskanalys (Uppsikt)2"). */
function isNameFor(name: string, wanted: string, suffix: string): boolean {
  if (fold(name) === fold(wanted)) return true;
  const m = new RegExp(`^(.*)${suffix.replace(/[()]/g, '\\$&')}\\d*$`).exec(name);
  return m !== null && m[1].length > 0 && fold(wanted).startsWith(fold(m[1]));
}

/**
 * Finds the sheets Uppsikt wrote in a workbook (in any earlier run, under the names it chose then): a sheet
 * named as the schema says (or with " (Uppsikt)" added), with the schema's title in A1 (for a table sheet in
 * a workbook that has the schema version name, an edited title is allowed) and, for a table sheet, the
 * schema's table (a table sheet the user renamed is found by its title and table); and the defined names
 * that point at its Inställningar. A user's own sheet
 * that happens to share a name never qualifies, so it is never written over.
 *
 * @param snapshot - The workbook.
 * @returns Schema name → name in the workbook, for what was found.
 */
export function uppsiktPartsIn(snapshot: WorkbookSnapshot): UppsiktParts {
  const sheets = new Map<string, string>();
  const tables = new Map<string, string>();
  const definedNames = new Map<string, string>();
  // A table sheet whose title a user edited is still Uppsikt's when the workbook carries the schema version.
  const versioned = Object.keys(snapshot.names).some((n) => isNameFor(n, VERSION_NAME, '_Uppsikt'));
  // First by name (a user's sheet that only shares the name lacks the title or the table), then a table
  // sheet the user renamed: the schema's title and table are still there.
  for (const byName of [true, false]) {
    for (const spec of uppsiktSchema.sheets) {
      for (const sheet of snapshot.sheets) {
        if (sheets.has(spec.name) || [...sheets.values()].includes(sheet.name)) continue;
        const titled = sheet.values[0]?.[0] === spec.title;
        if (byName ? !isNameFor(sheet.name, spec.name, ' (Uppsikt)') || !(titled || (versioned && spec.tables.length > 0)) : !titled || spec.tables.length === 0) continue;
        const own = spec.tables.map((t) => snapshot.tables.find((x) => x.sheet === sheet.name && isNameFor(x.name, t.name, '_Uppsikt')));
        if (own.some((t) => t === undefined)) continue;
        sheets.set(spec.name, sheet.name);
        spec.tables.forEach((t, i) => tables.set(t.name, own[i]!.name));
      }
    }
  }
  const settings = sheets.get('Inställningar');
  for (const base of [SCALE_NAME, VERSION_NAME, ...LISTS.map((l) => l.name)]) {
    const name = Object.entries(snapshot.names).find(([n, ref]) => isNameFor(n, base, '_Uppsikt') && settings !== undefined && parseRangeStart(ref)?.sheet === settings);
    if (name) definedNames.set(base, name[0]);
  }
  return { sheets, tables, definedNames };
}

/** True when the workbook already is an Uppsikt workbook: it has at least one of Uppsikt's own sheets. */
export function isUppsiktWorkbook(snapshot: WorkbookSnapshot): boolean {
  return uppsiktPartsIn(snapshot).sheets.size > 0;
}

/** True when every sheet of the current schema is there: nothing to add or upgrade. */
export function isCompleteUppsiktWorkbook(snapshot: WorkbookSnapshot, schemaVersion: number | undefined): boolean {
  return schemaVersion === uppsiktSchema.version && uppsiktPartsIn(snapshot).sheets.size === uppsiktSchema.sheets.length;
}

/** Rows 1–2 of every Uppsikt sheet are its title and description, written by Uppsikt. */
const TITLE_ROWS = 2;

const MAX_REPORTED = 20;

/**
 * Cells on Uppsikt's table sheets that rewriting them would lose: cells outside the title and the table, and
 * formulas of the user's own inside it (rewriting keeps values; only Uppsikt's computed columns are formulas
 * by design). The caller refuses and names them.
 *
 * @param snapshot - The workbook.
 * @returns Sheet, A1 address and why, for each such cell (at most 20).
 */
export function cellsAtRisk(snapshot: WorkbookSnapshot): { sheet: string; cell: string; formula: boolean }[] {
  const found: { sheet: string; cell: string; formula: boolean }[] = [];
  const own = uppsiktPartsIn(snapshot);
  for (const spec of uppsiktSchema.sheets.filter((s) => s.role === 'table')) {
    const name = own.sheets.get(spec.name);
    const sheet = snapshot.sheets.find((s) => s.name === name);
    const table = snapshot.tables.find((t) => t.sheet === name && t.name === own.tables.get(spec.tables[0].name));
    if (!sheet || !table) continue;
    const computed = new Set(
      tableSpec(spec.tables[0].name)
        .columns.filter((c) => c.kind === 'computed')
        .map((c) => c.header),
    );
    const headers = sheet.values[table.headerRow] ?? [];
    sheet.values.forEach((row, r) => {
      row.forEach((value, c) => {
        if (found.length >= MAX_REPORTED) return;
        if (r < TITLE_ROWS) {
          // Uppsikt writes its title and description here; anything else typed here would be lost.
          const written = c === 0 ? [spec.title, spec.description][r] : undefined;
          if (!(value === null || value === undefined || value === '' || value === written)) found.push({ sheet: sheet.name, cell: `${columnLetters(c)}${r + 1}`, formula: false });
          return;
        }
        const inside = r >= table.headerRow && r <= table.headerRow + table.rowCount && c >= table.firstColumn && c < table.firstColumn + table.columnCount;
        const formula = sheet.formulas?.[r]?.[c];
        if (!inside && !(value === null || value === undefined || value === '')) found.push({ sheet: sheet.name, cell: `${columnLetters(c)}${r + 1}`, formula: false });
        else if (inside && r > table.headerRow && formula && !computed.has(String(headers[c] ?? '')))
          found.push({ sheet: sheet.name, cell: `${columnLetters(c)}${r + 1}`, formula: true });
      });
    });
  }
  return found;
}

/**
 * The register without the cached results of Uppsikt's own computed columns (they were read back as
 * values), so the rewrite writes the formulas again instead of keeping stale results as if typed.
 */
export function withoutFormulaResults(register: RegisterData, snapshot: WorkbookSnapshot): RegisterData {
  const tables: Record<string, RegisterTable> = {};
  for (const [name, table] of Object.entries(register.tables)) {
    if (!table) continue;
    const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
    const computed = tableSpec(name)
      .columns.filter((c) => c.kind === 'computed')
      .map((c) => c.key);
    tables[name] = {
      ...table,
      rows: table.rows.map((row) => {
        const values = { ...row.values };
        for (const key of computed) if (row.columns[key] !== undefined && sheet?.formulas?.[row.row]?.[row.columns[key]]) values[key] = null;
        return { ...row, values };
      }),
    };
  }
  return { ...register, tables };
}

/** The names of `parts` that are in `sheets` (sheets of the original package), with their tables. */
export function partsIn(parts: UppsiktParts, sheets: ReadonlySet<string>): UppsiktParts {
  const kept = new Map([...parts.sheets].filter(([, name]) => sheets.has(name)));
  const tables = new Map(
    uppsiktSchema.sheets.filter((s) => kept.has(s.name)).flatMap((s) => s.tables.flatMap((t) => (parts.tables.has(t.name) ? [[t.name, parts.tables.get(t.name)!] as const] : []))),
  );
  return { sheets: kept, tables, definedNames: parts.definedNames };
}
