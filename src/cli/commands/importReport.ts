import { applyReportImport, parseFollowUpReport, parseReport, planReportImport, type FollowUpReport, type ParsedReport } from '../../core';
import { isUppsiktWorkbook } from '../../workbook/xlsx';
import { CliError } from '../CliError';
import type { Io } from '../Io';
import { findingLine } from '../format';
import { readReportText } from '../reportText';
import { checkTarget } from '../workbookFiles';
import { openRegister } from './openRegister';
import { reportKept, writeRegister } from './writeRegister';

export interface ImportReportOptions {
  json?: boolean;
  into?: string;
  output?: string;
  granskning?: string;
  ar?: string;
  uppdatera?: boolean;
  ersatt?: boolean;
  tillatForlust?: boolean;
}

function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const year = Number(value);
  if (!Number.isInteger(year) || year < 1900 || year > 2100) throw new CliError(`--ar ska vara ett årtal, till exempel 2024 (fick ${value}).`);
  return year;
}

function preview(parsed: ParsedReport, io: Io): void {
  const m = parsed.metadata;
  if (m.title) io.out(`Granskning: ${m.title}`);
  const details = [m.firm && `revisionsföretag ${m.firm}`, m.date && `daterad ${m.date}`, m.answerBy && `svar senast ${m.answerBy}`].filter(Boolean);
  if (details.length > 0) io.out(`(${details.join(', ')})`);
  for (const rec of parsed.recommendations) {
    io.out(`${rec.nr}. [${rec.addressees.join(', ') || 'mottagare saknas'}] ${rec.text}`);
  }
  io.out(`${parsed.recommendations.length} rekommendationer.`);
}

/** A follow-up report (a table per recommendation, verdicts per granskning): shown and printed as JSON. */
function followUpOutput(report: FollowUpReport, options: ImportReportOptions, io: Io): number {
  const titles = new Map(report.granskningar.map((g) => [g.nr, g.year ? `${g.title} (${g.year})` : g.title]));
  if (options.into !== undefined) {
    throw new CliError(
      'Texten är en uppföljningsrapport med en tabell per rekommendation. Uppsikt kan visa den (utan --into eller med --json) men infogar ännu inte den sortens rapport i en arbetsbok; ingen fil har skrivits.',
    );
  }
  if (options.json) {
    io.out(
      JSON.stringify(
        report.recommendations.map((r) => ({ nr: r.nr, addressees: [], text: r.text, granskning: titles.get(r.granskning), ...(r.verdict ? { bedomning: r.verdict } : {}) })),
      ),
    );
  } else {
    io.out(`Uppföljningsrapport, omgång ${report.round || 'okänd'}: ${report.granskningar.length} granskningar, ${report.recommendations.length} rekommendationer.`);
    for (const g of report.granskningar) {
      io.out(`${g.nr}. ${titles.get(g.nr)}`);
      for (const r of report.recommendations.filter((x) => x.granskning === g.nr)) io.out(`   ${r.nr}. [${r.verdict ?? 'bedömning ej knuten'}] ${r.text}`);
    }
  }
  for (const u of report.unassigned) io.err(`Varning: ${titles.get(u.granskning)}, rekommendation ${u.nr}: bedömningen kunde inte knytas till rekommendationen. ${u.reason}`);
  return 0;
}

export async function importReportCommand(reportFile: string, options: ImportReportOptions, io: Io): Promise<number> {
  if (options.into !== undefined && options.output === undefined) throw new CliError('Ange filen som ska skrivas med -o <ut.xlsx> när du använder --into.');
  if (options.into === undefined && options.output !== undefined) throw new CliError('-o kräver --into <fil.xlsx>: arbetsboken som rekommendationerna ska infogas i.');
  const year = parseYear(options.ar);
  if (options.into !== undefined) checkTarget(options.output!, { input: options.into, replace: options.ersatt });
  const text = readReportText(reportFile);
  const parsed = parseReport(text);
  const followUp = parsed.recommendations.length === 0 ? parseFollowUpReport(text) : undefined;
  if (followUp) return followUpOutput(followUp, options, io);
  for (const issue of parsed.issues) io.err(`Varning: ${issue.message}`);

  if (options.json) io.out(JSON.stringify(parsed.recommendations.map((r) => ({ nr: r.nr, addressees: r.addressees, text: r.text }))));
  else if (options.into === undefined) preview(parsed, io);
  if (options.into === undefined) return 0;

  // No recommendations first: a missing title is beside the point when there is nothing to insert.
  if (parsed.recommendations.length === 0) throw new CliError(`Inga rekommendationer att infoga; ${options.into} har inte ändrats och ingen fil har skrivits.`);
  const title = options.granskning ?? parsed.metadata.title;
  if (title === undefined || title.trim() === '') throw new CliError('Rapporten anger ingen titel som Uppsikt hittar; ange granskningens titel med --granskning "<titel>".');

  const { register, report, snapshot, adoptionFindings } = await openRegister(options.into);
  for (const f of adoptionFindings) io.err(findingLine(f));
  const plan = planReportImport(register, parsed.recommendations, {
    title: title.trim(),
    year: year ?? parsed.metadata.year,
    firm: parsed.metadata.firm,
    date: parsed.metadata.date,
    answerBy: parsed.metadata.answerBy,
  });
  const updated = applyReportImport(register, plan, options.uppdatera === true);
  const result = await writeRegister(options.into, options.output!, updated, snapshot, { today: io.today(), allowLoss: options.tillatForlust, schemaVersion: report.schemaVersion });

  io.out(`Granskning ${plan.granskning.id}: ${title.trim()}${plan.granskning.isNew ? ' (ny)' : ' (fanns redan)'}.`);
  for (const f of plan.fannedOut) io.out(`Rekommendation ${f.nr} till ${f.addressee}: en rad per nämnd (${f.namnder.join(', ')}).`);
  io.out(`${plan.insert.length} nya rader i Rekommendationer, ${plan.unchanged} fanns redan med samma text.`);
  if (plan.update.length > 0) {
    io.out(`${plan.update.length} rekommendationer har ändrad text${options.uppdatera ? ' och har uppdaterats' : '; de har inte ändrats (kör igen med --uppdatera för att ändra dem)'}:`);
    for (const u of plan.update) io.out(`  ${u.id}: ”${u.before}” → ”${u.after}”`);
  }
  if (!isUppsiktWorkbook(snapshot)) io.out('Arbetsboken gjordes om till en Uppsikt-arbetsbok.');
  reportKept(result, options.output!, io);
  return 0;
}
