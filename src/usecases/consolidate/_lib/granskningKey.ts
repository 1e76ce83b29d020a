import type { CellValue } from '../../../core';
import { compactKey } from './similarity';

const YEAR_IN_TITLE = /\((?:[^)]*\D)?((?:19|20)\d\d)\)\s*$/;

/** The year of a granskning: its År cell, else a year in brackets at the end of the title ("… (2022)"). */
export function granskningYear(title: string, ar: CellValue): number | undefined {
  const typed = typeof ar === 'number' ? ar : typeof ar === 'string' && /^\s*\d{4}\s*$/.test(ar) ? Number(ar) : undefined;
  if (typed !== undefined && typed >= 1900 && typed <= 2100) return typed;
  const m = YEAR_IN_TITLE.exec(title);
  return m ? Number(m[1]) : undefined;
}

/**
 * The key a granskning's title is matched by: without "Granskning av" in front and the year in brackets
 * behind, case, punctuation and spacing folded ("Granskning av skyddade personuppgifter (2022)" →
 * "skyddadepersonuppgifter").
 */
export function granskningKey(title: string): string {
  const stripped = title.replace(YEAR_IN_TITLE, '').replace(/^\s*(?:för)?granskning(?:en)?\s+(?:av|om)\s+/i, '');
  return compactKey(stripped);
}
