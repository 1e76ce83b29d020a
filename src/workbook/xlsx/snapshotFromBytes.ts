import ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../../core';
import { snapshotOf } from './snapshotOf';

/**
 * The snapshot of .xlsx bytes, loaded with ExcelJS in memory: for the browser (no fs, no streaming). Throws
 * ExcelJS's error for bytes that are not a workbook; the caller names the file in its Swedish message.
 *
 * @param bytes - The file's contents.
 * @returns The snapshot.
 * @example
 * const snapshot = await snapshotFromBytes(await file.arrayBuffer());
 */
export async function snapshotFromBytes(bytes: ArrayBuffer | Uint8Array): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as ArrayBuffer);
  return snapshotOf(workbook);
}
