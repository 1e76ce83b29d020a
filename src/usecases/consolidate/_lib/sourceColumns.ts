import type { CellValue, RegisterRow, RegisterTable } from '../../../core';
import { SOURCE_HEADERS } from '../messages.sv';
import type { Place } from './Source';

/** The Källa columns every consolidated table ends with. */
export const SOURCE_EXTRAS = [SOURCE_HEADERS.file, SOURCE_HEADERS.sheet, SOURCE_HEADERS.row, SOURCE_HEADERS.namnd];

const joinPlaces = (places: readonly Place[], key: keyof Place) => places.map((p) => (key === 'row' ? p.row + 1 : p[key])).join('; ');

/** The Källa columns of a row read at these places for these nämnder (a single row number stays a number). */
export function sourceColumns(places: readonly Place[], namnder: readonly string[]): Record<string, CellValue> {
  return {
    [SOURCE_HEADERS.file]: joinPlaces(places, 'file'),
    [SOURCE_HEADERS.sheet]: joinPlaces(places, 'sheet'),
    [SOURCE_HEADERS.row]: places.length === 1 ? places[0].row + 1 : joinPlaces(places, 'row'),
    [SOURCE_HEADERS.namnd]: namnder.join(', '),
  };
}

const renamed = (header: string) => ((SOURCE_EXTRAS as string[]).includes(header) ? `${header} (tidigare)` : header);

/** A row's own extra columns, renamed where they would hide a Källa column (a consolidated file consolidated again). */
export function ownExtras(row: RegisterRow): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  for (const [header, value] of Object.entries(row.extra)) out[renamed(header)] = value;
  return out;
}

/** A table's own extra headers, renamed as ownExtras renames them. */
export const ownHeaders = (table: RegisterTable | undefined): string[] => (table?.extraHeaders ?? []).map(renamed);
