import { formatAdoptionReport, SCHEMA_VERSION } from '../../core';
import { structureKind, structureOutcome } from '../../usecases/structure';
import { isCompleteUppsiktWorkbook } from '../../workbook/xlsx';
import type { Io } from '../Io';
import { countLine, findingLine } from '../format';
import { cliMessagesSv as C } from '../messages.sv';
import { saveCopy } from '../saveFiles';
import { checkTarget } from '../writeTargets';
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
  const { adoption, report, snapshot, adoptionFindings } = await openRegister(input);
  refuseNewerSchema(input, report.schemaVersion);
  if (isCompleteUppsiktWorkbook(snapshot, report.schemaVersion)) {
    await saveCopy(input, options.output);
    io.out(C.alreadyUppsikt({ file: input, version: SCHEMA_VERSION }));
    io.out(C.copiedUnchanged({ file: options.output }));
    return 0;
  }
  // As Skapa by default: rows without an id get one, so follow-up rows and references can name them; the
  // notes say what was filled in and derived.
  const fills = Object.fromEntries(structureKind(adoption).ownTables.map((t) => [t.table, { ids: true }]));
  const outcome = structureOutcome(adoption, { fills });
  const result = await writeRegister(input, options.output, outcome.register, snapshot, {
    today: io.today(),
    allowLoss: options.tillatForlust,
    schemaVersion: report.schemaVersion,
  });
  for (const line of formatAdoptionReport(report)) io.out(line);
  for (const note of outcome.notes) io.out(note);
  for (const f of adoptionFindings) io.err(findingLine(f));
  reportKept(result, options.output, io, adoptionFindings.length > 0 ? C.mappingFindings({ counts: countLine(adoptionFindings) }) : '');
  return 0;
}
