import type { AdoptionReport, WorkbookSnapshot } from '../core';
import { cliErrors } from './cliErrors';
import { cliMessagesSv as C } from './messages.sv';

const MAX_SHEETS_NAMED = 10;

/**
 * Refuses to report on a workbook in which nothing was recognised: no Uppsikt table and no sheet with a
 * header row of a risk analysis, control plan, granskningar, recommendations or follow-up. "Inga fel" about
 * such a file would say it was checked when nothing in it was read. The message says what was looked for
 * and which sheets were looked in.
 */
export function requireSomethingRecognised(file: string, snapshot: WorkbookSnapshot, report: AdoptionReport): void {
  if (report.tables.length > 0) return;
  const names = snapshot.sheets.map((s) => s.name);
  const shown = names.length > MAX_SHEETS_NAMED ? C.sheetsAndMore({ sheets: names.slice(0, MAX_SHEETS_NAMED), count: names.length }) : names.join(', ');
  throw cliErrors.nothingRecognised({ file, sheets: shown });
}
