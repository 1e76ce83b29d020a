/*
 * What an Uppsikt workbook contains, as data: sheets, their tables, each column's header, type, drop-down,
 * number format and computed formula. Both workbook adapters (ExcelJS for files, Office.js for the open
 * workbook) render this same description, so they cannot drift apart; adoption and checks read it too.
 */

/** How a column's cells are read and checked. */
export type ColumnKind =
  | 'id' // unique within its table, e.g. R1
  | 'text'
  | 'longText'
  | 'integer'
  | 'level' // a level on a scale axis (see ColumnSpec.axis)
  | 'date'
  | 'yesNo'
  | 'status' // a follow-up status (FOLLOW_UP_STATUSES)
  | 'reference' // an id in another table (see ColumnSpec.references)
  | 'computed'; // written by a formula, never typed

/** Where a drop-down takes its values from. */
export type ListSource =
  | { kind: 'list'; list: ListKey } // a list on Inställningar
  | { kind: 'levels'; axis: 'likelihood' | 'consequence' } // 1..levels of the scale
  | { kind: 'ids'; table: string }; // the ids of another table

/** The lists kept on Inställningar that feed drop-downs. */
export type ListKey =
  | 'namnder'
  | 'statusar'
  | 'kontrollmetoder'
  | 'frekvenser'
  | 'riskkategorier'
  | 'hantering'
  | 'janej'
  | 'rapporteringspunkter'
  | 'genomford'
  | 'avvikelsegrader'
  | 'stallningstaganden'
  | 'helhetsbedomningar';

export interface ColumnSpec {
  /** Stable English key, used in code and JSON. */
  readonly key: string;
  /** The Swedish header, exactly as written in the table. */
  readonly header: string;
  readonly kind: ColumnKind;
  readonly required?: boolean;
  readonly list?: ListSource;
  readonly axis?: 'likelihood' | 'consequence';
  /** For 'reference': the table whose Id this column holds. */
  readonly references?: string;
  /** Excel number format (invariant), e.g. 'yyyy-mm-dd'. */
  readonly numberFormat?: string;
  /** For 'computed': the formula with invariant (English) names and ',' separators, structured references. */
  readonly formula?: string;
  /** Column width in characters. */
  readonly width: number;
  /** Other headers people use for this column, for adoption (matched ignoring case, spaces, punctuation). */
  readonly synonyms: readonly string[];
  /** A short Swedish help text (shown as the cell's input message). */
  readonly help?: string;
}

export interface TableSpec {
  /** The Excel table name (no spaces). */
  readonly name: string;
  readonly sheet: string;
  /** 1-based row of the header; the title sits above it. */
  readonly headerRow: number;
  readonly columns: readonly ColumnSpec[];
  /** Other sheet or table names people use for this table, for adoption. */
  readonly synonyms: readonly string[];
}

export type SheetRole = 'settings' | 'table' | 'matrix' | 'summary';

export interface SheetSpec {
  readonly name: string;
  readonly role: SheetRole;
  /** The title in A1. */
  readonly title: string;
  /** One line under the title saying what the sheet is for. */
  readonly description: string;
  readonly tables: readonly TableSpec[];
}

export interface ListSpec {
  readonly key: ListKey;
  /** Header of the one-column list on Inställningar. */
  readonly header: string;
  /** The defined name drop-downs refer to. */
  readonly name: string;
  readonly defaults: readonly string[];
}

export interface WorkbookSchema {
  readonly version: number;
  readonly sheets: readonly SheetSpec[];
  readonly lists: readonly ListSpec[];
}
