import type ExcelJS from 'exceljs';
import type { FollowUpControl, FollowUpReportModel } from '../../../usecases/yearClose/FollowUpReportModel';
import { writeHeaderRow, writeHeading, type ColumnDef } from '../report/reportStyle';
import { finishListSheet, styleLage, writeBodyRow } from './followUpStyle';
import { followUpSheetMessagesSv as M } from './messages.sv';

const HEADER_ROW = 4;

/**
 * Kontroller: every control of the plan, red ones first, with a column per reporting point and the läge at
 * the year's end, each as its word in its colour.
 */
export function renderFollowUpControls(worksheet: ExcelJS.Worksheet, model: FollowUpReportModel): void {
  const L = M.controlColumns;
  const lead: (ColumnDef & { value: (c: FollowUpControl) => string })[] = [
    { header: L.id, width: 7, value: (c) => c.id },
    ...(model.namnd === null ? [{ header: L.namnd, width: 16, wrap: true, value: (c: FollowUpControl) => c.namnd }] : []),
    { header: L.control, width: 36, wrap: true, value: (c) => c.kontrollmoment },
    { header: L.frequency, width: 12, wrap: true, value: (c) => c.frekvens },
    { header: L.responsible, width: 16, wrap: true, value: (c) => c.kontrollansvarig },
  ];
  const lageColumns: ColumnDef[] = [...model.periods.map((p) => ({ header: p, width: 13, wrap: true })), { header: L.lage, width: 14, wrap: true }];
  const columns: ColumnDef[] = [...lead, ...lageColumns];
  columns.forEach((c, i) => (worksheet.getColumn(i + 1).width = c.width));
  writeHeading(worksheet, M.controlsHeading(model.year), model.scope);
  writeHeaderRow(worksheet, HEADER_ROW, columns);
  model.controls.forEach((control, i) => {
    const r = HEADER_ROW + 1 + i;
    writeBodyRow(worksheet, r, columns, [...lead.map((c) => c.value(control)), ...control.perPeriod, control.lage]);
    [...control.perPeriod, control.lage].forEach((lage, p) => styleLage(worksheet.getCell(r, lead.length + 1 + p), lage, model.colors));
  });
  finishListSheet(worksheet, model, HEADER_ROW, columns, model.controls.length, M.noControls);
}
