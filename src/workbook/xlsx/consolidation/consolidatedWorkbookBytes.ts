import ExcelJS from 'exceljs';
import type { Consolidation, SkippedFile } from '../../../usecases/consolidate';
import { writeConsolidatedWorkbook } from './writeConsolidatedWorkbook';

/**
 * The consolidated workbook as .xlsx bytes, written by ExcelJS in memory (the browser's Samla view; the CLI
 * writes big tables directly, see writeConsolidatedWorkbook's `direct`).
 *
 * @param c - The consolidation.
 * @param skipped - Files that could not be read.
 * @param today - Today as an Excel serial.
 * @returns The bytes.
 * @example
 * await openReport(await consolidatedWorkbookBytes(c, skipped, today), 'Samlad uppsikt.xlsx');
 */
export async function consolidatedWorkbookBytes(c: Consolidation, skipped: readonly SkippedFile[], today: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  writeConsolidatedWorkbook(workbook, c, skipped, today);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
