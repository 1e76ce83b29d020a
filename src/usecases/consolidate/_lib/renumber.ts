import { idKey, isBlank, type RegisterRow } from '../../../core';

/** New ids for one file's table, and the ids that clashed with an earlier file's. */
export interface Renumbering {
  /** Source id key (see idKey) → the id in the consolidated workbook. */
  readonly ids: ReadonlyMap<string, string>;
  readonly clashes: readonly string[];
}

/**
 * Ids for one file's rows in a consolidated table: unchanged while none clashes with an id an earlier file
 * took; otherwise every id of the file gets the file's prefix ("F2-R1"), so one file's ids stay alike and
 * its references can follow. `taken` is updated.
 */
export function renumber(rows: readonly RegisterRow[], prefix: string, taken: Set<string>): Renumbering {
  const originals = new Map<string, string>();
  for (const row of rows) {
    const value = row.values.id;
    if (isBlank(value)) continue;
    const key = idKey(value);
    if (!originals.has(key)) originals.set(key, String(value).trim());
  }
  const clashes = [...originals.entries()].filter(([key]) => taken.has(key)).map(([, id]) => id);
  const ids = new Map<string, string>();
  for (const [key, id] of originals) {
    let next = clashes.length > 0 ? `${prefix}-${id}` : id;
    for (let n = 2; taken.has(idKey(next)); n++) next = `${prefix}-${id}-${n}`;
    ids.set(key, next);
  }
  for (const id of ids.values()) taken.add(idKey(id));
  return { ids, clashes };
}

/** A free id for something new ("G3"), given the ids taken. */
export function freeId(letter: string, taken: Set<string>): string {
  let n = 1;
  while (taken.has(idKey(`${letter}${n}`))) n++;
  const id = `${letter}${n}`;
  taken.add(idKey(id));
  return id;
}
