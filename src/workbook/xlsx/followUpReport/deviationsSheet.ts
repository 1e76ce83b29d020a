import type ExcelJS from 'exceljs';
import type { FollowUpReportModel } from '../../../usecases/yearClose/FollowUpReportModel';
import { valueOf, writeHeaderRow, writeHeading, type ColumnDef } from '../report/reportStyle';
import { finishListSheet, writeBodyRow } from './followUpStyle';
import { followUpSheetMessagesSv as M } from './messages.sv';

const HEADER_ROW = 4;

/** Avvikelser: every result of the year that found a deviation, with its åtgärd, ansvarig and klart senast. */
export function renderFollowUpDeviations(worksheet: ExcelJS.Worksheet, model: FollowUpReportModel): void {
  const L = M.deviationColumns;
  const columns: ColumnDef[] = [
    { header: L.control, width: 22, wrap: true },
    { header: L.period, width: 10, wrap: true },
    { header: L.count, width: 8, numeric: true },
    { header: L.grade, width: 10 },
    { header: L.result, width: 28, wrap: true },
    { header: L.action, width: 28, wrap: true },
    { header: L.responsible, width: 15, wrap: true },
    { header: L.due, width: 12, numFmt: 'yyyy-mm-dd' },
    { header: L.done, width: 10 },
  ];
  columns.forEach((c, i) => (worksheet.getColumn(i + 1).width = c.width));
  writeHeading(worksheet, M.deviationsHeading(model.year), model.scope);
  writeHeaderRow(worksheet, HEADER_ROW, columns);
  model.deviations.forEach((d, i) => {
    const control = d.kontrollmoment === '' ? d.kontrollId : `${d.kontrollId}: ${d.kontrollmoment}`;
    writeBodyRow(worksheet, HEADER_ROW + 1 + i, columns, [control, d.period, d.antal, d.grad, d.resultat, d.atgard, d.ansvarig, valueOf(d.klartSenast), d.klar ? M.yes : M.no]);
  });
  finishListSheet(worksheet, model, HEADER_ROW, columns, model.deviations.length, M.noDeviations);
}
