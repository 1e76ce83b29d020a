import type ExcelJS from 'exceljs';
import { isBlank, type CellValue } from '../../../core';
import type { PlanRow, ReportModel } from '../../../usecases/report/ReportModel';
import { templateRows } from '../render/directRows';
import { fitRowHeights, fitTextWidths, hyphenateColumns, setPage } from '../render/pageSetup';
import { BODY_POINTS, font, footerOf, MAX_WORD_WIDTH, styleBody, styleLevel, valueOf, writeHeaderRow, writeHeading, type ColumnDef } from './reportStyle';
import { flowMessagesSv } from '../../../usecases/messages.sv';
import { addDirectBody, writesDirectly } from './directBody';
import { reportSheetMessagesSv as M } from './messages.sv';

/** Risknivå, in its level's colour. */
const LEVEL_COLUMN = 4;

const COLUMNS: (ColumnDef & { value: (row: PlanRow) => CellValue })[] = [
  { header: M.planColumns.process, width: 10, wrap: true, value: (r) => r.risk?.process ?? null },
  { header: M.planColumns.risk, width: 17, wrap: true, value: (r) => riskText(r) },
  { header: M.planColumns.score, width: 9, numeric: true, value: (r) => r.risk?.riskvarde ?? null },
  { header: M.planColumns.level, width: 8, value: (r) => r.risk?.band?.name ?? null },
  {
    header: M.planColumns.control,
    width: 17,
    wrap: true,
    value: (r) => (isBlank(r.kontrollmoment) && isBlank(r.kontrollId) ? M.noControl : withId(r.kontrollId, r.kontrollmoment)),
  },
  { header: M.planColumns.method, width: 13, wrap: true, value: (r) => r.kontrollmetod },
  { header: M.planColumns.responsible, width: 14, wrap: true, value: (r) => r.kontrollansvarig },
  { header: M.planColumns.frequency, width: 10, wrap: true, value: (r) => r.frekvens },
  { header: M.planColumns.reportedTo, width: 14, wrap: true, value: (r) => r.rapporterasTill },
  { header: M.planColumns.when, width: 8, wrap: true, value: (r) => r.tidpunkt },
  { header: M.planColumns.outcome, width: 11, wrap: true, value: (r) => r.utfall },
  { header: M.planColumns.deviations, width: 11, wrap: true, value: (r) => r.avvikelse },
];

function withId(id: CellValue, text: CellValue): string {
  const t = isBlank(text) ? '' : String(text);
  return isBlank(id) ? t : `${String(id)}: ${t}`;
}

function riskText(row: PlanRow): string {
  if (!row.risk) return isBlank(row.riskId) ? '' : M.riskNotInAnalysis(String(row.riskId));
  const shared = row.risk.kommungemensam ? ' (kommungemensam)' : '';
  return `${withId(row.risk.id, row.risk.beskrivning)}${shared}`;
}

/**
 * Internkontrollplan: the head a nämnd adopts (år, nämnd, fastställd, beslutsnummer) and the plan table,
 * highest risk first, with each control's risk, level, utfall and avvikelser; risks without a control are
 * listed too, so nothing in the riskanalys is left out. With `direct`, a big plan's rows are left for
 * writeXlsx to write straight to XML (render/directRows.ts), as the recommendations are.
 */
export function renderPlanSheet(worksheet: ExcelJS.Worksheet, model: ReportModel, direct = false): void {
  COLUMNS.forEach((c, i) => (worksheet.getColumn(i + 1).width = c.width));
  writeHeading(worksheet, M.planHeading(model.year), model.namnd ? model.namnd : flowMessagesSv.allNamnder);
  const head: [string, ExcelJS.CellValue, string?][] = [
    [M.factYear, String(model.year)],
    [M.factNamnd, model.scope],
    [M.factAdopted, isBlank(model.faststalld) ? '–' : model.faststalld instanceof Date ? model.faststalld.toISOString().slice(0, 10) : valueOf(model.faststalld)],
    [M.factDecision, isBlank(model.beslutsnummer) ? '–' : valueOf(model.beslutsnummer)],
  ];
  head.forEach(([label, value, numFmt], i) => {
    // The label over the first two columns, so "Beslutsnummer" fits whatever the widths.
    worksheet.mergeCells(4 + i, 1, 4 + i, 2);
    const a = worksheet.getCell(4 + i, 1);
    a.value = label;
    a.font = font({ bold: true });
    const b = worksheet.getCell(4 + i, 3);
    b.value = value;
    b.font = font();
    b.alignment = { horizontal: 'left' };
    if (numFmt) b.numFmt = numFmt;
  });

  const headerRow = 9;
  writeHeaderRow(worksheet, headerRow, COLUMNS);
  worksheet.getRow(headerRow).height = 28;
  const last = headerRow + Math.max(model.plan.length, 1);
  if (writesDirectly(direct, model.plan.length)) writeDirectPlan(worksheet, model, headerRow);
  else {
    model.plan.forEach((planRow, i) => {
      const r = headerRow + 1 + i;
      COLUMNS.forEach((column, c) => {
        const cell = worksheet.getCell(r, c + 1);
        cell.value = valueOf(column.value(planRow));
        styleBody(cell, column);
      });
      const band = planRow.risk?.band;
      if (band) styleLevel(worksheet.getCell(r, LEVEL_COLUMN), band.color);
    });
    if (model.plan.length === 0) worksheet.getCell(headerRow + 1, 1).value = M.emptyPlan;
    const wrapped = COLUMNS.map((c, i) => (c.wrap ? i + 1 : 0)).filter((c) => c > 0);
    fitTextWidths(worksheet, headerRow, last, wrapped, BODY_POINTS, MAX_WORD_WIDTH, COLUMNS.length);
    // The plan is a printed page, not a table anything reads back: a word too long for its column gets a hyphen.
    hyphenateColumns(worksheet, headerRow + 1, last, wrapped, BODY_POINTS);
    fitRowHeights(worksheet, headerRow + 1, last, wrapped, BODY_POINTS);
  }
  worksheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
  setPage(worksheet, { lastRow: last, lastColumn: COLUMNS.length, titleRow: headerRow, footer: footerOf(model), points: BODY_POINTS });
}

/**
 * The plan's rows for writeXlsx to write (addDirectBody): the sheet gets one pair of template rows in the
 * plain style and one per level colour the plan uses, and each row the pair of its risk's level.
 */
function writeDirectPlan(worksheet: ExcelJS.Worksheet, model: ReportModel, headerRow: number): void {
  const colors = [...new Set(model.plan.flatMap((p) => (p.risk?.band ? [p.risk.band.color] : [])))];
  const pairOf = new Map(colors.map((color, i) => [color, i + 1]));
  const variants = Uint16Array.from(model.plan, (p) => (p.risk?.band ? pairOf.get(p.risk.band.color)! : 0));
  templateRows(COLUMNS.length, colors.length + 1).forEach((values, t) => {
    const r = headerRow + 1 + t;
    COLUMNS.forEach((column, c) => {
      const cell = worksheet.getCell(r, c + 1);
      cell.value = values[c];
      styleBody(cell, column);
    });
    const pair = Math.floor(t / 2);
    if (pair > 0) styleLevel(worksheet.getCell(r, LEVEL_COLUMN), colors[pair - 1]);
  });
  const body = model.plan.map((planRow) => COLUMNS.map((column) => valueOf(column.value(planRow))));
  addDirectBody(worksheet, { tableName: worksheet.name, headerRow, columns: COLUMNS, body, hyphenate: true, variants, pairs: colors.length + 1 });
}
