import type ExcelJS from 'exceljs';
import { FOLLOW_UP_STATUSES, TOTAL_LABEL, UNJUDGED_STATUS, type CellValue } from '../../../core';
import type { ReportModel, ReportRecommendation } from '../../../usecases/report/ReportModel';
import { templateRows } from '../render/directRows';
import { fitRowHeights, fitTextWidths, setPage } from '../render/pageSetup';
import { rowHeightFor } from '../../layout/printLayout';
import {
  BODY_POINTS,
  countCell,
  dateOf,
  footerOf,
  MAX_WORD_WIDTH,
  scopeLine,
  styleBody,
  styleHeader,
  valueOf,
  writeHeaderRow,
  writeHeading,
  writeLabel,
  type ColumnDef,
} from './reportStyle';
import { addDirectBody, writesDirectly } from './directBody';
import { reportSheetMessagesSv as M } from './messages.sv';

/** The Excel table holding one row per recommendation: `uppsikt summary` reads a report through it. */
export const RECOMMENDATIONS_TABLE = 'Rekommendationer';

const COLUMNS: (ColumnDef & { value: (r: ReportRecommendation) => CellValue })[] = [
  { header: M.recommendationColumns.granskning, width: 16, wrap: true, value: (r) => r.granskning },
  { header: M.recommendationColumns.year, width: 6, numeric: true, numFmt: '0', value: (r) => r.ar },
  { header: M.recommendationColumns.nr, width: 4, numeric: true, value: (r) => r.nr },
  { header: M.recommendationColumns.recommendation, width: 26, wrap: true, value: (r) => r.rekommendation },
  { header: M.recommendationColumns.addressee, width: 14, wrap: true, value: (r) => r.mottagare },
  { header: M.recommendationColumns.answer, width: 20, wrap: true, value: (r) => r.svar },
  { header: M.recommendationColumns.action, width: 18, wrap: true, value: (r) => r.atgard },
  {
    header: M.recommendationColumns.doneBy,
    width: 11,
    numFmt: 'yyyy-mm-dd',
    value: (r) => (typeof r.klartSenast === 'number' ? (dateOf(r.klartSenast) as unknown as CellValue) : r.klartSenast),
  },
  { header: M.recommendationColumns.verdict, width: 11, wrap: true, value: (r) => r.bedomning },
  { header: M.recommendationColumns.round, width: 8, value: (r) => r.omgang },
  { header: M.recommendationColumns.overdue, width: 9, value: (r) => (r.forsenad ? M.overdueMark : null) },
];

/**
 * Rekommendationer: the auditors' table per granskning ("–" for zero, Totalt, Ej bedömd only when some are)
 * and one row per recommendation with the nämnd's answer, the action, the current verdict and its round,
 * overdue actions marked in words.
 */
export function renderRecommendationsSheet(worksheet: ExcelJS.Worksheet, model: ReportModel, direct = false): void {
  COLUMNS.forEach((c, i) => (worksheet.getColumn(i + 1).width = c.width));
  writeHeading(worksheet, M.recommendationsHeading, scopeLine(model));

  // The auditors' table: "Granskning (år)" over the first four columns, then one column per verdict.
  const statuses = FOLLOW_UP_STATUSES.filter((s) => s !== UNJUDGED_STATUS || model.byGranskning.showUnjudged);
  let row = 4;
  writeLabel(worksheet, row++, M.perGranskning);
  const summaryHeader = row;
  const merge = (r: number) => worksheet.mergeCells(r, 1, r, 4);
  const countColumn = (i: number) => 5 + i;
  merge(row);
  writeHeaderRow(worksheet, row, [{ header: M.granskningYearHeader, width: 0 }]);
  [...statuses, TOTAL_LABEL].forEach((h, i) => {
    const cell = worksheet.getCell(row, countColumn(i));
    cell.value = h;
    styleHeader(cell, true);
  });
  row++;
  for (const g of [...model.byGranskning.rows, model.byGranskning.total]) {
    const isTotal = g === model.byGranskning.total;
    merge(row);
    const name = worksheet.getCell(row, 1);
    name.value = g.granskning;
    styleBody(name, { header: '', width: 0, wrap: true }, isTotal);
    [...statuses.map((s) => g.counts[s]), g.total].forEach((n, i) => {
      const cell = worksheet.getCell(row, countColumn(i));
      cell.value = countCell(n);
      styleBody(cell, { header: '', width: 0, numeric: true }, isTotal);
    });
    row++;
  }
  const summaryRows = { from: summaryHeader + 1, to: row - 1 };

  row++;
  writeLabel(worksheet, row++, M.recommendationsLabel);
  const headerRow = row;
  const body = model.recommendations.map((r) => COLUMNS.map((c) => valueOf(c.value(r))));
  // A big register's rows go straight to XML as adopt writes them (render/directRows.ts, written by writeXlsx).
  const directBody = writesDirectly(direct, body.length);
  const given = directBody ? templateRows(COLUMNS.length) : body.length > 0 ? body : [COLUMNS.map(() => null)];
  worksheet.addTable({
    name: RECOMMENDATIONS_TABLE,
    ref: `A${headerRow}`,
    headerRow: true,
    style: { theme: 'TableStyleLight1', showRowStripes: false },
    columns: COLUMNS.map((c) => ({ name: c.header, filterButton: false })),
    rows: given,
  });
  writeHeaderRow(worksheet, headerRow, COLUMNS);
  const last = headerRow + Math.max(body.length, 1);
  for (let r = headerRow + 1; r <= headerRow + given.length; r++) COLUMNS.forEach((c, i) => styleBody(worksheet.getCell(r, i + 1), c, i === COLUMNS.length - 1));
  const wrapped = COLUMNS.map((c, i) => (c.wrap ? i + 1 : 0)).filter((c) => c > 0);
  if (directBody) addDirectBody(worksheet, { tableName: RECOMMENDATIONS_TABLE, headerRow, columns: COLUMNS, body });
  else {
    // Widths shared by how much text each column holds.
    fitTextWidths(worksheet, headerRow, last, wrapped, BODY_POINTS, MAX_WORD_WIDTH, COLUMNS.length);
    fitRowHeights(worksheet, headerRow + 1, last, wrapped, BODY_POINTS);
  }
  // Merged cells do not wrap by their own width: size each row for the four columns' width together, once
  // fitTextWidths has set them.
  for (let r = summaryRows.from; r <= summaryRows.to; r++) fitMergedRow(worksheet, r);
  setPage(worksheet, { lastRow: last, lastColumn: COLUMNS.length, titleRow: headerRow, footer: footerOf(model), points: BODY_POINTS });
}

function fitMergedRow(worksheet: ExcelJS.Worksheet, row: number): void {
  const width = [1, 2, 3, 4].reduce((sum, c) => sum + (worksheet.getColumn(c).width ?? 9), 0);
  const height = rowHeightFor([{ text: String(worksheet.getCell(row, 1).value ?? ''), width, points: BODY_POINTS }]);
  if (height > 15) worksheet.getRow(row).height = height;
}
