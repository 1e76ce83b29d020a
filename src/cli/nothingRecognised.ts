import type { AdoptionReport, WorkbookSnapshot } from '../core';
import { CliError } from './CliError';

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
  const shown = names.length > MAX_SHEETS_NAMED ? `${names.slice(0, MAX_SHEETS_NAMED).join(', ')} med flera (${names.length} flikar)` : names.join(', ');
  throw new CliError(
    `Hittade inget att läsa i ${file}: inga Uppsikt-tabeller (Risker, Kontroller, Granskningar, Rekommendationer, Uppföljningar) ` +
      'och ingen flik med en rubrikrad som Uppsikt känner igen bland de 30 första raderna, till exempel Risk, Sannolikhet och ' +
      'Konsekvens för en riskanalys eller Rekommendation och Mottagare för rekommendationer. ' +
      `Flikar i filen: ${shown || '(inga)'}. Ingenting har kontrollerats; skapa en ny arbetsbok med uppsikt init eller lägg till rubrikerna.`,
  );
}
