import fs from 'fs';
import path from 'path';
import type ExcelJS from 'exceljs';

/**
 * Writes a workbook to a temporary file next to the target and renames it into place, so a failure (a full
 * disk, a file open in Excel on a share) leaves neither a half-written target nor a stray temp file.
 *
 * @param workbook - The workbook.
 * @param target - The .xlsx path.
 */
export async function writeXlsx(workbook: ExcelJS.Workbook, target: string): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await workbook.xlsx.writeFile(temp);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
