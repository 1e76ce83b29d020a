/* The Office.js adapter: the WorkbookPort over the workbook open in Excel. */
import { OfficeWorkbook } from './OfficeWorkbook';

export { OfficeWorkbook, type ExcelRun } from './OfficeWorkbook';
export { officeErrorMessage, OfficeWriteError } from './officeErrors';
export { readChunks, writeChunks } from './chunks';

/** The port over the open workbook, for the task pane. */
export function createOfficePort(): OfficeWorkbook {
  return new OfficeWorkbook((batch) => Excel.run(batch));
}
