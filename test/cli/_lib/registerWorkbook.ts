import path from 'path';
import ExcelJS from 'exceljs';
import type { RegisterData } from '../../../src/core';
import { renderUppsikt } from '../../../src/workbook/xlsx';

/** An Uppsikt workbook holding `register`, written by ExcelJS as register.xlsx in `dir`. */
export async function registerWorkbook(dir: string, register: RegisterData): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  renderUppsikt(workbook, register, { today: 46000 });
  const file = path.join(dir, 'register.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}
