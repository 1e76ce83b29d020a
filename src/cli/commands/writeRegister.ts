import { SCHEMA_VERSION, type RegisterData, type WorkbookSnapshot } from '../../core';
import { lossSentences, rewriteRefusal, uppsiktPartsIn, withoutFormulaResults, type PackageWriteResult } from '../../workbook/xlsx';
import { cliErrors } from '../cliErrors';
import type { Io } from '../Io';
import { cliMessagesSv as C } from '../messages.sv';
import { saveUppsiktInto } from '../saveFiles';

export interface WriteRegisterOptions {
  readonly today: number;
  /** --tillat-forlust: write even if Uppsikt's own sheets hold things the rewrite drops. */
  readonly allowLoss?: boolean;
  /** The workbook's schema version (AdoptionReport.schemaVersion): a newer one than this code writes is refused. */
  readonly schemaVersion?: number;
}

/** Refuses to write Uppsikt's sheets into a workbook made by a newer Uppsikt (that would downgrade them). */
export function refuseNewerSchema(file: string, schemaVersion: number | undefined): void {
  if (schemaVersion !== undefined && schemaVersion > SCHEMA_VERSION)
    throw cliErrors.worded({ sentence: rewriteRefusal({ sheets: [], tables: [], names: {} }, { what: file, schemaVersion, nothing: C.noFileWritten })! });
}

/**
 * Writes an updated register into a copy of `input`: an Uppsikt workbook has its own sheets written again
 * (refused when they hold cells outside the tables or formulas of the user's, which would be lost); any
 * other workbook gets the Uppsikt sheets added, as `adopt` does. Every other part of the file is copied
 * byte for byte.
 */
export async function writeRegister(input: string, target: string, register: RegisterData, snapshot: WorkbookSnapshot, options: WriteRegisterOptions): Promise<PackageWriteResult> {
  refuseNewerSchema(input, options.schemaVersion);
  const own = uppsiktPartsIn(snapshot);
  if (own.sheets.size === 0) return saveUppsiktInto(input, target, register, { today: options.today });
  const refusal = rewriteRefusal(snapshot, { what: input, schemaVersion: options.schemaVersion, nothing: C.noFileWritten });
  if (refusal) throw cliErrors.worded({ sentence: refusal });
  return saveUppsiktInto(input, target, withoutFormulaResults(register, snapshot), { today: options.today, own, allowLoss: options.allowLoss });
}

/**
 * Prints what a write kept: the losses the user accepted, and "Dina egna flikar finns kvar oförändrade"
 * only when every part of the original besides Uppsikt's own was found unchanged in the written file.
 */
export function reportKept(result: PackageWriteResult, target: string, io: Io, extra = ''): void {
  for (const loss of lossSentences(result.losses, 'did')) io.err(C.lossAccepted({ loss }));
  if (result.changedParts.length > 0) {
    io.err(C.partsChanged({ parts: result.changedParts }));
    io.out(C.wrote({ file: target, extra }));
    return;
  }
  io.out(C.wroteKept({ file: target, extra }));
}
