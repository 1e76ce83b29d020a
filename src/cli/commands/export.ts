import path from 'path';
import { isoFromSerial } from '../../core';
import { buildReport } from '../../usecases/report/buildReport';
import { reportNamnder } from '../../usecases/report/reportNamnder';
import { hasReportRound } from '../../usecases/report/reportRounds';
import { rowsInNoReport } from '../../usecases/report/rowsInNoReport';
import type { ReportModel } from '../../usecases/report/ReportModel';
import { renderReport } from '../../workbook/xlsx/report';
import { cliErrors } from '../cliErrors';
import { findingLine } from '../format';
import { findSoffice } from '../libreOffice';
import type { Io } from '../Io';
import { cliMessagesSv as C } from '../messages.sv';
import { exportFollowUpCommand } from './exportFollowUp';
import { perSerial, reportTargets, writeReports, type ExportOptions } from './exportTargets';
import { openRegister } from './openRegister';

/**
 * `uppsikt export`: the values-only report for the whole kommun, one nämnd or every nämnd (one file each),
 * optionally with a PDF beside each. Every target is checked before anything is built, everything is
 * written in a temporary folder first and moved into place only when all of it succeeded.
 */
export async function exportCommand(file: string, options: ExportOptions, io: Io): Promise<number> {
  if (options.alla && options.namnd !== undefined) throw cliErrors.namndOrAll();
  if (options.uppfoljning !== undefined) return exportFollowUpCommand(file, options, io);
  const per = perSerial(options.per, io);
  const { register } = await openRegister(file);
  const { folder, reports, targets } = reportTargets(file, register, options);
  const soffice = options.pdf ? findSoffice() : undefined;

  const models: ReportModel[] = reports.map((r) => buildReport(register, { ...r.options, per, ...(options.omgang ? { omgang: options.omgang } : {}) }));
  await writeReports(
    folder,
    reports.map((r) => r.name),
    targets,
    (i) => renderReport(models[i], { direct: true }),
    soffice,
    options,
  );

  for (const [i, model] of models.entries()) {
    const t = model.byGranskning.total;
    io.out(
      C.reportWritten({
        file: options.alla ? path.join(options.output, reports[i].name) : options.output,
        scope: model.scope,
        per: isoFromSerial(model.per),
        round: model.omgang,
        risks: model.risks.length,
        controls: model.controls,
        recommendations: t.total,
        overdue: model.overdue,
        pdf: options.pdf === true,
      }),
    );
  }
  if (options.omgang !== undefined) {
    if (!hasReportRound(register, options.omgang)) io.err(C.roundNotInRegister({ round: options.omgang }));
  }
  const findings = models.flatMap((m) => m.findings);
  const unique = [...new Map(findings.map((f) => [`${f.sheet}!${f.cell}:${f.code}`, f])).values()];
  if (unique.length > 0) {
    io.err(C.reportRowsNotCounted({ rows: unique.length }));
    for (const f of unique) io.err(findingLine(f));
  }
  // Every row reaches some report, or is named here: a misspelt nämnd never drops rows silently.
  const missing = options.alla ? rowsInNoReport(register, reportNamnder(register)) : [];
  if (missing.length > 0) {
    io.err(C.rowsInNoReport({ rows: missing.length, allowed: options.tillatUtelamnade === true }));
    for (const r of missing) io.err(C.rowInNoReport(r));
  }
  return missing.length > 0 && options.tillatUtelamnade !== true ? 1 : 0;
}
