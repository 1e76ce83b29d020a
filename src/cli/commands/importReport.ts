import { makeIssue, type ParsedReport } from '../../core';
import { answerByNote, granskningTitles, importIntoRegister, planImport, proposedRound, readReportText as readReport, type ReportReading } from '../../usecases/importReport';
import { flowMessagesSv as M } from '../../usecases/messages.sv';
import { cliMessagesSv as C } from '../messages.sv';
import { isUppsiktWorkbook } from '../../workbook/xlsx';
import { cliErrors } from '../cliErrors';
import type { Io } from '../Io';
import { findingLine } from '../format';
import { readReportText } from '../reportText';
import { checkTarget } from '../writeTargets';
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
  if (!Number.isInteger(year) || year < 1900 || year > 2100) throw cliErrors.yearOption({ value });
  return year;
}

function preview(parsed: ParsedReport, io: Io): void {
  const m = parsed.metadata;
  if (m.title) io.out(C.reportTitle({ title: m.title }));
  const details = [m.firm && C.reportFirm({ firm: m.firm }), m.date && C.reportDate({ date: m.date }), m.answerBy && C.reportAnswerBy({ date: m.answerBy })].filter(Boolean);
  if (details.length > 0) io.out(`(${details.join(', ')})`);
  for (const rec of parsed.recommendations) {
    const who = rec.addresseesFrom ? C.addresseeSuggested({ addressees: rec.addressees.join(', '), from: rec.addresseesFrom }) : rec.addressees.join(', ') || C.noAddressee;
    io.out(`${rec.nr}. [${who}] ${rec.text}`);
  }
  io.out(C.recommendationCount({ count: parsed.recommendations.length }));
}

/** A follow-up report: shown, printed as JSON, or inserted as a round with --into. */
async function followUpOutput(reading: Extract<ReportReading, { kind: 'followUp' }>, options: ImportReportOptions, io: Io): Promise<number> {
  const { report } = reading;
  const titles = granskningTitles(report);
  if (options.into !== undefined) return insertFollowUp(reading, options, io);
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
    io.out(
      C.followUpReportHeading({
        round: report.round,
        counts: M.followUpReportCounts({ granskningar: report.granskningar.length, recommendations: report.recommendations.length }),
      }),
    );
    for (const g of report.granskningar) {
      io.out(`${g.nr}. ${titles.get(g.nr)}`);
      if (g.verdict) io.out(`   ${M.granskningVerdict(g.verdict)}`);
      for (const r of report.recommendations.filter((x) => x.granskning === g.nr)) {
        io.out(`   ${r.nr}. [${r.verdict ?? (r.suggested ? C.confirmSuggestion({ suggestion: M.suggestedVerdict({ verdict: r.suggested }) }) : C.verdictNotAssigned)}] ${r.text}`);
      }
    }
  }
  for (const u of report.unassigned) {
    io.err(C.warning({ message: makeIssue('reportVerdictUnassigned', { granskning: titles.get(u.granskning) ?? '', nr: u.nr, reason: u.reason }).message }));
  }
  return 0;
}

async function insertFollowUp(reading: Extract<ReportReading, { kind: 'followUp' }>, options: ImportReportOptions, io: Io): Promise<number> {
  const round = (options.omgang ?? proposedRound(reading)).trim();
  if (round === '') throw cliErrors.roundNotInReport();
  const { register, report: adoption, snapshot, adoptionFindings } = await openRegister(options.into!);
  for (const f of adoptionFindings) io.err(findingLine(f));
  const planned = planImport(register, { kind: 'followUp' as const, report: reading.report, round });
  if (planned.plan.ambiguousIds.length > 0) throw cliErrors.ambiguousIds({ groups: planned.plan.ambiguousIds });
  const result = await writeRegister(options.into!, options.output!, importIntoRegister(register, planned), snapshot, {
    today: io.today(),
    allowLoss: options.tillatForlust,
    schemaVersion: adoption.schemaVersion,
  });

  const { plan } = planned;
  const title = (nr: number) => planned.titles.get(nr) ?? '';
  io.out(M.followUpRowsWritten({ round, insert: plan.insert.length, fill: plan.fill.length, unchanged: plan.unchanged }));
  for (const g of plan.unmatchedGranskningar) io.out(M.unmatchedGranskning({ granskning: title(g.nr) }));
  for (const r of plan.unmatchedRecommendations) io.out(M.unmatchedRecommendation({ granskning: title(r.granskning), nr: r.nr, text: r.text }));
  for (const c of plan.toConfirm) io.out(M.verdictToConfirm({ granskning: title(c.granskning), nr: c.nr, comment: c.comment, suggested: c.suggested }));
  reportKept(result, options.output!, io);
  return 0;
}

