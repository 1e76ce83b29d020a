import type ExcelJS from 'exceljs';
// Not the xlsx index: it brings writeXlsx (Node's fs), and the task pane renders this in the browser.
import { renderUppsikt } from '../renderUppsikt';
import { apartSheet, APART_SHEET, consolidateMessages, consolidationSheet, type Consolidation, type SheetRows, type SkippedFile } from '../../../usecases/consolidate';

const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 13, color: { argb: 'FF1F4E79' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

function writeRows(worksheet: ExcelJS.Worksheet, sheet: SheetRows): void {
  sheet.rows.forEach((cells, r) => {
    cells.forEach((value, c) => {
      // Values only: text that begins with "=" stays text.
      worksheet.getCell(r + 1, c + 1).value = value === undefined ? null : (value as ExcelJS.CellValue);
    });
  });
  for (const r of sheet.titles) worksheet.getCell(r + 1, 1).font = r === 0 ? { ...TITLE_FONT, size: 16 } : TITLE_FONT;
  for (const r of sheet.headers) {
    worksheet.getRow(r + 1).eachCell((cell) => {
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
    });
  }
  worksheet.getColumn(1).width = 34;
  worksheet.getColumn(2).width = 40;
  for (let c = 3; c <= 24; c++) worksheet.getColumn(c).width = 14;
  worksheet.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

/**
 * Writes the consolidated workbook into a new ExcelJS workbook: Samlad uppsikt first (values only), then
 * the Uppsikt sheets rendered from the consolidated register exactly as `init` renders them (so summary,
 * matrix and check read it like any Uppsikt workbook), then, when the files' scales differ, the risks on
 * another scale on a sheet of their own.
 *
 * @param workbook - A new, empty workbook.
 * @param c - The consolidation.
 * @param skipped - Files that could not be read (listed on Samlad uppsikt).
 * @param today - Today as an Excel serial.
 * @param options - `direct`: big tables' rows are written by writeXlsx, not held by ExcelJS (Node only; see
 *   RenderOptions.direct).
 */
export function writeConsolidatedWorkbook(workbook: ExcelJS.Workbook, c: Consolidation, skipped: readonly SkippedFile[], today: number, options: { direct?: boolean } = {}): void {
  workbook.creator = 'Uppsikt';
  const summary = consolidationSheet(c, skipped, today);
  writeRows(workbook.addWorksheet(summary.name, { properties: { tabColor: { argb: 'FFC00000' } } }), summary);
  const report = renderUppsikt(workbook, c.register, { today, direct: options.direct });
  const apart = apartSheet(c);
  if (apart) {
    writeRows(workbook.addWorksheet(apart.name), apart);
    const matrix = report.sheets.find((s) => s.schemaSheet === 'Riskmatris');
    const sheet = matrix ? workbook.getWorksheet(matrix.written) : undefined;
    if (sheet) sheet.getCell(2, 1).value = consolidateMessages.mainScaleMatrixNote(APART_SHEET);
  }
}
