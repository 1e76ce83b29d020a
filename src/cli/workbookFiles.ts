import fs from 'fs';
import path from 'path';
import type ExcelJS from 'exceljs';
import type { RegisterData, WorkbookSnapshot } from '../core';
import { copyAtomically, LossError, PackageError, readXlsx, writeUppsiktPackage, writeXlsx, type PackageWriteResult, type UppsiktParts } from '../workbook/xlsx';
import { CliError } from './CliError';

/*
 * Opening and saving files with Swedish errors that say what to do. Reading never changes the file, and
 * writing goes through a temp file renamed into place (writeXlsx, writeUppsiktPackage), so a failed command
 * leaves nothing half-written.
 */

/** .xlsm is a workbook with macros; Uppsikt keeps them (the package is copied part by part). */
const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm'];

function checkReadable(file: string): void {
  if (!fs.existsSync(file)) throw new CliError(`Filen ${file} finns inte. Kontrollera sökvägen.`);
  if (fs.statSync(file).isDirectory()) throw new CliError(`${file} är en mapp, inte en Excelfil.`);
  if (!WORKBOOK_EXTENSIONS.includes(path.extname(file).toLowerCase())) {
    throw new CliError(`${file} är inte en .xlsx-fil. Spara arbetsboken som Excel-arbetsbok (.xlsx) och försök igen.`);
  }
}

function unreadable(file: string, error: unknown): CliError {
  const detail = error instanceof Error ? error.message : String(error);
  return new CliError(`Kunde inte läsa ${file} som en Excel-arbetsbok (.xlsx); filen kan vara skadad eller i ett annat format. (${detail})`);
}

/** Reads a workbook as plain data. */
export async function readSnapshot(file: string): Promise<WorkbookSnapshot> {
  checkReadable(file);
  try {
    return await readXlsx(file);
  } catch (error) {
    throw unreadable(file, error);
  }
}

/**
 * Checks, before anything is read or computed, that `target` may be written: the right extension (that of
 * the input, so a workbook with macros stays .xlsm), an existing folder, not an input, and not an existing
 * file unless the user gave --ersatt.
 *
 * @param target - The file to write.
 * @param options - The input it is made from and whether --ersatt was given.
 */
export function checkTarget(target: string, options: { input?: string; replace?: boolean } = {}): void {
  const wanted = options.input ? path.extname(options.input).toLowerCase() : '.xlsx';
  if (path.extname(target).toLowerCase() !== wanted) {
    throw new CliError(
      wanted === '.xlsm'
        ? `Utfilen ${target} ska sluta på .xlsm, som ${options.input}: arbetsboken har makron och Excel öppnar den bara som .xlsm.`
        : `Utfilen ${target} ska sluta på .xlsx.`,
    );
  }
  ensureNewTarget(target, { replace: options.replace, inputs: options.input ? [options.input] : [] });
  const folder = path.dirname(path.resolve(target));
  if (!fs.existsSync(folder)) throw new CliError(`Mappen ${folder} finns inte.`);
}

function cannotWrite(target: string, error: unknown): CliError {
  return new CliError(`Kunde inte skriva ${target}: ${error instanceof Error ? error.message : String(error)}; ingen fil har skrivits.`);
}

/** Writes a workbook made from scratch (init); the target was checked with checkTarget. */
export async function saveWorkbook(workbook: ExcelJS.Workbook, target: string): Promise<void> {
  try {
    await writeXlsx(workbook, target);
  } catch (error) {
    throw cannotWrite(target, error);
  }
}

/** Copies an Uppsikt workbook that needs no change (adopt of an Uppsikt workbook). */
export async function saveCopy(input: string, target: string): Promise<void> {
  try {
    await copyAtomically(input, target);
  } catch (error) {
    throw cannotWrite(target, error);
  }
}

/** "Fliken Riskanalys har ett diagram och en bild som skulle försvinna", one sentence per sheet. */
export function lossSentences(losses: LossError['losses'], tense: 'would' | 'did'): string[] {
  const bySheet = new Map<string, string[]>();
  for (const l of losses) bySheet.set(l.sheet, [...(bySheet.get(l.sheet) ?? []), l.what]);
  const and = (items: string[]) => (items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`);
  return [...bySheet].map(([sheet, what]) => `Fliken ${sheet} ${tense === 'would' ? 'har' : 'hade'} ${and(what)} som ${tense === 'would' ? 'skulle försvinna' : 'har försvunnit'}.`);
}

/**
 * Writes `input` with Uppsikt's sheets added or (for its own sheets in `own`) written again, every other
 * part of the file kept byte for byte. Refuses, naming them, when Uppsikt's own sheets hold things a rewrite
 * would drop, unless allowLoss (--tillat-forlust).
 */
export async function saveUppsiktInto(
  input: string,
  target: string,
  register: RegisterData,
  options: { today: number; own?: UppsiktParts; allowLoss?: boolean },
): Promise<PackageWriteResult> {
  try {
    return await writeUppsiktPackage(input, target, register, options);
  } catch (error) {
    if (error instanceof LossError) {
      throw new CliError(
        `${lossSentences(error.losses, 'would').join(' ')} Uppsikt skriver om sina egna flikar och kan inte behålla sådant på dem. ` +
          'Flytta det till en egen flik och försök igen, eller ange --tillat-forlust för att skriva ändå; ingen fil har skrivits.',
      );
    }
    if (error instanceof PackageError) throw new CliError(`${input}: ${error.message} Ingen fil har skrivits.`);
    throw cannotWrite(target, error);
  }
}

/**
 * Refuses a target that exists (unless the user said --ersatt) or that is one of the inputs: every command
 * that writes calls this before it reads or computes anything, so nothing is written over without consent.
 */
export function ensureNewTarget(target: string, options: { replace?: boolean; inputs?: readonly string[] } = {}): void {
  const resolved = path.resolve(target);
  if ((options.inputs ?? []).some((input) => path.resolve(input) === resolved)) {
    throw new CliError('Utfilen får inte vara samma som infilen; ange en ny fil med -o så att originalet finns kvar.');
  }
  if (fs.existsSync(resolved) && !options.replace) {
    throw new CliError(`Filen ${target} finns redan. Ange --ersatt för att skriva över den, eller välj ett annat namn med -o; ingen fil har skrivits.`);
  }
}
