import { SCHEMA_VERSION, type WorkbookSnapshot } from '../../core';
import { xlsxMessages } from './messages.sv';
import { cellsAtRisk } from './uppsiktParts';

/**
 * Why Uppsikt's sheets may not be written again, or undefined when they may: a workbook of a newer schema
 * version (it would be downgraded), cells outside the tables on Uppsikt's sheets (they would be lost) and the
 * user's own formulas inside the tables (they would become values). The CLI and XlsxWorkbook refuse with it.
 *
 * @param snapshot - The workbook as read.
 * @param options - What to call the workbook in the sentence, its schema version, and how the sentence ends.
 * @returns The Swedish sentence naming the cells, or undefined.
 * @example
 * rewriteRefusal(snapshot, { what: 'plan.xlsx', schemaVersion: 9, nothing: 'ingen fil har skrivits' })
 * // → 'plan.xlsx är gjord med en nyare version av Uppsikt (schemaversion 9; …'
 */
export function rewriteRefusal(snapshot: WorkbookSnapshot, options: { what: string; schemaVersion: number | undefined; nothing: string }): string | undefined {
  if (options.schemaVersion !== undefined && options.schemaVersion > SCHEMA_VERSION)
    return xlsxMessages.newerSchema(options.what, options.schemaVersion, SCHEMA_VERSION, options.nothing);
  const atRisk = cellsAtRisk(snapshot);
  const outside = atRisk.filter((a) => !a.formula).map((a) => `${a.sheet}!${a.cell}`);
  if (outside.length > 0) return xlsxMessages.cellsOutside(outside.join(', '), options.nothing);
  const formulas = atRisk.filter((a) => a.formula).map((a) => `${a.sheet}!${a.cell}`);
  if (formulas.length > 0) return xlsxMessages.ownFormulas(formulas.join(', '), options.nothing);
  return undefined;
}
