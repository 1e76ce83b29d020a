import type { WorkbookPort } from '../../workbook/WorkbookPort';
import { quoteSheetName } from '../../core';
import { portWith } from '../portWith';

/** A1 place as the views show it: Riskanalys!F7, the sheet quoted when its name needs it. */
export function placeText(sheet: string, cell: string): string {
  return `${quoteSheetName(sheet)}!${cell}`;
}

/**
 * The port with "Gå till" turned into words: a file in the browser has no grid to select a cell in, so after
 * the adapter has checked the sheet exists, `onSelect` hears where the cell is and the page says it.
 *
 * @example
 * const port = withSelectionNotice(workbook, (sheet, cell) => show(placeText(sheet, cell)));
 */
export function withSelectionNotice(port: WorkbookPort, onSelect: (sheet: string, cell: string) => void): WorkbookPort {
  return portWith(port, {
    select: async (sheet, cell) => {
      await port.select(sheet, cell);
      onSelect(sheet, cell);
    },
  });
}
