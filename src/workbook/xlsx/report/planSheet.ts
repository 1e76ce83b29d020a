import type ExcelJS from 'exceljs';
import { isBlank, type CellValue } from '../../../core';
import type { PlanRow, ReportModel } from '../../../usecases/report/ReportModel';
import { fitRowHeights, setPage } from '../render/pageSetup';
import { BODY_POINTS, font, footerOf, styleBody, styleLevel, valueOf, writeHeaderRow, writeHeading, type ColumnDef } from './reportStyle';

const COLUMNS: (ColumnDef & { value: (row: PlanRow) => CellValue })[] = [
  { header: 'Process/rutin', width: 10, wrap: true, value: (r) => r.risk?.process ?? null },
  { header: 'Risk', width: 17, wrap: true, value: (r) => riskText(r) },
  { header: 'Riskvärde', width: 9, numeric: true, value: (r) => r.risk?.riskvarde ?? null },
  { header: 'Risknivå', width: 8, value: (r) => r.risk?.band?.name ?? null },
  { header: 'Kontrollmoment', width: 17, wrap: true, value: (r) => (isBlank(r.kontrollmoment) && isBlank(r.kontrollId) ? 'Inget kontrollmoment' : withId(r.kontrollId, r.kontrollmoment)) },
  { header: 'Kontroll-\nmetod', width: 13, wrap: true, value: (r) => r.kontrollmetod },
  { header: 'Kontroll-\nansvarig', width: 14, wrap: true, value: (r) => r.kontrollansvarig },
  { header: 'Frekvens', width: 10, wrap: true, value: (r) => r.frekvens },
  { header: 'Rapporteras\ntill', width: 14, wrap: true, value: (r) => r.rapporterasTill },
  { header: 'Tidpunkt', width: 8, wrap: true, value: (r) => r.tidpunkt },
  { header: 'Utfall', width: 11, wrap: true, value: (r) => r.utfall },
  { header: 'Avvikelser/\nåtgärder', width: 11, wrap: true, value: (r) => r.avvikelse },
];

function withId(id: CellValue, text: CellValue): string {
  const t = isBlank(text) ? '' : String(text);
  return isBlank(id) ? t : `${String(id)}: ${t}`;
}

function riskText(row: PlanRow): string {
  if (!row.risk) return isBlank(row.riskId) ? '' : `${String(row.riskId)} (finns inte i riskanalysen)`;
  const shared = row.risk.kommungemensam ? ' (kommungemensam)' : '';
  return `${withId(row.risk.id, row.risk.beskrivning)}${shared}`;
}

/**
 * Internkontrollplan: the head a nämnd adopts (år, nämnd, fastställd, beslutsnummer) and the plan table,
 * highest risk first, with each control's risk, level, utfall and avvikelser; risks without a control are
 * listed too, so nothing in the riskanalys is left out.
 */
export function renderPlanSheet(worksheet: ExcelJS.Worksheet, model: ReportModel): void {
  COLUMNS.forEach((c, i) => (worksheet.getColumn(i + 1).width = c.width));
  writeHeading(worksheet, `Internkontrollplan ${model.year}`, model.namnd ? model.namnd : 'Samtliga nämnder');
  const head: [string, ExcelJS.CellValue, string?][] = [
    ['År', String(model.year)],
    ['Nämnd', model.scope],
    ['Fastställd', isBlank(model.faststalld) ? '–' : model.faststalld instanceof Date ? model.faststalld.toISOString().slice(0, 10) : valueOf(model.faststalld)],
    ['Beslutsnummer', isBlank(model.beslutsnummer) ? '–' : valueOf(model.beslutsnummer)],
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
  model.plan.forEach((planRow, i) => {
    const r = headerRow + 1 + i;
    COLUMNS.forEach((column, c) => {
      const cell = worksheet.getCell(r, c + 1);
      cell.value = valueOf(column.value(planRow));
      styleBody(cell, column);
    });
    const band = planRow.risk?.band;
    if (band) styleLevel(worksheet.getCell(r, 4), band.color);
  });
  const last = headerRow + Math.max(model.plan.length, 1);
  if (model.plan.length === 0) worksheet.getCell(headerRow + 1, 1).value = 'Inga risker eller kontrollmoment.';
  const wrapped = COLUMNS.map((c, i) => (c.wrap ? i + 1 : 0)).filter((c) => c > 0);
  fitRowHeights(worksheet, headerRow + 1, last, wrapped, BODY_POINTS);
  worksheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
  setPage(worksheet, { lastRow: last, lastColumn: COLUMNS.length, titleRow: headerRow, footer: footerOf(model), points: BODY_POINTS });
}
