import { parseRange, SCHEMA_VERSION, uppsiktSchema, VERSION_NAME, type RegisterData, type WorkbookSnapshot } from '../../core';
import type { StructurePlan } from '../../usecases/port/WorkbookPort';
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

/** True when `name` is what uppsiktNames calls `wanted` on a clash: "Riskanalys (Uppsikt)", "… (Uppsikt)2", shortened to fit. */
function isClashName(name: string, wanted: string): boolean {
  const m = / \(Uppsikt\)\d*$/.exec(name);
  const stem = m ? name.slice(0, m.index) : '';
  return stem.length > 0 && wanted.toLocaleLowerCase('sv').startsWith(stem.toLocaleLowerCase('sv'));
}

/**
 * Schema sheets already present as Uppsikt's own, with the name each has: the sheet holds the schema tables
 * by name (a sheet without tables counts when the workbook has a schema version), under the schema's name or
 * the one Uppsikt gave it because a user's sheet had that name ("Riskanalys (Uppsikt)").
 */
export function ownSheets(existing: ExistingWorkbook): Map<string, string> {
  const own = new Map<string, string>();
  for (const sheet of uppsiktSchema.sheets) {
    const candidates = existing.sheets.filter((n) => n === sheet.name || isClashName(n, sheet.name));
    const found =
      sheet.tables.length === 0
        ? existing.version === undefined
          ? undefined
          : (candidates.find((n) => n !== sheet.name) ?? candidates.find((n) => n === sheet.name))
        : candidates.find((n) => sheet.tables.every((t) => existing.tables.some((x) => x.name === t.name && x.sheet === n)));
    if (found !== undefined) own.set(sheet.name, found);
  }
  return own;
}

/** Schema sheets already present as Uppsikt's own (see ownSheets). */
export function presentSheets(existing: ExistingWorkbook): Set<string> {
  return new Set(ownSheets(existing).keys());
}

/** Uppsikt's names in this workbook, kept sheets under the names they have. */
function resolvedNames(existing: ExistingWorkbook, own: ReadonlyMap<string, string>): UppsiktNames {
  const names = uppsiktNames({ sheets: existing.sheets, tables: existing.tables.map((t) => t.name), definedNames: existing.names }, new Set(own.keys()));
  return { ...names, sheets: new Map([...names.sheets].map(([schema, name]) => [schema, own.get(schema) ?? name])) };
}

/** The names Uppsikt's sheets, tables and defined names have in this workbook. */
export function namesIn(existing: ExistingWorkbook): UppsiktNames {
  return resolvedNames(existing, ownSheets(existing));
}

/** What createStructure will do, from what exists and the register. */
export function planFor(existing: ExistingWorkbook, register: RegisterData): { plan: StructurePlan; names: UppsiktNames; keep: Set<string> } {
  const own = ownSheets(existing);
  const keep = new Set(own.keys());
  const names = resolvedNames(existing, own);
  const add = uppsiktSchema.sheets.filter((s) => !keep.has(s.name)).map((s) => ({ schemaSheet: s.name, name: names.sheets.get(s.name)! }));
  const ownNames = new Set(uppsiktSchema.sheets.map((s) => names.sheets.get(s.name)));
  const copyFrom = Object.values(register.tables).flatMap((t) => (t && !ownNames.has(t.sheet) ? [{ sheet: t.sheet, table: t.table, rows: t.rows.length }] : []));
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
