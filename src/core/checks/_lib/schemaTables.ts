import type { RegisterData, RegisterRow } from '../../register/RegisterData';
import { uppsiktSchema } from '../../schema/uppsiktSchema';
import type { TableSpec } from '../../schema/WorkbookSchema';

/** The schema's tables in schema order (sheet order, then table order): the order findings are listed in. */
export const SCHEMA_TABLES: readonly TableSpec[] = uppsiktSchema.sheets.flatMap((sheet) => sheet.tables);

const BY_NAME = new Map(SCHEMA_TABLES.map((spec) => [spec.name, spec]));

/** The schema spec of a table, or undefined for a name the schema does not know. */
export function specOf(table: string): TableSpec | undefined {
  return BY_NAME.get(table);
}

/** The header users see for a column key; the key itself when the schema does not know it. */
export function headerOf(table: string, key: string): string {
  return specOf(table)?.columns.find((column) => column.key === key)?.header ?? key;
}

/** The rows of a table, none when the register lacks it. */
export function rowsOf(register: RegisterData, table: string): readonly RegisterRow[] {
  return register.tables[table]?.rows ?? [];
}

/** The sheet a table is on in this register, else where the schema puts it: the name messages use. */
export function sheetOf(register: RegisterData, table: string): string {
  return register.tables[table]?.sheet ?? specOf(table)?.sheet ?? table;
}
