import type { CellValue, RecommendationStatus, RegisterData, RegisterRow } from '../../../core';

/** One input register as the steps see it: its place in the order given, its nämnder and its recommendations. */
export interface Source {
  readonly index: number;
  readonly file: string;
  /** Prefix for this file's ids where they clash ("F2"). */
  readonly prefix: string;
  readonly register: RegisterData;
  readonly namnder: readonly string[];
  /** Whether its scale is the first file's (the consolidated workbook's). */
  readonly onMain: boolean;
  readonly items: readonly RecommendationStatus[];
  /** Rounds (Omgång) with a verdict, per recommendation id key. */
  readonly judged: ReadonlyMap<string, readonly CellValue[]>;
}

/** Where a row was read: file, sheet and 0-based row. */
export interface Place {
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
}

export function placeOf(s: Source, row: RegisterRow): Place {
  return { file: s.file, sheet: row.sheet, row: row.row };
}

/** "Rekommendationer rad 5": a place within its file, for messages. */
export const placeText = (p: Place): string => `${p.sheet} rad ${p.row + 1}`;
