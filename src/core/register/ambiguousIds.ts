import { cellRef } from '../cell/a1';
import { isBlank } from '../cell/isBlank';
import type { CellValue } from '../cell/CellValue';
import type { RegisterData } from './RegisterData';

/** Ids of one table that a reader cannot tell apart, each with the cell it is in ("Rekommendationer!A5"). */
export interface AmbiguousId {
  readonly table: string;
  readonly ids: readonly { readonly id: string; readonly cell: string }[];
}

/**
 * An id as a person reads it: NFC, any case, no white space anywhere (also no-break and zero-width
 * spaces), so "G1-1", "g1-1" and "G1-1 " are one id.
 *
 * @example
 * nearIdKey(' G1 -1\u00a0') //=> 'g1-1'
 */
export function nearIdKey(value: CellValue): string {
  return isBlank(value)
    ? ''
    : String(value)
        .normalize('NFC')
        .replace(/[\s\u200b\u2060\ufeff]+/g, '')
        .toLocaleLowerCase('sv');
}

/**
 * The ids of Granskningar and Rekommendationer used by more than one row, also when they differ only in
 * case or spaces: a verdict or a recommendation keyed by such an id could land on the wrong row, so an
 * import stops on them before anything is written.
 *
 * @param register - The register.
 * @returns One entry per id that is not unique, its spellings with their cells.
 * @example
 * ambiguousIds(registerFromRecords(defaultScale, { Rekommendationer: [{ id: 'R1' }, { id: 'r1 ' }] }))[0].ids.map((i) => i.id)
 * //=> ['R1', 'r1 ']
 */
export function ambiguousIds(register: RegisterData, tables: readonly string[] = ['Granskningar', 'Rekommendationer']): AmbiguousId[] {
  const found: AmbiguousId[] = [];
  for (const table of tables) {
    const byKey = new Map<string, { id: string; cell: string }[]>();
    for (const row of register.tables[table]?.rows ?? []) {
      const key = nearIdKey(row.values.id);
      if (key === '') continue;
      const column = row.columns.id;
      const cell = typeof column === 'number' ? cellRef(row.sheet, row.row, column) : row.sheet;
      const group = byKey.get(key);
      const entry = { id: String(row.values.id), cell };
      if (group) group.push(entry);
      else byKey.set(key, [entry]);
    }
    for (const ids of byKey.values()) if (ids.length > 1) found.push({ table, ids });
  }
  return found;
}