export async function importReportCommand(reportFile: string, options: ImportReportOptions, io: Io): Promise<number> {
  if (options.into !== undefined && options.output === undefined) throw cliErrors.intoNeedsOutput();
  if (options.into === undefined && options.output !== undefined) throw cliErrors.outputNeedsInto();
  const year = parseYear(options.ar);
  if (options.into !== undefined) checkTarget(options.output!, { input: options.into, replace: options.ersatt });
  const text = readReportText(reportFile);
  const reading = readReport(text);
  if (reading.kind === 'followUp') return followUpOutput(reading, options, io);
  const parsed = reading.parsed;
  for (const issue of parsed.issues) io.err(C.warning(issue));

  if (options.json)
    io.out(
      JSON.stringify(parsed.recommendations.map((r) => ({ nr: r.nr, addressees: r.addressees, ...(r.addresseesFrom ? { addresseesFrom: r.addresseesFrom } : {}), text: r.text }))),
    );
  else if (options.into === undefined) preview(parsed, io);
  if (options.into === undefined) return 0;

  // No recommendations first: a missing title is beside the point when there is nothing to insert.
  if (parsed.recommendations.length === 0) throw cliErrors.nothingToInsert({ file: options.into });
  const title = options.granskning ?? parsed.metadata.title;
  if (title === undefined || title.trim() === '') throw cliErrors.titleMissing();

  const { register, report, snapshot, adoptionFindings } = await openRegister(options.into);
  for (const f of adoptionFindings) io.err(findingLine(f));
  const planned = planImport(register, {
    kind: 'recommendations' as const,
    recommendations: parsed.recommendations,
    granskning: { title: title.trim(), year: year ?? parsed.metadata.year, firm: parsed.metadata.firm, date: parsed.metadata.date, answerBy: parsed.metadata.answerBy },
  });
  const { plan } = planned;
  if (plan.ambiguousIds.length > 0) throw cliErrors.ambiguousIdsReport({ groups: plan.ambiguousIds });
  if (plan.tooLong.length > 0) {
    throw cliErrors.tooLong({ sentences: plan.tooLong.map((t) => M.recommendationTooLong(t)), file: reportFile });
  }
  const updated = importIntoRegister(register, planned, { acceptUpdates: options.uppdatera === true });
  const result = await writeRegister(options.into, options.output!, updated, snapshot, {
    today: io.today(),
    allowLoss: options.tillatForlust,
    schemaVersion: report.schemaVersion,
  });

  io.out(C.granskningWritten({ id: plan.granskning.id, title: title.trim(), isNew: plan.granskning.isNew }));
  const answerBy = answerByNote(plan);
  if (answerBy) io.out(answerBy);
  for (const f of plan.fannedOut) io.out(C.fannedOut(f));
  io.out(M.recommendationRowsWritten({ insert: plan.insert.length, unchanged: plan.unchanged }));
  if (plan.update.length > 0) {
    io.out(C.textsChanged({ count: plan.update.length, updated: options.uppdatera === true }));
    for (const u of plan.update) io.out(C.textChange(u));
  }
  if (!isUppsiktWorkbook(snapshot)) io.out(C.becameUppsikt);
  reportKept(result, options.output!, io);
  return 0;
}
