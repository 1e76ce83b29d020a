import type { CellValue, RegisterData, RiskScale, WorkbookSnapshot } from '../../core';

/*
 * What the product needs from a workbook, whichever it is: the open workbook in Excel (office/, Office.js)
 * or a file (xlsx/, ExcelJS). The task pane and the use cases talk to this and never to Excel directly, so
 * the same flows run in tests against a double.
 */

/** What creating or upgrading the structure would do, said before anything is written. */
export interface StructurePlan {
  /** Uppsikt sheets that will be added, with the name they get (a taken name gets " (Uppsikt)"). */
  readonly add: readonly { schemaSheet: string; name: string }[];
  /** Uppsikt sheets already present and left as they are. */
  readonly keep: readonly string[];
  /** The user's own sheets whose content is copied into an Uppsikt table (adoption); never changed. */
  readonly copyFrom: readonly { sheet: string; table: string; rows: number }[];
  /** The schema version found, when older than the current one (it will be upgraded in place). */
  readonly upgradeFrom?: number;
}

/** What a write did, for the message shown afterwards. */
export interface StructureResult {
  readonly sheets: readonly string[];
  /** context.sync() round trips used (Office adapter) or 0 (files). */
  readonly roundTrips: number;
}

/** Rows to add to Uppsikt's tables and single cells to change (an import, a follow-up round). */
export interface RegisterEdits {
  /** Schema table name and rows keyed by column key; computed columns get their formula. */
  readonly append: readonly { table: string; rows: readonly Readonly<Record<string, CellValue>>[] }[];
  /** 0-based row and column on the sheet. */
  readonly update: readonly { sheet: string; row: number; column: number; value: CellValue }[];
}

export interface WorkbookPort {
  /** Every sheet's values, the tables and the defined names. */
  read(): Promise<WorkbookSnapshot>;
  /** What {@link createStructure} would do with this register; changes nothing. */
  planStructure(register: RegisterData): Promise<StructurePlan>;
  /** Adds what is missing of the Uppsikt structure, filled from the register; never changes a user's cells. */
  createStructure(register: RegisterData): Promise<StructureResult>;
  /** Writes the scale block on Inställningar (the name Skala); every formula and colour follows. */
  writeScale(scale: RiskScale): Promise<void>;
  /** Adds rows to Uppsikt's tables and changes the given cells; nothing else is touched. */
  applyEdits(edits: RegisterEdits): Promise<StructureResult>;
  /** Selects a cell so the user sees it ("Gå till"). */
  select(sheet: string, cell: string): Promise<void>;
  /** Calls `listener` when the workbook's content changes; returns a function that stops listening. */
  onChanged(listener: () => void): Promise<() => void>;
}
