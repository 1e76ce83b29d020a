import type { WorkbookPort } from '../usecases/port/WorkbookPort';

/**
 * The port with some operations replaced and every other one passed on as it is: for the pane's wrappers
 * (listening from the start, "Gå till" as text in file mode), so each names only what it changes.
 *
 * @param port - The port to pass on to.
 * @param changed - The operations that differ.
 * @example
 * portWith(port, { select: async (sheet, cell) => show(sheet, cell) });
 */
export function portWith(port: WorkbookPort, changed: Partial<WorkbookPort>): WorkbookPort {
  return {
    read: () => port.read(),
    planStructure: (register) => port.planStructure(register),
    createStructure: (register) => port.createStructure(register),
    writeScale: (scale) => port.writeScale(scale),
    applyEdits: (edits) => port.applyEdits(edits),
    select: (sheet, cell) => port.select(sheet, cell),
    onChanged: (listener) => port.onChanged(listener),
    ...changed,
  };
}
