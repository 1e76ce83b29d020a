import { parseRange, SCHEMA_VERSION, uppsiktSchema, VERSION_NAME, type RegisterData, type WorkbookSnapshot } from '../../core';
import type { StructurePlan } from '../WorkbookPort';
import { uppsiktNames, type UppsiktNames } from './uppsiktNames';

/*
 * What creating or upgrading the structure will do, planned the same way by both adapters from what the
 * workbook already has: the Office adapter reads it in one sync, the xlsx adapter from its snapshot.
 */

/** What the workbook already has. */
export interface ExistingWorkbook {
  sheets: string[];
  tables: { name: string; sheet: string; columns: string[] }[];
  names: string[];
  version?: number;
}

/** Schema sheets already present as Uppsikt's own: the sheet exists and holds the schema table by name. */
export function presentSheets(existing: ExistingWorkbook): Set<string> {
  const present = new Set<string>();
  for (const sheet of uppsiktSchema.sheets) {
    if (!existing.sheets.includes(sheet.name)) continue;
    const own = sheet.tables.length === 0 ? existing.version !== undefined : sheet.tables.every((t) => existing.tables.some((x) => x.name === t.name && x.sheet === sheet.name));
    if (own) present.add(sheet.name);
  }
  return present;
}

/** The names Uppsikt's sheets, tables and defined names have in this workbook. */
export function namesIn(existing: ExistingWorkbook): UppsiktNames {
  return uppsiktNames({ sheets: existing.sheets, tables: existing.tables.map((t) => t.name), definedNames: existing.names }, presentSheets(existing));
}

/** What createStructure will do, from what exists and the register. */
export function planFor(existing: ExistingWorkbook, register: RegisterData): { plan: StructurePlan; names: UppsiktNames; keep: Set<string> } {
  const keep = presentSheets(existing);
  const names = uppsiktNames({ sheets: existing.sheets, tables: existing.tables.map((t) => t.name), definedNames: existing.names }, keep);
  const add = uppsiktSchema.sheets.filter((s) => !keep.has(s.name)).map((s) => ({ schemaSheet: s.name, name: names.sheets.get(s.name)! }));
  const ownSheets = new Set(uppsiktSchema.sheets.map((s) => names.sheets.get(s.name)));
  const copyFrom = Object.values(register.tables).flatMap((t) => (t && !ownSheets.has(t.sheet) ? [{ sheet: t.sheet, table: t.table, rows: t.rows.length }] : []));
  const upgrade = existing.version !== undefined && existing.version < SCHEMA_VERSION ? { upgradeFrom: existing.version } : {};
  return { plan: { add, keep: [...keep], copyFrom, ...upgrade }, names, keep };
}

/**
 * What a workbook read as a snapshot already has, as the Office adapter reads it from Excel: sheets, tables
 * with their header texts, defined names and the schema version the name UppsiktSchemaversion points at.
 *
 * @example
 * existingIn({ sheets: [], tables: [], names: {} }) // → { sheets: [], tables: [], names: [] }
 */
export function existingIn(snapshot: WorkbookSnapshot): ExistingWorkbook {
  const tables = snapshot.tables.map((t) => {
    const header = snapshot.sheets.find((s) => s.name === t.sheet)?.values[t.headerRow] ?? [];
    return { name: t.name, sheet: t.sheet, columns: Array.from({ length: t.columnCount }, (_, c) => String(header[t.firstColumn + c] ?? '')) };
  });
  const ref = snapshot.names[VERSION_NAME];
  const at = ref === undefined ? undefined : parseRange(ref.replace(/^=/, ''));
  const cell = !at ? undefined : snapshot.sheets.find((s) => s.name === at.sheet)?.values[at.top]?.[at.left];
  const version = cell === undefined || cell === null || cell === '' ? undefined : Number(cell);
  return {
    sheets: snapshot.sheets.map((s) => s.name),
    tables,
    names: Object.keys(snapshot.names),
    ...(version !== undefined && Number.isFinite(version) ? { version } : {}),
  };
}
