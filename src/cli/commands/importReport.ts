import { applyFollowUpImport, applyReportImport, EXCEL_MAX_CELL_TEXT, makeIssue, planFollowUpImport, planReportImport, type FollowUpReport, type ParsedReport } from '../../core';
import { readReportText as readReport } from '../../usecases/readReportText';
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
  /** The follow-up round when inserting a follow-up report (else the report's own, e.g. its year). */
  omgang?: string;
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

/** A follow-up report: shown, printed as JSON, or inserted as a round with --into. */
async function followUpOutput(report: FollowUpReport, parsed: ParsedReport, options: ImportReportOptions, io: Io): Promise<number> {
  const titles = new Map(report.granskningar.map((g) => [g.nr, g.year ? `${g.title} (${g.year})` : g.title]));
  if (options.into !== undefined) return insertFollowUp(report, parsed, options, io, titles);
  if (options.json) {
    io.out(
      JSON.stringify(
        report.recommendations.map((r) => ({
          nr: r.nr,
          addressees: [],
          text: r.text,
          granskning: titles.get(r.granskning),
          ...(r.verdict ? { bedomning: r.verdict } : {}),
          ...(r.suggested ? { forslag: r.suggested } : {}),
          ...(r.comment ? { kommentar: r.comment } : {}),
        })),
      ),
    );
  } else {
    io.out(`Uppföljningsrapport, omgång ${report.round || 'okänd'}: ${report.granskningar.length} granskningar, ${report.recommendations.length} rekommendationer.`);
    for (const g of report.granskningar) {
      io.out(`${g.nr}. ${titles.get(g.nr)}`);
      for (const r of report.recommendations.filter((x) => x.granskning === g.nr)) {
        io.out(`   ${r.nr}. [${r.verdict ?? (r.suggested ? `förslag: ${r.suggested}, bekräfta` : 'bedömning ej knuten')}] ${r.text}`);
      }
    }
  }
  for (const u of report.unassigned) {
    io.err(`Varning: ${makeIssue('reportVerdictUnassigned', { granskning: titles.get(u.granskning) ?? '', nr: u.nr, reason: u.reason }).message}`);
  }
  return 0;
}

async function insertFollowUp(report: FollowUpReport, parsed: ParsedReport, options: ImportReportOptions, io: Io, titles: Map<number, string>): Promise<number> {
  const round = (options.omgang ?? (report.round || (parsed.metadata.year ? String(parsed.metadata.year) : ''))).trim();
  if (round === '') throw new CliError('Rapporten anger inte vilken uppföljningsomgång den är; ange den med --omgang, till exempel --omgang 2024. Ingen fil har skrivits.');
  const { register, report: adoption, snapshot, adoptionFindings } = await openRegister(options.into!);
  for (const f of adoptionFindings) io.err(findingLine(f));
  const plan = planFollowUpImport(register, report, { round });
  const updated = applyFollowUpImport(register, plan);
  const result = await writeRegister(options.into!, options.output!, updated, snapshot, { today: io.today(), allowLoss: options.tillatForlust, schemaVersion: adoption.schemaVersion });

  io.out(`Uppföljningsomgång ${round}: ${plan.insert.length} nya rader i Uppföljning, ${plan.fill.length} tomma rader i omgången ifyllda, ${plan.unchanged} hade redan en bedömning i omgången.`);
  for (const g of plan.unmatchedGranskningar) io.out(`Ingen granskning i registret motsvarar ${titles.get(g.nr)}; lägg till den (import-report med granskningens rapport) eller rätta titeln och kör igen.`);
  for (const r of plan.unmatchedRecommendations) io.out(`${titles.get(r.granskning)}, rekommendation ${r.nr} motsvarar ingen rad i Rekommendationer: ”${r.text}”.`);
  for (const c of plan.toConfirm) io.out(`${titles.get(c.granskning)}, rekommendation ${c.nr}: ingen rad infogad; rapportens mening ”${c.comment}” tyder på ${c.suggested}. Fyll i bedömningen i Uppföljning när du har bekräftat den.`);
  reportKept(result, options.output!, io);
  return 0;
}

export async function importReportCommand(reportFile: string, options: ImportReportOptions, io: Io): Promise<number> {
  if (options.into !== undefined && options.output === undefined) throw new CliError('Ange filen som ska skrivas med -o <ut.xlsx> när du använder --into.');
  if (options.into === undefined && options.output !== undefined) throw new CliError('-o kräver --into <fil.xlsx>: arbetsboken som rekommendationerna ska infogas i.');
  const year = parseYear(options.ar);
  if (options.into !== undefined) checkTarget(options.output!, { input: options.into, replace: options.ersatt });
  const text = readReportText(reportFile);
  const reading = readReport(text);
  if (reading.kind === 'followUp') return followUpOutput(reading.report, reading.parsed, options, io);
  const parsed = reading.parsed;
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
  if (plan.tooLong.length > 0) {
    const list = plan.tooLong.map((t) => `rekommendation ${t.nr} (${t.length} tecken)`).join(', ');
    throw new CliError(`En cell i Excel rymmer högst ${EXCEL_MAX_CELL_TEXT} tecken: ${list} i ${reportFile} är längre. Korta texten i rapportfilen; ingen fil har skrivits.`);
  }
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
