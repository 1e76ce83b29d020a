import { formatAdoptionReport, SCHEMA_VERSION } from '../../core';
import { isCompleteUppsiktWorkbook } from '../../workbook/xlsx';
import type { Io } from '../Io';
import { countLine, findingLine } from '../format';
import { checkTarget, saveCopy } from '../workbookFiles';
import { openRegister } from './openRegister';
import { refuseNewerSchema, reportKept, writeRegister } from './writeRegister';

export interface AdoptOptions {
  output: string;
  ersatt?: boolean;
  tillatForlust?: boolean;
}

/**
 * `uppsikt adopt`: writes a copy of any workbook with Uppsikt's sheets added. An Uppsikt workbook is
 * recognised: a complete one of the current schema is copied as it is, an incomplete one gets what is
 * missing (its own sheets written again), so adopting twice gives the same as adopting once.
 */
export async function adoptCommand(input: string, options: AdoptOptions, io: Io): Promise<number> {
  checkTarget(options.output, { input, replace: options.ersatt });
  const { register, report, snapshot, adoptionFindings } = await openRegister(input);
  refuseNewerSchema(input, report.schemaVersion);
  if (isCompleteUppsiktWorkbook(snapshot, report.schemaVersion)) {
    await saveCopy(input, options.output);
    io.out(`${input} är redan en Uppsikt-arbetsbok (schemaversion ${SCHEMA_VERSION}); inget behövde läggas till.`);
    io.out(`Skrev ${options.output} som en oförändrad kopia.`);
    return 0;
  }
  const result = await writeRegister(input, options.output, register, snapshot, { today: io.today(), allowLoss: options.tillatForlust, schemaVersion: report.schemaVersion });
  for (const line of formatAdoptionReport(report)) io.out(line);
  for (const f of adoptionFindings) io.err(findingLine(f));
  reportKept(result, options.output, io, adoptionFindings.length > 0 ? `; ${countLine(adoptionFindings)} vid mappningen` : '');
  return 0;
}
