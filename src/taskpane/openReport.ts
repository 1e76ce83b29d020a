/*
 * Opening a report the task pane built: as a new workbook in Excel (Excel.createWorkbook, ExcelApi 1.8),
 * else as a download of the .xlsx file (Excel on the web without 1.8, or a browser). The user's own workbook
 * is never touched.
 */
import { downloadBytes } from './downloadBytes';

/** Where a report went: opened in Excel, or saved by the browser as a download. */
export type OpenedAs = 'excel' | 'download';

/** Opens report bytes as a new workbook or downloads them; injected into the pane so tests can watch it. */
export type OpenReport = (bytes: Uint8Array, fileName: string) => Promise<OpenedAs>;

/** The bytes as base64, what Excel.createWorkbook takes. */
export function base64(bytes: Uint8Array): string {
  // One character per byte, joined once: spreading the bytes into String.fromCharCode overflows the stack.
  const chars = new Array<string>(bytes.length);
  for (let i = 0; i < bytes.length; i++) chars[i] = String.fromCharCode(bytes[i]);
  return btoa(chars.join(''));
}

/** The real thing: Excel.createWorkbook where ExcelApi 1.8 is supported, else a download. */
export const openReportInExcel: OpenReport = async (bytes, fileName) => {
  const office = typeof Office === 'undefined' ? undefined : Office;
  if (office?.context?.requirements?.isSetSupported('ExcelApi', '1.8') && typeof Excel !== 'undefined' && typeof Excel.createWorkbook === 'function') {
    await Excel.createWorkbook(base64(bytes));
    return 'excel';
  }
  downloadBytes(bytes, fileName, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  return 'download';
};
