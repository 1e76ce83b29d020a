import { LISTS, SCALE_NAME, uppsiktSchema, VERSION_NAME } from '../../core';

/*
 * The names Uppsikt writes (sheets, tables, defined names), resolved against what the workbook already has:
 * a user's sheet called "Riskanalys" is never touched, so Uppsikt's becomes "Riskanalys (Uppsikt)", and a
 * clashing table or defined name gets "_Uppsikt". Both adapters resolve names here, and every formula is
 * rewritten with the names actually used.
 */

export interface UppsiktNames {
  /** Schema sheet name → the sheet name written. */
  readonly sheets: ReadonlyMap<string, string>;
  /** Schema table name → the table name written. */
  readonly tables: ReadonlyMap<string, string>;
  /** Schema defined name (Skala, UppsiktSchemaversion, Lista_*) → the name written. */
  readonly definedNames: ReadonlyMap<string, string>;
}

const MAX_SHEET_NAME = 31;
const fold = (name: string) => name.toLocaleLowerCase('sv');

function free(wanted: string, taken: Set<string>, suffix: string, max = Number.POSITIVE_INFINITY): string {
  let name = wanted;
  for (let n = 1; taken.has(fold(name)); n++) {
    const tail = n === 1 ? suffix : `${suffix}${n}`;
    name = `${wanted.slice(0, max - tail.length)}${tail}`;
  }
  taken.add(fold(name));
  return name;
}

/**
 * Resolves every Uppsikt name against the names a workbook already uses.
 *
 * @param existing - The workbook's sheet, table and defined names.
 * @param keep - Schema sheets already present as Uppsikt sheets (an Uppsikt workbook): they keep their names.
 * @returns The names to write.
 */
export function uppsiktNames(
  existing: { sheets: readonly string[]; tables: readonly string[]; definedNames: readonly string[] },
  keep: ReadonlySet<string> = new Set(),
): UppsiktNames {
  const sheetsTaken = new Set(existing.sheets.map(fold));
  const tablesTaken = new Set([...existing.tables, ...existing.definedNames].map(fold));
  const namesTaken = new Set([...existing.tables, ...existing.definedNames].map(fold));
  const sheets = new Map<string, string>();
  const tables = new Map<string, string>();
  const definedNames = new Map<string, string>();
  for (const sheet of uppsiktSchema.sheets) {
    sheets.set(sheet.name, keep.has(sheet.name) ? sheet.name : free(sheet.name, sheetsTaken, ' (Uppsikt)', MAX_SHEET_NAME));
    for (const table of sheet.tables) {
      const name = keep.has(sheet.name) ? table.name : free(table.name, tablesTaken, '_Uppsikt');
      namesTaken.add(fold(name));
      tables.set(table.name, name);
    }
  }
  for (const name of [SCALE_NAME, VERSION_NAME, ...LISTS.map((l) => l.name)]) {
    definedNames.set(name, keep.has('Inställningar') ? name : free(name, namesTaken, '_Uppsikt'));
  }
  return { sheets, tables, definedNames };
}
