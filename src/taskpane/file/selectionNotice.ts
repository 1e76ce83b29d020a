import type { WorkbookPort } from '../../usecases/port/WorkbookPort';
import { formatValue, isBlank, parseRangeStart, quoteSheetName, type WorkbookSnapshot } from '../../core';
import { portWith } from '../portWith';

/** Where "Gå till" points, said in words: the place, its row and what the row holds. */
export interface GoToPlace {
  /** Riskanalys!F7, the sheet quoted when its name needs it. */
  readonly place: string;
  readonly sheet: string;
  /** 1-based, as Excel numbers rows. */
  readonly row: number;
  /** The row's values ("Id: R1, Risk: ”Brand i arkivet”, …"), '' for an empty row. */
  readonly content: string;
}

/** A1 place as the views show it: Riskanalys!F7, the sheet quoted when its name needs it. */
export function placeText(sheet: string, cell: string): string {
  return `${quoteSheetName(sheet)}!${cell}`;
}

// Enough of a row to recognise it, not the whole of a long recommendation.
const MAX_CONTENT = 160;

/**
 * What the row of `cell` holds, as the user recognises it: inside a table each value with its header
 * ("Id: ”R1”"), elsewhere the row's values in order; blanks left out.
 *
 * @example
 * rowContent(snapshot, 'Riskanalys', 'F5') //=> 'Id: ”R1”, Risk: ”Brand i arkivet”, Sannolikhet: 3, …'
 */
export function rowContent(snapshot: WorkbookSnapshot, sheet: string, cell: string): string {
  const at = parseRangeStart(cell);
  const values = snapshot.sheets.find((s) => s.name === sheet)?.values;
  if (!at || !values) return '';
  const row = values[at.row] ?? [];
  const table = snapshot.tables.find((t) => t.sheet === sheet && at.row > t.headerRow && at.row <= t.headerRow + t.rowCount);
  const parts: string[] = [];
  const from = table?.firstColumn ?? 0;
  const to = table ? table.firstColumn + table.columnCount : row.length;
  for (let c = from; c < to; c++) {
    const value = row[c] ?? null;
    if (isBlank(value)) continue;
    const header = table ? values[table.headerRow]?.[c] : null;
    parts.push(header !== null && header !== undefined && !isBlank(header) ? `${String(header)}: ${formatValue(value)}` : formatValue(value));
  }
  const text = parts.join(', ');
  return text.length > MAX_CONTENT ? `${text.slice(0, MAX_CONTENT - 1)}…` : text;
}

/**
 * The port with "Gå till" turned into words: a file in the browser has no grid to select a cell in, so after
 * the adapter has checked the sheet exists, `onSelect` hears where the cell is and what its row holds, and
 * the page says it where the user is looking.
 *
 * @example
 * const port = withSelectionNotice(workbook, (place) => show(place));
 */
export function withSelectionNotice(port: WorkbookPort, onSelect: (place: GoToPlace) => void): WorkbookPort {
  return portWith(port, {
    select: async (sheet, cell) => {
      await port.select(sheet, cell);
      const at = parseRangeStart(cell);
      onSelect({ place: placeText(sheet, cell), sheet, row: (at?.row ?? 0) + 1, content: rowContent(await port.read(), sheet, cell) });
    },
  });
}
