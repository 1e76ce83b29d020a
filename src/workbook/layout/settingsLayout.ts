import { LISTS, scaleToRange, type RegisterData } from '../../core';

/*
 * Where things sit on Inställningar (0-based rows/columns), for both adapters:
 *
 *   row 0  title            row 1  description
 *   row 3  Schemaversion | 1 |  | Fastställd | date |  | Beslutsnummer | text   (name UppsiktSchemaversion → B4;
 *          the plan's fields are found by their labels, see PLAN_LABELS)
 *   row 5… the scale block (scaleToRange)                  (name Skala → A6 : I(6 + rows + spare))
 *   column K… one list per column, header on row 3, values from row 4   (names Lista_* over values + spare)
 *
 * The names reach beyond the content so that a user can add a band, a level or a list entry in place and
 * every formula, drop-down and colour follows without moving a name.
 */
export const VERSION_ROW = 3;
/** 0-based columns of the labels Fastställd and Beslutsnummer on VERSION_ROW; each value sits to the right. */
export const PLAN_LABEL_COLUMNS = { faststalld: 3, beslutsnummer: 6 } as const;
export const SCALE_TOP = 5;
export const SCALE_WIDTH = 9; // key + up to 6 levels + room; a band row needs 5 columns
export const SCALE_SPARE_ROWS = 8;
export const LIST_FIRST_COLUMN = 10;
export const LIST_HEADER_ROW = 3;
export const LIST_SPARE_ROWS = 50;

export interface ListPlacement {
  key: string;
  header: string;
  name: string;
  column: number;
  values: readonly string[];
  /** Rows the defined name covers: first and last (0-based, inclusive). */
  firstRow: number;
  lastRow: number;
}

/** The scale block and its name's extent. */
export function scalePlacement(register: RegisterData): { cells: ReturnType<typeof scaleToRange>; top: number; bottom: number; right: number } {
  const cells = scaleToRange(register.scale);
  return { cells, top: SCALE_TOP, bottom: SCALE_TOP + cells.length - 1 + SCALE_SPARE_ROWS, right: SCALE_WIDTH - 1 };
}

/** Each list's column and its name's extent. */
export function listPlacements(register: RegisterData): ListPlacement[] {
  return LISTS.map((list, i) => {
    const values = register.lists[list.key] ?? list.defaults;
    const firstRow = LIST_HEADER_ROW + 1;
    return {
      key: list.key,
      header: list.header,
      name: list.name,
      column: LIST_FIRST_COLUMN + i,
      values,
      firstRow,
      lastRow: firstRow + Math.max(values.length, 1) - 1 + LIST_SPARE_ROWS,
    };
  });
}
