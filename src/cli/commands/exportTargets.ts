import type ExcelJS from 'exceljs';
import fs from 'fs';
import path from 'path';
import { nameKey, parseDate, type RegisterData } from '../../core';
import { flowMessagesSv as M } from '../../usecases/messages.sv';
import { reportFileNames } from '../../usecases/report/reportFileNames';
import { reportNamnder } from '../../usecases/report/reportNamnder';
import { writeXlsx } from '../../workbook/xlsx';
import { cliErrors } from '../cliErrors';
import { convertToPdf } from '../libreOffice';
import type { Io } from '../Io';
import { cliMessagesSv as C } from '../messages.sv';
import { writeStaged } from '../placeStaged';
import { ensureNewTarget } from '../writeTargets';

// What both exports (the nämnd report and the year's follow-up) share: options, targets and staged writing.

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
  if (serial === null || Number.isNaN(serial)) throw cliErrors.perInvalid({ value: per });
  return serial;
}

/** The files one export writes: a file per nämnd with --alla, else the one file, with the nämnd resolved. */
export function reportTargets(
  file: string,
  register: RegisterData,
  options: ExportOptions,
): { folder: string; reports: { name: string; options: { namnd?: string } }[]; targets: string[] } {
  const namnder = reportNamnder(register);
  let reports: { name: string; options: { namnd?: string } }[];
  let folder: string;
  if (options.alla) {
    folder = path.resolve(options.output);
    if (fs.existsSync(folder) && !fs.statSync(folder).isDirectory()) throw cliErrors.outputIsFile({ output: options.output });
    if (namnder.length === 0) throw cliErrors.noNamnderIn({ file });
    const names = reportFileNames(namnder);
    reports = namnder.map((namnd, i) => ({ name: names[i], options: { namnd } }));
  } else {
    if (path.extname(options.output).toLowerCase() !== '.xlsx') throw cliErrors.notXlsx({ file: options.output });
    folder = path.dirname(path.resolve(options.output));
    if (!fs.existsSync(folder)) throw cliErrors.noFolder({ folder });
    let namnd: string | undefined;
    if (options.namnd !== undefined) {
      namnd = namnder.find((n) => fold(n) === fold(options.namnd!));
      if (!namnd) {
        const known = namnder.length > 0 ? C.namnderInWorkbook({ namnder }) : `${M.noNamnder}.`;
        throw cliErrors.namndUnknown({ namnd: options.namnd, file, known });
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
  await writeStaged(
    folder,
    userFolder,
    targets,
    options.ersatt === true,
    async (staging) => {
      const staged: string[] = [];
      for (const [i, name] of names.entries()) {
        const target = path.join(staging, name);
        await writeXlsx(render(i), target);
        staged.push(target);
      }
      if (soffice) await convertToPdf(soffice, staged, staging);
    },
    (reason, cause) => cliErrors.reportNotWritten({ reason }, { cause }),
  );
}
