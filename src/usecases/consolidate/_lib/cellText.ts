import { dateText, idKey, isBlank, type CellValue } from '../../../core';

/** A cell as compared and shown in messages: trimmed text, a date as yyyy-mm-dd, blank as ''. */
export const text = (value: CellValue): string => (isBlank(value) ? '' : value instanceof Date ? dateText(value) : String(value).trim());

/** The items once each, in order of first appearance. */
export function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/** A reference through a file's renumbering: the new id where it was renumbered, else the value as it is. */
export function mapId(value: CellValue | undefined, ids: ReadonlyMap<string, string>): CellValue {
  if (isBlank(value)) return value ?? null;
  return ids.get(idKey(value)) ?? value ?? null;
}
