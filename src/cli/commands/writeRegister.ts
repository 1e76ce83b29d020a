import { SCHEMA_VERSION, type RegisterData, type WorkbookSnapshot } from '../../core';
import { cellsAtRisk, uppsiktPartsIn, withoutFormulaResults, type PackageWriteResult } from '../../workbook/xlsx';
import { CliError } from '../CliError';
import type { Io } from '../Io';
import { lossSentences, saveUppsiktInto } from '../workbookFiles';

export interface WriteRegisterOptions {
  readonly today: number;
  /** --tillat-forlust: write even if Uppsikt's own sheets hold things the rewrite drops. */
  readonly allowLoss?: boolean;
  /** The workbook's schema version (AdoptionReport.schemaVersion): a newer one than this code writes is refused. */
  readonly schemaVersion?: number;
}

/** Refuses to write Uppsikt's sheets into a workbook made by a newer Uppsikt (that would downgrade them). */
export function refuseNewerSchema(file: string, schemaVersion: number | undefined): void {
  if (schemaVersion !== undefined && schemaVersion > SCHEMA_VERSION) {
    throw new CliError(
      `${file} är gjord med en nyare version av Uppsikt (schemaversion ${schemaVersion}; den här kan version ${SCHEMA_VERSION}). Uppdatera Uppsikt; ingen fil har skrivits.`,
    );
  }
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
  const atRisk = cellsAtRisk(snapshot);
  const outside = atRisk.filter((a) => !a.formula).map((a) => `${a.sheet}!${a.cell}`);
  const formulas = atRisk.filter((a) => a.formula).map((a) => `${a.sheet}!${a.cell}`);
  if (outside.length > 0) {
    throw new CliError(
      `Uppsikts flikar har celler utanför tabellerna (${outside.join(', ')}), som skulle gå förlorade när flikarna skrivs om. ` +
        'Flytta dem till en egen flik eller in i tabellen och försök igen; ingen fil har skrivits.',
    );
  }
  if (formulas.length > 0) {
    throw new CliError(
      `Tabellerna på Uppsikts flikar har egna formler (${formulas.join(', ')}), som skulle bli värden när flikarna skrivs om. ` +
        'Flytta formlerna till en egen flik och försök igen; ingen fil har skrivits.',
    );
  }
  return saveUppsiktInto(input, target, withoutFormulaResults(register, snapshot), { today: options.today, own, allowLoss: options.allowLoss });
}

/**
 * Prints what a write kept: the losses the user accepted, and "Dina egna flikar finns kvar oförändrade"
 * only when every part of the original besides Uppsikt's own was found unchanged in the written file.
 */
export function reportKept(result: PackageWriteResult, target: string, io: Io, extra = ''): void {
  for (const line of lossSentences(result.losses, 'did')) io.err(`Varning (--tillat-forlust): ${line}`);
  if (result.changedParts.length > 0) {
    io.err(`Varning: delar av arbetsboken skiljer sig från originalet: ${result.changedParts.join(', ')}.`);
    io.out(`Skrev ${target}${extra}.`);
    return;
  }
  io.out(`Skrev ${target}. Dina egna flikar finns kvar oförändrade${extra}.`);
}
