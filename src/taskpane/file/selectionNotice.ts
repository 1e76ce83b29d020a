import type { WorkbookPort } from '../../workbook/WorkbookPort';

/** A1 place as the views show it: Riskanalys!F7, the sheet quoted when its name needs it. */
export function placeText(sheet: string, cell: string): string {
  const quoted = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${cell}`;
}

/**
 * The port with "Gå till" turned into words: a file in the browser has no grid to select a cell in, so after
 * the adapter has checked the sheet exists, `onSelect` hears where the cell is and the page says it.
 *
 * @example
 * const port = withSelectionNotice(workbook, (sheet, cell) => show(placeText(sheet, cell)));
 */
export function withSelectionNotice(port: WorkbookPort, onSelect: (sheet: string, cell: string) => void): WorkbookPort {
  return {
    read: () => port.read(),
    planStructure: (register) => port.planStructure(register),
    createStructure: (register) => port.createStructure(register),
    writeScale: (scale) => port.writeScale(scale),
    applyEdits: (edits) => port.applyEdits(edits),
    onChanged: (listener) => port.onChanged(listener),
    select: async (sheet, cell) => {
      await port.select(sheet, cell);
      onSelect(sheet, cell);
    },
  };
}
