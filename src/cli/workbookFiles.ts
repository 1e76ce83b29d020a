import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../core';
import { readXlsx, writeXlsx } from '../workbook/xlsx';
import { CliError } from './CliError';

/*
 * Opening and saving files with Swedish errors that say what to do. Reading never changes the file, and
 * writing goes through writeXlsx (temp file + rename), so a failed command leaves nothing half-written.
 */

function checkReadable(file: string): void {
  if (!fs.existsSync(file)) throw new CliError(`Filen ${file} finns inte. Kontrollera sökvägen.`);
  if (fs.statSync(file).isDirectory()) throw new CliError(`${file} är en mapp, inte en Excelfil.`);
  if (path.extname(file).toLowerCase() !== '.xlsx') {
    throw new CliError(`${file} är inte en .xlsx-fil. Spara arbetsboken som Excel-arbetsbok (.xlsx) och försök igen.`);
  }
}

function unreadable(file: string, error: unknown): CliError {
  const detail = error instanceof Error ? error.message : String(error);
  return new CliError(`Kunde inte läsa ${file} som en Excel-arbetsbok (.xlsx); filen kan vara skadad eller i ett annat format. (${detail})`);
}

/** Reads a workbook as plain data; `onProgress(sheet, rows)` hears how far a big read has come. */
export async function readSnapshot(file: string, onProgress?: (sheet: string, rows: number) => void): Promise<WorkbookSnapshot> {
  checkReadable(file);
  try {
    return await readXlsx(file, { onProgress });
  } catch (error) {
    throw unreadable(file, error);
  }
}

/** Loads a workbook to add sheets to (adopt). */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  checkReadable(file);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw unreadable(file, error);
  }
  return workbook;
}

/** Writes a workbook, refusing to overwrite the input and to write anything but .xlsx. */
export async function saveWorkbook(workbook: ExcelJS.Workbook, target: string, input?: string): Promise<void> {
  if (path.extname(target).toLowerCase() !== '.xlsx') throw new CliError(`Utfilen ${target} ska sluta på .xlsx.`);
  if (input && path.resolve(input) === path.resolve(target)) {
    throw new CliError('Utfilen får inte vara samma som infilen; ange en ny fil med -o så att originalet finns kvar.');
  }
  const folder = path.dirname(path.resolve(target));
  if (!fs.existsSync(folder)) throw new CliError(`Mappen ${folder} finns inte.`);
  try {
    await writeXlsx(workbook, target);
  } catch (error) {
    throw new CliError(`Kunde inte skriva ${target}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
