import type { CellValue } from '../cell/CellValue';

/*
 * Tolerant header matching. People write "Sannolikhet (1-4)", "SANNOLIKHET", "Ansvarig  nämnd:" or
 * "Namnd" for the same column, so headers are compared on a key: lower case, diacritics and everything but
 * letters and digits removed. The base key also drops bracketed notes and a trailing scale such as "1-5".
 */

const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;
const DIACRITICS = /\p{M}+/gu;
// Bracketed notes cannot nest in a header; [^()]* keeps the match linear.
const BRACKETED = /\([^()]*\)|\[[^[\]]*\]/g;
const TRAILING_SCALE = /\s*\d+\s*[-–—]\s*\d+\s*$/;

function fold(text: string): string {
  return text.normalize('NFD').replace(DIACRITICS, '').toLocaleLowerCase('sv').replace(NOT_ALNUM, '');
}

/**
 * The exact comparison key of a header cell ('' for anything that cannot be a header).
 *
 * @example
 * headerKey('Ansvarig nämnd:') //=> 'ansvarignamnd'
 */
export function headerKey(value: CellValue): string {
  return typeof value === 'string' ? fold(value) : '';
}

/**
 * The key without bracketed notes or a trailing scale, for a second, looser match.
 *
 * @example
 * baseHeaderKey('Sannolikhet (1-4)') //=> 'sannolikhet'
 */
export function baseHeaderKey(value: CellValue): string {
  return typeof value === 'string' ? fold(value.replace(BRACKETED, ' ').replace(TRAILING_SCALE, '')) : '';
}

/**
 * The number of levels a header announces, e.g. 5 for "Sannolikhet (1-5)", else undefined.
 *
 * @example
 * levelsInHeader('Konsekvens 1–5') //=> 5
 */
export function levelsInHeader(value: CellValue): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /\b1\s*[-–—]\s*(\d)\b/.exec(value);
  return match ? Number(match[1]) : undefined;
}
