import type ExcelJS from 'exceljs';
import type { FollowUpReportModel } from '../../../usecases/yearClose/FollowUpReportModel';
import { fitRowHeights, setPage } from '../render/pageSetup';
import { BODY_POINTS, writeHeaderRow, writeHeading, writeLabel, type ColumnDef } from '../report/reportStyle';
import { followUpFooter, writeBodyRow } from './followUpStyle';
import { followUpSheetMessagesSv as M } from './messages.sv';

const HEADER_ROW = 4;

/**
 * Nämnder (the kommun-wide report): each nämnd's year side by side, those that have not reported marked,
 * then the kommungemensamma controls compared across nämnder.
 */
export function renderFollowUpNamnder(worksheet: ExcelJS.Worksheet, model: FollowUpReportModel): void {
  const L = M.namndColumns;
  const columns: ColumnDef[] = [
    { header: L.namnd, width: 26, wrap: true },
    { header: L.reported, width: 12 },
    { header: L.controls, width: 13, numeric: true, wrap: true },
    { header: L.occasions, width: 13, numeric: true, wrap: true },
    { header: L.deviations, width: 11, numeric: true, wrap: true },
    { header: L.significant, width: 11, numeric: true, wrap: true },
    { header: L.open, width: 11, numeric: true, wrap: true },
    { header: L.assessment, width: 22, wrap: true },
  ];
  columns.forEach((c, i) => (worksheet.getColumn(i + 1).width = c.width));
  writeHeading(worksheet, M.namnderHeading(model.year), model.scope);
  writeHeaderRow(worksheet, HEADER_ROW, columns);
  let row = HEADER_ROW + 1;
  for (const n of model.namnder) {
    const c = n.counts;
    writeBodyRow(worksheet, row++, columns, [
      n.namnd,
      n.reported ? M.yes : M.no,
      M.ofTotal(c.genomforda, c.kontroller),
      M.ofTotal(c.genomfordaTillfallen, c.tillfallen),
      c.medAvvikelse,
      c.vasentliga,
      c.atgarderOppna,
      n.helhetsbedomning ?? M.notDecided,
    ]);
  }
  if (model.shared.length > 0) {
    row++;
    writeLabel(worksheet, row++, M.sharedHeading);
    const S = M.sharedColumns;
    const shared: ColumnDef[] = [
      { header: S.control, width: columns[0].width, wrap: true },
      { header: S.namnder, width: 12, numeric: true },
      { header: S.done, width: 13, numeric: true, wrap: true },
      { header: S.deviations, width: 13, numeric: true, wrap: true },
    ];
    writeHeaderRow(worksheet, row++, shared);
    for (const s of model.shared) writeBodyRow(worksheet, row++, shared, [`${s.id}: ${s.kontrollmoment}`, s.namnder, M.ofTotal(s.genomforda, s.namnder), s.medAvvikelse]);
  }
  fitRowHeights(worksheet, HEADER_ROW, row - 1, [1, 3, 4, 8], BODY_POINTS);
  setPage(worksheet, { lastRow: row - 1, lastColumn: columns.length, titleRow: HEADER_ROW, footer: followUpFooter(model), points: BODY_POINTS });
}
