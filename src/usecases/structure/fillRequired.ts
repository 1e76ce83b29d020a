import { isBlank, type CellValue, type RegisterData } from '../../core';

/** The prefix of generated ids per table (R1, R2 … as in the example workbook). */
export const ID_PREFIX: Readonly<Record<string, string>> = { Risker: 'R', Kontroller: 'K', Granskningar: 'G', Rekommendationer: 'REK' };

/** The column that names the nämnd, per table. */
export const NAMND_KEY: Readonly<Record<string, string>> = { Risker: 'namnd', Rekommendationer: 'mottagare' };

export interface RequiredFill {
  /** Give rows without an Id the next free one (prefix + number). */
  ids?: boolean;
  /** Write this nämnd into rows that have none. */
  namnd?: string;
}

/**
 * A register whose rows in `table` get what the user asked for in place of missing required columns: ids
 * and a nämnd, only in blank cells, so nothing the user typed is replaced.
 *
 * @example
 * fillRequired(register, 'Risker', { ids: true, namnd: 'Socialnämnden' }).tables.Risker.rows[0].values.id //=> 'R1'
 */
export function fillRequired(register: RegisterData, table: string, fill: RequiredFill): RegisterData {
  const source = register.tables[table];
  const prefix = ID_PREFIX[table];
  const namndKey = NAMND_KEY[table];
  const namnd = fill.namnd?.trim() ?? '';
  if (!source || ((!fill.ids || !prefix) && (namnd === '' || !namndKey))) return register;
  const taken = new Set(
    source.rows.map((r) =>
      String(r.values.id ?? '')
        .trim()
        .toLowerCase(),
    ),
  );
  let next = 1;
  const freshId = (): string => {
    while (taken.has(`${prefix}${next}`.toLowerCase())) next++;
    taken.add(`${prefix}${next}`.toLowerCase());
    return `${prefix}${next}`;
  };
  const rows = source.rows.map((row) => {
    const values: Record<string, CellValue> = { ...row.values };
    if (fill.ids && prefix && isBlank(values.id ?? null)) values.id = freshId();
    if (namnd !== '' && namndKey && isBlank(values[namndKey] ?? null)) values[namndKey] = namnd;
    return { ...row, values };
  });
  return { ...register, tables: { ...register.tables, [table]: { ...source, rows } } };
}
