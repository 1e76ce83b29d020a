import ExcelJS from 'exceljs';
import { escapeXstringLiterals } from '../package/sharedStrings';
import { readZipBytes, zipBytes } from '../package/zipBytes';
import type { ReportModel } from '../../../usecases/report/ReportModel';
import { renderMatrixSheet } from './matrixSheet';
import { renderPlanSheet } from './planSheet';
import { renderRecommendationsSheet } from './recommendationsSheet';
import { renderSummarySheet } from './summarySheet';
import { reportSheetMessagesSv as M } from './messages.sv';

/** The report's sheets, in the order a nämnd reads them. */
export const REPORT_SHEETS = ['Sammanfattning', 'Riskmatris', 'Internkontrollplan', 'Rekommendationer'] as const;

/**
 * The report as a workbook of values only: no formulas, no IK functions, no hidden sheets, no links, so it
 * opens the same in Excel, Excel on the web and LibreOffice without the add-in. Every sheet is A4, fitted to
 * the page width, with a footer naming the nämnd, the "per" date and the page.
 *
 * @param model - The report (buildReport).
 * @param options - `direct`: a big plan's and a big recommendations table's rows are left for writeXlsx to
 *   write straight to XML (render/directRows.ts), so 200,000 risks or 150,000 recommendations are not an
 *   ExcelJS object per cell; only for a workbook writeXlsx writes.
 * @returns A new workbook.
 */
export function renderReport(model: ReportModel, options: { direct?: boolean } = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Uppsikt';
  workbook.title = model.namnd ? M.reportTo(model.namnd) : M.kommunwide;
  workbook.subject = M.subject;
  const sheet = (name: string) => workbook.addWorksheet(name, { properties: { tabColor: { argb: 'FF1F4E79' } } });
  renderSummarySheet(sheet(REPORT_SHEETS[0]), model);
  renderMatrixSheet(sheet(REPORT_SHEETS[1]), model);
  renderPlanSheet(sheet(REPORT_SHEETS[2]), model, options.direct);
  renderRecommendationsSheet(sheet(REPORT_SHEETS[3]), model, options.direct);
  return workbook;
}

/**
 * The report as .xlsx bytes, for the task pane (Excel.createWorkbook takes them as base64) and the CLI.
 * ExcelJS writes a literal "_x0041_" in a recommendation unescaped, which Excel reads as "A", so the shared
 * strings are escaped as writeXlsx escapes them (issue 22).
 *
 * @param model - The report.
 * @returns The file's bytes.
 */
export async function reportToBuffer(model: ReportModel): Promise<Uint8Array> {
  const buffer = (await renderReport(model).xlsx.writeBuffer()) as ArrayBuffer;
  const parts = readZipBytes(new Uint8Array(buffer));
  // ExcelJS keeps every text in this one part (it writes no inline strings).
  const text = (await parts.text(SHARED_STRINGS)) ?? '';
  if (!text.includes('_x')) return new Uint8Array(buffer);
  parts.set(SHARED_STRINGS, escapeXstringLiterals(text));
  return zipBytes(parts);
}

const SHARED_STRINGS = 'xl/sharedStrings.xml';
