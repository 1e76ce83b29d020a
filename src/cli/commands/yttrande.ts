import fs from 'fs';
import path from 'path';
import { nameKey } from '../../core';
import { buildYttrande, findGranskning, yttrandeNamnder } from '../../usecases/yttrande/buildYttrande';
import { renderYttrande } from '../../workbook/docx';
import { cliErrors } from '../cliErrors';
import type { Io } from '../Io';
import { convertToPdf, findSoffice, PDF_FROM_DOCUMENT } from '../libreOffice';
import { writeStaged } from '../placeStaged';
import { cliMessagesSv as C } from '../messages.sv';
import { ensureNewTarget } from '../writeTargets';
import { openRegister } from './openRegister';

export interface YttrandeOptions {
  output: string;
  granskning: string;
  namnd?: string;
  pdf?: boolean;
  ersatt?: boolean;
}

/**
 * `uppsikt yttrande`: the nämnd's yttrande over one granskning as a Word document (and a PDF beside it),
 * from the register's answers. Targets are checked before anything is built, and the files are written in a
 * temporary folder and moved into place only when all of them succeeded.
 */
export async function yttrandeCommand(file: string, options: YttrandeOptions, io: Io): Promise<number> {
  if (path.extname(options.output).toLowerCase() !== '.docx') throw cliErrors.notDocx({ file: options.output });
  const folder = path.dirname(path.resolve(options.output));
  if (!fs.existsSync(folder)) throw cliErrors.noFolder({ folder });
  const targets = [path.resolve(options.output), ...(options.pdf ? [path.resolve(options.output).replace(/\.docx$/i, '.pdf')] : [])];
  for (const target of targets) ensureNewTarget(target, { replace: options.ersatt, inputs: [file] });

  const { register } = await openRegister(file);
  const granskning = findGranskning(register, options.granskning);
  if (!granskning) {
    const known = (register.tables.Granskningar?.rows ?? []).map((r) => `${String(r.values.id ?? '').trim()} ${String(r.values.titel ?? '').trim()}`.trim());
    throw cliErrors.granskningUnknown({ granskning: options.granskning, file, known });
  }
  const titel = String(granskning.values.titel ?? options.granskning).trim();
  const addressed = yttrandeNamnder(register, granskning);
  let namnd: string;
  if (options.namnd !== undefined) {
    const wanted = nameKey(options.namnd);
    const found = addressed.find((n) => nameKey(n) === wanted);
    if (!found) throw cliErrors.yttrandeNotAddressed({ namnd: options.namnd, granskning: titel, namnder: addressed });
    namnd = found;
  } else if (addressed.length === 1) {
    namnd = addressed[0];
  } else if (addressed.length === 0) {
    throw cliErrors.yttrandeNoNamnd({ granskning: titel });
  } else {
    throw cliErrors.yttrandeNamndNeeded({ granskning: titel, namnder: addressed });
  }
  const soffice = options.pdf ? findSoffice() : undefined;

  const model = buildYttrande(register, granskning, namnd);
  await writeStaged(
    folder,
    path.dirname(options.output) || '.',
    targets,
    options.ersatt === true,
    async (staging) => {
      const staged = path.join(staging, path.basename(options.output));
      fs.writeFileSync(staged, await renderYttrande(model));
      if (soffice) await convertToPdf(soffice, [staged], staging, PDF_FROM_DOCUMENT);
    },
    (reason, cause) => cliErrors.yttrandeNotWritten({ reason }, { cause }),
  );
  io.out(C.yttrandeWritten({ file: options.output, namnd, granskning: titel, recommendations: model.recommendations.length, pdf: options.pdf === true }));
  if (model.missing > 0) io.err(C.yttrandeMissing({ missing: model.missing, ids: model.recommendations.filter((r) => !r.answered).map((r) => r.id) }));
  return 0;
}
