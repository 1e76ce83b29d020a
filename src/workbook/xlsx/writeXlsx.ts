import fs from 'fs';
import path from 'path';
import type ExcelJS from 'exceljs';

/**
 * Runs `write` on a temporary file next to the target and renames it into place, so a failure (a full
 * disk, a file open in Excel on a share) leaves neither a half-written target nor a stray temp file.
 *
 * @param target - The path to write.
 * @param write - Writes the whole content to the path it is given.
 * @example
 * await writeAtomically('ut.xlsx', (temp) => workbook.xlsx.writeFile(temp));
 */
export async function writeAtomically(target: string, write: (temp: string) => Promise<void>): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await write(temp);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Writes a workbook through a temporary file (see writeAtomically).
 *
 * @param workbook - The workbook.
 * @param target - The .xlsx path.
 */
export async function writeXlsx(workbook: ExcelJS.Workbook, target: string): Promise<void> {
  await writeAtomically(target, (temp) => workbook.xlsx.writeFile(temp));
}

/**
 * Copies a file through a temporary file (see writeAtomically): an Uppsikt workbook `adopt` leaves as it is.
 *
 * @param source - The file to copy.
 * @param target - The path to write.
 */
export async function copyAtomically(source: string, target: string): Promise<void> {
  await writeAtomically(target, async (temp) => fs.copyFileSync(source, temp));
}
