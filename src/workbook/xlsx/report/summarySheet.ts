import type ExcelJS from 'exceljs';
import { FOLLOW_UP_STATUSES, isoFromSerial, TOTAL_LABEL, UNJUDGED_STATUS } from '../../../core';
import type { ReportModel } from '../../../usecases/report/ReportModel';
import { fitRowHeights, setPage } from '../render/pageSetup';
import { BODY_POINTS, dateOf, font, footerOf, styleBody, styleLevel, writeHeaderRow, writeHeading, writeLabel, type ColumnDef } from './reportStyle';
import { reportSheetMessagesSv as M } from './messages.sv';

/**
 * Sammanfattning, on one page: who and when, risks per level and per category, controls with deviations,
 * recommendations per verdict and overdue actions.
 */
export function renderSummarySheet(worksheet: ExcelJS.Worksheet, model: ReportModel): void {
  const bands = model.scale.bands;
  const unscored = model.risksNotScored > 0;
  const levelColumns = [...bands.map((b) => b.name), ...(unscored ? [M.unscoredColumn] : []), TOTAL_LABEL];
  worksheet.getColumn(1).width = 36;
  levelColumns.forEach((_, i) => (worksheet.getColumn(i + 2).width = 11));
  writeHeading(worksheet, model.namnd ? M.reportTo(model.namnd) : M.kommunwide, M.subject);

  let row = 4;
  const fact = (label: string, value: ExcelJS.CellValue, numFmt?: string) => {
    const a = worksheet.getCell(row, 1);
    a.value = label;
    a.font = font({ bold: true });
    const b = worksheet.getCell(row, 2);
    b.value = value;
    b.font = font();
    b.alignment = { horizontal: 'left' };
    if (numFmt) b.numFmt = numFmt;
    row++;
  };
  fact(model.namnd ? M.factNamnd : M.factScope, model.scope);
  fact(M.factPer, dateOf(model.per), 'yyyy-mm-dd');
  fact(M.factRound, model.omgang ?? '–');
  const adopted = [model.faststalld instanceof Date ? model.faststalld.toISOString().slice(0, 10) : model.faststalld, model.beslutsnummer]
    .filter((v) => v !== null && v !== undefined && String(v).trim() !== '')
    .join(', ');
  fact(M.factPlanAdopted, adopted === '' ? '–' : adopted);

  row++;
  writeLabel(worksheet, row++, M.risksPerLevel);
  const levelHeader: ColumnDef[] = [
    { header: M.levelHeader, width: 40 },
    { header: M.countHeader, width: 12, numeric: true },
  ];
  writeHeaderRow(worksheet, row++, levelHeader);
  for (const { band, count } of model.risksPerLevel) {
    const name = worksheet.getCell(row, 1);
    name.value = M.levelRow(band.name, band.min, band.max);
    styleBody(name, levelHeader[0]);
    styleLevel(name, band.color, true);
    const n = worksheet.getCell(row++, 2);
    n.value = count;
    styleBody(n, levelHeader[1]);
  }
  if (unscored) {
    worksheet.getCell(row, 1).value = M.unscoredRow;
    styleBody(worksheet.getCell(row, 1), levelHeader[0]);
    worksheet.getCell(row, 2).value = model.risksNotScored;
    styleBody(worksheet.getCell(row++, 2), levelHeader[1]);
  }
  worksheet.getCell(row, 1).value = TOTAL_LABEL;
  styleBody(worksheet.getCell(row, 1), levelHeader[0], true);
  worksheet.getCell(row, 2).value = model.risks.length;
  styleBody(worksheet.getCell(row++, 2), levelHeader[1], true);

  row++;
  writeLabel(worksheet, row++, M.risksPerCategory);
  const categoryColumns: ColumnDef[] = [{ header: M.categoryHeader, width: 40 }, ...levelColumns.map((h) => ({ header: h, width: 12, numeric: true }))];
  writeHeaderRow(worksheet, row++, categoryColumns);
  for (const category of model.risksPerCategory) {
    const notScored = category.total - category.perBand.reduce((a, b) => a + b, 0);
    const values = [category.kategori, ...category.perBand, ...(unscored ? [notScored] : []), category.total];
    values.forEach((v, c) => {
      const cell = worksheet.getCell(row, c + 1);
      cell.value = v;
      styleBody(cell, categoryColumns[c]);
    });
    row++;
  }
  if (model.risksPerCategory.length === 0) {
    worksheet.getCell(row, 1).value = M.noRisks;
    styleBody(worksheet.getCell(row++, 1), categoryColumns[0]);
  }

  row++;
  writeLabel(worksheet, row++, M.planControls);
  const countHeader: ColumnDef[] = [
    { header: M.controlsHeader, width: 40 },
    { header: M.countHeader, width: 12, numeric: true },
  ];
  writeHeaderRow(worksheet, row++, countHeader);
  for (const [label, n] of [
    [M.controlsInPlan, model.controls],
    [M.controlsWithDeviation, model.controlsWithDeviation],
  ] as const) {
    worksheet.getCell(row, 1).value = label;
    styleBody(worksheet.getCell(row, 1), countHeader[0]);
    worksheet.getCell(row, 2).value = n;
    styleBody(worksheet.getCell(row++, 2), countHeader[1]);
  }

  row++;
  writeLabel(worksheet, row++, M.recommendationsPerVerdict);
  const statusHeader: ColumnDef[] = [
    { header: M.verdictHeader, width: 40 },
    { header: M.countHeader, width: 12, numeric: true },
  ];
  writeHeaderRow(worksheet, row++, statusHeader);
  const totals = model.byGranskning.total;
  const shown = FOLLOW_UP_STATUSES.filter((s) => s !== UNJUDGED_STATUS || model.byGranskning.showUnjudged);
  for (const status of shown) {
    worksheet.getCell(row, 1).value = status;
    styleBody(worksheet.getCell(row, 1), statusHeader[0]);
    worksheet.getCell(row, 2).value = totals.counts[status];
    styleBody(worksheet.getCell(row++, 2), statusHeader[1]);
  }
  worksheet.getCell(row, 1).value = TOTAL_LABEL;
  styleBody(worksheet.getCell(row, 1), statusHeader[0], true);
  worksheet.getCell(row, 2).value = totals.total;
  styleBody(worksheet.getCell(row++, 2), statusHeader[1], true);
  worksheet.getCell(row, 1).value = M.overdue(isoFromSerial(model.per));
  styleBody(worksheet.getCell(row, 1), { ...statusHeader[0], wrap: true });
  worksheet.getCell(row, 2).value = model.overdue;
  styleBody(worksheet.getCell(row++, 2), statusHeader[1]);

  fitRowHeights(worksheet, 4, row, [1], BODY_POINTS);
  setPage(worksheet, { lastRow: row - 1, lastColumn: levelColumns.length + 1, footer: footerOf(model), onePage: true, points: BODY_POINTS, orientation: 'portrait' });
}
