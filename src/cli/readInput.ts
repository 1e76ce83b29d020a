import fs from 'fs';
import path from 'path';
import type { WorkbookSnapshot } from '../core';
import { isUppsiktError, type UppsiktError } from '../core/errors/UppsiktError';
import { DamagedPartError, PackageLimitError, readXlsx } from '../workbook/xlsx';
import { packageLimitWording } from '../workbook/xlsx/size/messages.sv';
import { cliErrors } from './cliErrors';
import { fileError, missingFile } from './fileErrors';
import { sniffInput } from './sniffInput';

/*
 * Reading the workbook a command is given: refused in Swedish before a library sees it when it cannot be
 * one, and every error the library raises while reading said in Swedish too. Reading never changes the file.
 */

/** .xlsm is a workbook with macros; Uppsikt keeps them (the package is copied part by part). */
const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm'];

/**
 * Refuses, in Swedish, any file that cannot be a readable .xlsx workbook before a library sees it: a missing
 * file or folder, a folder, another extension, no read permission, and (sniffInput) content that is no workbook.
 */
function checkReadable(file: string): void {
  if (!fs.existsSync(file)) throw missingFile(file);
  if (fs.statSync(file).isDirectory()) throw cliErrors.folderNotExcel({ file });
  if (!WORKBOOK_EXTENSIONS.includes(path.extname(file).toLowerCase())) {
    throw cliErrors.notXlsxFile({ file });
  }
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    sniffInput(file, fd, fs.fstatSync(fd).size);
  } catch (error) {
    throw fileError(error, file, 'read') ?? error;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/*
 * The zip is whole and names a workbook, but ExcelJS could not read it: either its content is damaged or it
 * holds something ExcelJS does not understand; which of the two is not known, so the message says both.
 */
export function uninterpretable(file: string, cause?: unknown): UppsiktError {
  return cliErrors.uninterpretable({ file }, { cause });
}

/** A package past a read limit or with a part zlib cannot inflate, in Swedish; undefined for any other error. */
export function inputProblem(file: string, error: unknown): UppsiktError | undefined {
  if (error instanceof PackageLimitError) {
    const wording = packageLimitWording(file, error);
    return wording.key === 'tooManyCells' ? cliErrors.tooManyCells(wording.params, { cause: error }) : cliErrors.tooMuchXml(wording.params, { cause: error });
  }
  if (error instanceof DamagedPartError) return cliErrors.damagedPart({ file, part: error.part }, { cause: error });
  return undefined;
}

/** An error a library raised while reading a file that passed checkReadable, in Swedish (its text kept as the cause). */
function unreadable(file: string, error: unknown): UppsiktError {
  if (isUppsiktError(error)) return error;
  return inputProblem(file, error) ?? fileError(error, file, 'read') ?? uninterpretable(file, error);
}

/**
 * Reads a workbook as plain data. A file ExcelJS reads without complaint but finds no sheet in is not a
 * workbook either (Excel always saves at least one sheet). `onProgress(sheet, rows)` hears how far a big read
 * has come.
 */
export async function readSnapshot(file: string, onProgress?: (sheet: string, rows: number) => void): Promise<WorkbookSnapshot> {
  checkReadable(file);
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = await readXlsx(file, { onProgress });
  } catch (error) {
    throw unreadable(file, error);
  }
  if (snapshot.sheets.length === 0) throw uninterpretable(file);
  return snapshot;
}
