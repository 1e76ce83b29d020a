import fs from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { serialFromYmd, type RegisterData } from '../../../src/core';
import { renderUppsikt, writeXlsx } from '../../../src/workbook/xlsx';

export const TODAY = serialFromYmd(2026, 11, 22);

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'uppsikt-xlsx-'));
}

/** Renders a register into a new workbook, writes it and reads it back with ExcelJS. */
export async function writeAndReread(register: RegisterData, file: string, into: ExcelJS.Workbook = new ExcelJS.Workbook()) {
  const report = renderUppsikt(into, register, { today: TODAY });
  await writeXlsx(into, file);
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.readFile(file);
  return { report, reread };
}
