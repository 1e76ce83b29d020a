import type ExcelJS from 'exceljs';
import fs from 'fs';
import path from 'path';
import { isoFromSerial, nameKey, parseDate, type RegisterData } from '../../core';
import { flowMessagesSv as M } from '../../usecases/messages.sv';
import { buildReport } from '../../usecases/report/buildReport';
import { reportFileNames } from '../../usecases/report/reportFileNames';
import { reportNamnder } from '../../usecases/report/reportNamnder';
import { hasReportRound } from '../../usecases/report/reportRounds';
import { rowsInNoReport } from '../../usecases/report/rowsInNoReport';
import type { ReportModel } from '../../usecases/report/ReportModel';
import { writeXlsx } from '../../workbook/xlsx';
import { renderReport } from '../../workbook/xlsx/report';
import { CliError } from '../CliError';
import { findingLine } from '../format';
import { convertToPdf, findSoffice } from '../libreOffice';
import type { Io } from '../Io';
import { cliMessagesSv as C } from '../messages.sv';
import { writeStaged } from '../placeStaged';
import { ensureNewTarget } from '../workbookFiles';
import { exportFollowUpCommand } from './exportFollowUp';
import { openRegister } from './openRegister';

export interface ExportOptions {
  output: string;
  namnd?: string;
  alla?: boolean;
  per?: string;
  omgang?: string;
  pdf?: boolean;
  ersatt?: boolean;
  /** --uppfoljning <år>: Uppföljning av intern kontroll for the year instead of the nämnd report. */
  uppfoljning?: string;
  /** --tillat-utelamnade: exit 0 although some rows reach no nämnd's report (they are listed all the same). */
  tillatUtelamnade?: boolean;
}

const fold = nameKey;

export function perSerial(per: string | undefined, io: Io): number {
  if (per === undefined) return io.today();
  const serial = parseDate(per);
  if (serial === null || Number.isNaN(serial)) throw new CliError(C.perInvalid({ value: per }));
  return serial;
}

/**
 * `uppsikt export`: the values-only report for the whole kommun, one nämnd or every nämnd (one file each),
 * optionally with a PDF beside each. Every target is checked before anything is built, everything is
 * written in a temporary folder first and moved into place only when all of it succeeded.
 */
/** The files one export writes: a file per nämnd with --alla, else the one file, with the nämnd resolved. */
export function reportTargets(file: string, register: RegisterData, options: ExportOptions): { folder: string; reports: { name: string; options: { namnd?: string } }[]; targets: string[] } {
  const namnder = reportNamnder(register);
  let reports: { name: string; options: { namnd?: string } }[];
  let folder: string;
  if (options.alla) {
    folder = path.resolve(options.output);
    if (fs.existsSync(folder) && !fs.statSync(folder).isDirectory()) throw new CliError(C.outputIsFile({ output: options.output }));
    if (namnder.length === 0) throw new CliError(C.noNamnderIn({ file }));
    const names = reportFileNames(namnder);
    reports = namnder.map((namnd, i) => ({ name: names[i], options: { namnd } }));
  } else {
    if (path.extname(options.output).toLowerCase() !== '.xlsx') throw new CliError(C.notXlsx({ file: options.output }));
    folder = path.dirname(path.resolve(options.output));
    if (!fs.existsSync(folder)) throw new CliError(C.noFolder({ folder }));
    let namnd: string | undefined;
    if (options.namnd !== undefined) {
      namnd = namnder.find((n) => fold(n) === fold(options.namnd!));
      if (!namnd) {
        const known = namnder.length > 0 ? C.namnderInWorkbook({ namnder }) : `${M.noNamnder}.`;
        throw new CliError(C.namndUnknown({ namnd: options.namnd, file, known }));
      }
    }
    reports = [{ name: path.basename(options.output), options: namnd ? { namnd } : {} }];
  }
  const targets = reports.flatMap((r) => [path.join(folder, r.name), ...(options.pdf ? [path.join(folder, r.name.replace(/\.xlsx$/i, '.pdf'))] : [])]);
  for (const target of targets) ensureNewTarget(target, { replace: options.ersatt, inputs: [file] });
  return { folder, reports, targets };
}

/** Writes every report (and its PDF) in a temporary folder and moves them into place only when all succeeded. */
export async function writeReports(
  folder: string,
  names: readonly string[],
  targets: readonly string[],
  render: (i: number) => ExcelJS.Workbook,
  soffice: string | undefined,
  options: ExportOptions,
): Promise<void> {
  // The folder the user named, never the staging folder inside it.
  const userFolder = options.alla ? options.output : path.dirname(options.output) || '.';
  await writeStaged(folder, userFolder, targets, options.ersatt === true, async (staging) => {
    const staged: string[] = [];
    for (const [i, name] of names.entries()) {
      const target = path.join(staging, name);
      await writeXlsx(render(i), target);
      staged.push(target);
    }
    if (soffice) await convertToPdf(soffice, staged, staging);
  }, (reason) => C.reportNotWritten({ reason }));
}

/**
 * `uppsikt export`: the values-only report for the whole kommun, one nämnd or every nämnd (one file each),
 * optionally with a PDF beside each. Every target is checked before anything is built, everything is
 * written in a temporary folder first and moved into place only when all of it succeeded.
 */
export async function exportCommand(file: string, options: ExportOptions, io: Io): Promise<number> {
  if (options.alla && options.namnd !== undefined) throw new CliError(C.namndOrAll);
  if (options.uppfoljning !== undefined) return exportFollowUpCommand(file, options, io);
  const per = perSerial(options.per, io);
  const { register } = await openRegister(file);
  const { folder, reports, targets } = reportTargets(file, register, options);
  const soffice = options.pdf ? findSoffice() : undefined;

  const models: ReportModel[] = reports.map((r) => buildReport(register, { ...r.options, per, ...(options.omgang ? { omgang: options.omgang } : {}) }));
  await writeReports(folder, reports.map((r) => r.name), targets, (i) => renderReport(models[i], { direct: true }), soffice, options);

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
