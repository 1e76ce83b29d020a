import { spawn, spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { isoFromSerial, nameKey, parseDate } from '../../core';
import { flowMessagesSv as M } from '../../usecases/messages.sv';
import { buildReport } from '../../usecases/report/buildReport';
import { reportFileNames } from '../../usecases/report/reportFileNames';
import { reportNamnder } from '../../usecases/report/reportNamnder';
import { rowsInNoReport } from '../../usecases/report/rowsInNoReport';
import { hasReportRound } from '../../usecases/report/reportRounds';
import type { ReportModel } from '../../usecases/report/ReportModel';
import { placeFile, removeTemp, TargetExistsError, tempPathFor, writeXlsx } from '../../workbook/xlsx';
import { renderReport } from '../../workbook/xlsx/report';
import { CliError } from '../CliError';
import { findingLine } from '../format';
import type { Io } from '../Io';
import { cliMessagesSv as C } from '../messages.sv';
import { killChild, trackChild } from '../interrupt';
import { ensureNewTarget, fileErrorText } from '../workbookFiles';
import { openRegister } from './openRegister';

export interface ExportOptions {
  output: string;
  namnd?: string;
  alla?: boolean;
  per?: string;
  omgang?: string;
  pdf?: boolean;
  ersatt?: boolean;
  /** --tillat-utelamnade: exit 0 although some rows reach no nämnd's report (they are listed all the same). */
  tillatUtelamnade?: boolean;
}

const fold = nameKey;

function perSerial(per: string | undefined, io: Io): number {
  if (per === undefined) return io.today();
  const serial = parseDate(per);
  if (serial === null || Number.isNaN(serial)) throw new CliError(C.perInvalid({ value: per }));
  return serial;
}

/** LibreOffice's command, or an error saying how to install it. */
function findSoffice(): string {
  const found = ['soffice', 'libreoffice'].find((bin) => spawnSync(bin, ['--version'], { stdio: 'ignore', timeout: 60_000 }).status === 0);
  if (found) return found;
  throw new CliError(C.libreOfficeMissing);
}

// calc_pdf_Export with a tagged (accessible) PDF: headings and tables marked up for screen readers.
const PDF_FILTER = 'pdf:calc_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}';

/*
 * LibreOffice in a process group of its own (soffice starts soffice.bin), tracked so that Ctrl+C, SIGTERM,
 * a failure or the timeout stops all of it; its profile is a temporary folder removed with the rest.
 */
async function convertToPdf(soffice: string, files: readonly string[], outDir: string): Promise<void> {
  const profile = tempPathFor(path.join(os.tmpdir(), 'libreoffice'));
  fs.mkdirSync(profile);
  try {
    const run = await new Promise<{ status: number | null; stderr: string; error?: Error }>((resolve) => {
      const child = spawn(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', PDF_FILTER, '--outdir', outDir, ...files], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
      trackChild(child);
      let stderr = '';
      child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
      const timer = setTimeout(() => killChild(child), 600_000);
      child.on('error', (error) => (clearTimeout(timer), resolve({ status: null, stderr, error })));
      child.on('close', (status) => (clearTimeout(timer), killChild(child), resolve({ status, stderr })));
    });
    const missing = files.filter((f) => !fs.existsSync(path.join(outDir, `${path.basename(f, '.xlsx')}.pdf`)));
    if (run.status !== 0 || missing.length > 0) {
      throw new CliError(C.pdfFailed({ files: missing.map((f) => path.basename(f)), detail: (run.stderr || run.error?.message || '').trim() }));
    }
  } finally {
    removeTemp(profile);
  }
}

/**
 * Moves the staged files into place: without --ersatt a target that appeared meanwhile is not overwritten,
 * and the files this run already placed are taken back, so the command leaves all or nothing.
 */
function placeAll(staging: string, targets: readonly string[], replace: boolean): void {
  const placed: string[] = [];
  try {
    for (const target of targets) {
      placeFile(path.join(staging, path.basename(target)), target, replace);
      placed.push(target);
    }
  } catch (error) {
    if (!replace) for (const t of placed) fs.rmSync(t, { force: true });
    if (error instanceof TargetExistsError) throw new CliError(C.targetAppeared({ file: error.target }));
    throw error;
  }
}

/**
 * `uppsikt export`: the values-only report for the whole kommun, one nämnd or every nämnd (one file each),
 * optionally with a PDF beside each. Every target is checked before anything is built, everything is
 * written in a temporary folder first and moved into place only when all of it succeeded.
 */
export async function exportCommand(file: string, options: ExportOptions, io: Io): Promise<number> {
  if (options.alla && options.namnd !== undefined) throw new CliError(C.namndOrAll);
  const per = perSerial(options.per, io);
  const { register } = await openRegister(file);
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
  const soffice = options.pdf ? findSoffice() : undefined;

  const models: ReportModel[] = reports.map((r) => buildReport(register, { ...r.options, per, ...(options.omgang ? { omgang: options.omgang } : {}) }));
  let staging: string | undefined;
  try {
    fs.mkdirSync(folder, { recursive: true });
    staging = tempPathFor(path.join(folder, 'export'));
    fs.mkdirSync(staging);
    const staged: string[] = [];
    for (const [i, model] of models.entries()) {
      const target = path.join(staging, reports[i].name);
      await writeXlsx(renderReport(model, { direct: true }), target);
      staged.push(target);
    }
    if (soffice) await convertToPdf(soffice, staged, staging);
    placeAll(staging, targets, options.ersatt === true);
  } catch (error) {
    if (error instanceof CliError) throw error;
    // The folder the user named, never the staging folder inside it; and writing, not reading.
    const text = fileErrorText(error, options.alla ? options.output : path.dirname(options.output) || '.', 'write');
    if (text !== undefined) throw new CliError(C.notWritten({ reason: text }), 2, error);
    throw new CliError(C.reportNotWritten({ reason: error instanceof Error ? error.message : String(error) }), 2, error);
  } finally {
    if (staging) removeTemp(staging);
  }

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
  // Every row reaches some report, or is named here: a misspelt nämnd never drops rows silently.
  const missing = options.alla ? rowsInNoReport(register, namnder) : [];
  if (missing.length > 0) {
    io.err(C.rowsInNoReport({ rows: missing.length, allowed: options.tillatUtelamnade === true }));
    for (const r of missing) io.err(C.rowInNoReport(r));
  }
  const findings = models.flatMap((m) => m.findings);
  const unique = [...new Map(findings.map((f) => [`${f.sheet}!${f.cell}:${f.code}`, f])).values()];
  if (unique.length > 0) {
    io.err(C.reportRowsNotCounted({ rows: unique.length }));
    for (const f of unique) io.err(findingLine(f));
  }
  return missing.length > 0 && options.tillatUtelamnade !== true ? 1 : 0;
}
