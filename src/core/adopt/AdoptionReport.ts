import type { ListKey } from '../schema/WorkbookSchema';

/** A header cell and the schema column it was mapped to. */
export interface MappedColumn {
  readonly header: string;
  readonly key: string;
  /** The schema header the column becomes. */
  readonly schemaHeader: string;
  /** 0-based column on the sheet. */
  readonly column: number;
}

/** A column nobody mapped: kept as it is, under `header` (made unique if needed). */
export interface UnmappedColumn {
  readonly header: string;
  readonly column: number;
}

/** How one schema table was found in the workbook. */
export interface AdoptedTable {
  readonly table: string;
  readonly sheet: string;
  /** 0-based header row. */
  readonly headerRow: number;
  /** 'table': an Excel table of that name (an Uppsikt workbook); 'headers': found by its header row. */
  readonly foundBy: 'table' | 'headers';
  readonly mapped: readonly MappedColumn[];
  readonly unmapped: readonly UnmappedColumn[];
  /** Schema columns not in the sheet; `required` ones make the checks report every row. */
  readonly missing: readonly { header: string; required: boolean }[];
  readonly rowCount: number;
  /** Kept columns read as follow-up rounds ("Status 2023"), with how many verdicts each holds. */
  readonly rounds?: readonly { header: string; round: string; column: number; verdicts: number }[];
}

/** What adoption found, for the user to read before anything is written. */
export interface AdoptionReport {
  readonly tables: readonly AdoptedTable[];
  /** Schema tables found nowhere (their sheets are created empty). */
  readonly notFound: readonly string[];
  /** Where the scale came from. */
  readonly scale: { readonly from: 'workbook' | 'headers' | 'default'; readonly name: string };
  readonly lists: Readonly<Record<ListKey, 'workbook' | 'default'>>;
  /** The schema version stored in the workbook, if any. */
  readonly schemaVersion?: number;
}
