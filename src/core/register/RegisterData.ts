import type { CellValue } from '../cell/CellValue';
import type { RiskScale } from '../scale/RiskScale';
import type { ListKey } from '../schema/WorkbookSchema';

/**
 * One data row of a register table, with where it came from, so every finding can name its sheet and cell.
 * `values` is keyed by ColumnSpec.key; columns the schema does not know are kept in `extra` by header.
 */
export interface RegisterRow {
  readonly values: Readonly<Record<string, CellValue>>;
  /** Columns nobody mapped, kept as they were: header → value. */
  readonly extra: Readonly<Record<string, CellValue>>;
  /** The sheet the row is on, its 0-based row, and the 0-based column of each key (when known). */
  readonly sheet: string;
  readonly row: number;
  readonly columns: Readonly<Record<string, number>>;
}

/** The rows of one schema table, as found in a workbook. */
export interface RegisterTable {
  /** The schema table name, e.g. "Risker". */
  readonly table: string;
  readonly sheet: string;
  /** 0-based header row on the sheet. */
  readonly headerRow: number;
  /** Headers of the unmapped columns, in sheet order (kept, never dropped). */
  readonly extraHeaders: readonly string[];
  readonly rows: readonly RegisterRow[];
  /**
   * Kept columns that hold one follow-up round's verdicts each ("Status 2023", "Bedömning 2024"): read as
   * that round's Uppföljning rows (see roundFollowUps), never dropped from `extra`.
   */
  readonly rounds?: readonly RoundColumn[];
}

/** A column of recommendations holding one follow-up round's verdicts, named by its header. */
export interface RoundColumn {
  /** The header the values are kept under in `RegisterRow.extra`. */
  readonly header: string;
  /** The round as the header names it ("2023", "T2 2025"), for the Omgång cell. */
  readonly round: string;
  /** 0-based column on the sheet. */
  readonly column: number;
}

/**
 * Everything the product knows about a workbook's content, whichever adapter read it and whether it was an
 * Uppsikt workbook or a hand-made one adopted in memory.
 */
export interface RegisterData {
  readonly scale: RiskScale;
  /** Where the scale came from, for messages: a sheet and 0-based row/column, or undefined for the default. */
  readonly scaleAt?: { sheet: string; row: number; column: number };
  readonly lists: Readonly<Record<ListKey, readonly string[]>>;
  /** Keyed by schema table name; a table the workbook does not have is absent. */
  readonly tables: Readonly<Partial<Record<string, RegisterTable>>>;
  /** The plan's adoption, from Inställningar (cells right of "Fastställd" and "Beslutsnummer"), when given. */
  readonly plan?: PlanSettings;
}

/** When and by which decision the nämnd adopted its internkontrollplan, as typed on Inställningar. */
export interface PlanSettings {
  readonly faststalld: CellValue;
  readonly beslutsnummer: CellValue;
}
