import ExcelJS from 'exceljs';
import type { RegisterData } from '../../../core';
import { renderUppsikt } from '../renderUppsikt';

/**
 * Next year's plan (newYearRegister) as a new Uppsikt workbook in memory, for the task pane's Nytt år: only
 * Uppsikt's sheets, rendered as `init` renders them (the CLI's nytt-ar instead writes into a copy of the
 * user's file, keeping every sheet of theirs). Browser-safe: ExcelJS in memory, no Node modules.
 *
 * @param register - The new year's register.
 * @param today - Today as an Excel serial (cached values of dated formulas).
 * @returns The .xlsx bytes.
 * @example
 * await openReport(await newYearWorkbookBytes(newYearRegister(register, plan), today), 'Internkontrollplan 2027.xlsx');
 */
export async function newYearWorkbookBytes(register: RegisterData, today: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Uppsikt';
  renderUppsikt(workbook, register, { today });
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
