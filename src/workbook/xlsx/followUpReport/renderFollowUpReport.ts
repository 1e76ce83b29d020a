import ExcelJS from 'exceljs';
import type { FollowUpReportModel } from '../../../usecases/yearClose/FollowUpReportModel';
import { renderFollowUpControls } from './controlsSheet';
import { renderFollowUpDeviations } from './deviationsSheet';
import { followUpSheetMessagesSv as M } from './messages.sv';
import { renderFollowUpNamnder } from './namnderSheet';
import { renderFollowUpSummary } from './summarySheet';

/**
 * Uppföljning av intern kontroll <år> as a values-only workbook (no formulas, names, links or hidden
 * sheets), A4 and printable as the nämnd report is: Sammanfattning, (for the kommun) Nämnder, Kontroller,
 * Avvikelser.
 *
 * @param model - From buildFollowUpReport.
 * @returns A new workbook.
 */
export function renderFollowUpReport(model: FollowUpReportModel): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Uppsikt';
  workbook.title = M.title(model.year);
  workbook.subject = M.subject;
  const sheet = (name: string) => workbook.addWorksheet(name, { properties: { tabColor: { argb: 'FF1F4E79' } } });
  renderFollowUpSummary(sheet(M.sheets.summary), model);
  if (model.namnd === null) renderFollowUpNamnder(sheet(M.sheets.namnder), model);
  renderFollowUpControls(sheet(M.sheets.controls), model);
  renderFollowUpDeviations(sheet(M.sheets.deviations), model);
  return workbook;
}

/**
 * The follow-up report as .xlsx bytes (the task pane opens them; the CLI writes them).
 *
 * @param model - The report.
 * @returns The file's bytes.
 */
export async function followUpReportToBuffer(model: FollowUpReportModel): Promise<Uint8Array> {
  const buffer = await renderFollowUpReport(model).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
