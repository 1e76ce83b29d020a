import type ExcelJS from 'exceljs';
import { isoFromSerial } from '../../../core';
import type { FollowUpReportModel } from '../../../usecases/yearClose/FollowUpReportModel';
import { fitRowHeights, setPage } from '../render/pageSetup';
import { BODY_POINTS, dateOf, font, writeHeaderRow, writeHeading, writeLabel, type ColumnDef } from '../report/reportStyle';
import { followUpFooter, writeBodyRow } from './followUpStyle';
import { followUpSheetMessagesSv as M } from './messages.sv';

const LABEL: ColumnDef = { header: '', width: 34, wrap: true };
const VALUE: ColumnDef = { header: '', width: 52, wrap: true };
const COUNT: ColumnDef = { header: M.countHeader, width: 52, numeric: true };

/**
 * Sammanfattning, on one page: who and which year, "Genomförda kontroller: 2 av 4" and the occasions,
 * deviations by grade, åtgärder klara and öppna, and the helhetsbedömning with its motivering and decision
 * beside Uppsikt's proposal and why (the kommun-wide report also names the nämnder that have not reported).
 */
export function renderFollowUpSummary(worksheet: ExcelJS.Worksheet, model: FollowUpReportModel): void {
  worksheet.getColumn(1).width = LABEL.width;
  worksheet.getColumn(2).width = VALUE.width;
  writeHeading(worksheet, M.title(model.year), model.scope);
  let row = 4;
  const fact = (label: string, value: ExcelJS.CellValue, numFmt?: string) => {
    const a = worksheet.getCell(row, 1);
    a.value = label;
    a.font = font({ bold: true });
    a.alignment = { vertical: 'top', wrapText: true };
    const b = worksheet.getCell(row, 2);
    b.value = value;
    b.font = font();
    b.alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
    if (numFmt) b.numFmt = numFmt;
    row++;
  };
  fact(model.namnd ? M.factNamnd : M.factScope, model.scope);
  fact(M.factYear, String(model.year));
  fact(M.factPer, dateOf(model.per), 'yyyy-mm-dd');
  const c = model.counts;
  if (model.namnd === null) {
    fact(M.reported, M.ofTotal(model.namnder.filter((n) => n.reported).length, model.namnder.length));
    fact(M.notReported, model.notReported.length === 0 ? M.none : model.notReported.join(', '));
  }

  row++;
  writeLabel(worksheet, row++, M.blockControls);
  fact(M.controlsCarriedOut, M.ofTotal(c.genomforda, c.kontroller));
  fact(M.occasionsCarriedOut, M.ofTotal(c.genomfordaTillfallen, c.tillfallen));
  fact(M.controlsNotCarriedOut, c.ejGenomforda);
  fact(M.controlsWithDeviation, c.medAvvikelse);

  row++;
  writeLabel(worksheet, row++, M.blockDeviations);
  const grades: ColumnDef[] = [{ ...LABEL, header: M.gradeHeader }, COUNT];
  writeHeaderRow(worksheet, row++, grades);
  const g = c.avvikelserPerGrad;
  const gradeRows: [string, number][] = [[M.gradeMinor, g.mindre], [M.gradeSignificant, g.vasentlig], ...(g.ograderad > 0 ? [[M.gradeNone, g.ograderad] as [string, number]] : [])];
  for (const [label, n] of gradeRows) writeBodyRow(worksheet, row++, grades, [label, n]);
  writeBodyRow(worksheet, row++, grades, [M.total, g.mindre + g.vasentlig + g.ograderad], true);

  row++;
  writeLabel(worksheet, row++, M.blockActions);
  const actions: ColumnDef[] = [{ ...LABEL, header: M.blockActions }, COUNT];
  writeHeaderRow(worksheet, row++, actions);
  writeBodyRow(worksheet, row++, actions, [M.actionsDone, c.atgarderKlara]);
  writeBodyRow(worksheet, row++, actions, [M.actionsOpen, c.atgarderOppna]);

  row++;
  writeLabel(worksheet, row++, M.blockAssessment);
  const a = model.assessment;
  if (model.namnd !== null) {
    fact(M.assessment, a?.helhetsbedomning ?? M.notDecided);
    fact(M.motivation, a && a.motivering !== '' ? a.motivering : M.none);
    fact(M.decision, a ? M.decisionText(a.beslutsdatum === null ? '' : isoFromSerial(a.beslutsdatum), a.paragraf) : M.none);
  }
  fact(M.proposal, model.proposal.text);
  if (model.proposal.reasons.length > 0) fact(M.reasons, model.proposal.reasons.join('; '));

  fitRowHeights(worksheet, 4, row, [1, 2], BODY_POINTS);
  setPage(worksheet, { lastRow: row - 1, lastColumn: 2, footer: followUpFooter(model), onePage: true, points: BODY_POINTS, orientation: 'portrait' });
}
