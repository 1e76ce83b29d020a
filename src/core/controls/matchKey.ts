import type { CellValue } from '../cell/CellValue';
import { idKey } from '../register/latestVerdicts';

/**
 * A key two ids share exactly when their idKey is the same, made without a new string for an id written as
 * ids mostly are ("K12", "R3": ASCII, no lower-case letter, nothing to trim), which is its own key. The
 * overview keys every control and risk of a plan, and a new lower-cased string for each cost it more than
 * reading their results.
 *
 * The key is idKey's in upper case when idKey's is ASCII (idKey's then has no upper-case letter, so nothing
 * merges), and "\0" before idKey's otherwise, which no ASCII key can equal.
 *
 * @param value - The Id cell.
 * @returns The key; "" for a blank cell, as idKey.
 * @example
 * matchKey('K12') //=> 'K12'
 * matchKey(' k12 ') //=> 'K12'
 */
export function matchKey(value: CellValue): string {
  if (typeof value === 'string' && value.length > 0 && value.charCodeAt(0) > 32 && value.charCodeAt(value.length - 1) > 32) {
    let i = 0;
    for (; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c >= 128 || (c >= 97 && c <= 122)) break;
    }
    if (i === value.length) return value;
  }
  const key = idKey(value);
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) >= 128) return `\u0000${key}`;
  return key.toUpperCase();
}
