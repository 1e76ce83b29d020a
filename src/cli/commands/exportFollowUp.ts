import { buildFollowUpReport, parsePlanYear, yearPicture, type FollowUpReportModel } from '../../usecases/yearClose';
import { renderFollowUpReport } from '../../workbook/xlsx/followUpReport';
import path from 'path';
import { cliErrors } from '../cliErrors';
import type { Io } from '../Io';
import { cliMessagesSv as C } from '../messages.sv';
import { findSoffice } from '../libreOffice';
import { perSerial, reportTargets, writeReports, type ExportOptions } from './exportTargets';
import { openRegister } from './openRegister';

/**
 * `uppsikt export --uppfoljning <år>`: Uppföljning av intern kontroll for the kommun, one nämnd or every
 * nämnd, with the same targets, staging, PDF and --ersatt as the nämnd report. Warns (the report is still
 * written) for each nämnd whose helhetsbedömning of the year is not filled in.
 */
export async function exportFollowUpCommand(file: string, options: ExportOptions, io: Io): Promise<number> {
  const year = parsePlanYear(options.uppfoljning ?? '');
  if (year === undefined) throw cliErrors.followUpYearInvalid({ value: options.uppfoljning ?? '' });
  const per = perSerial(options.per, io);
  const { register } = await openRegister(file);
  const { folder, reports, targets } = reportTargets(file, register, options);
  const soffice = options.pdf ? findSoffice() : undefined;
  const picture = yearPicture(register, year);
  const models: FollowUpReportModel[] = reports.map((r) => buildFollowUpReport(register, { year, per, ...r.options }, picture));
  await writeReports(
    folder,
    reports.map((r) => r.name),
    targets,
    (i) => renderFollowUpReport(models[i]),
    soffice,
    options,
  );
  for (const [i, model] of models.entries()) {
    io.out(
      C.followUpWritten({
        file: options.alla ? path.join(options.output, reports[i].name) : options.output,
        scope: model.scope,
        year,
        done: model.counts.genomforda,
        controls: model.counts.kontroller,
        deviations: model.deviations.length,
        assessment: model.assessment?.helhetsbedomning ?? null,
        pdf: options.pdf === true,
      }),
    );
    if (model.namnd !== null && model.assessment === null) io.err(C.assessmentMissing({ namnd: model.namnd, year }));
  }
  return 0;
}
