import type ExcelJS from 'exceljs';
import { bandForScore, scoreRisk } from '../../../core';
import type { ReportModel } from '../../../usecases/report/ReportModel';
import { setPage } from '../render/pageSetup';
import { argb, font, footerOf, scopeLine, styleLevel, writeHeading } from './reportStyle';
import { textColorOn } from '../../../core';
import { reportSheetMessagesSv as M } from './messages.sv';

const GRID_ROW = 6;
const GRID_COLUMN = 3;
/** Ids shown in a cell before "… (+n)": a cell stays readable with hundreds of risks. */
const MAX_IDS = 12;

function idsText(ids: readonly string[]): string {
  if (ids.length <= MAX_IDS) return ids.join(', ');
  return `${ids.slice(0, MAX_IDS).join(', ')} … (+${ids.length - MAX_IDS})`;
}

/**
 * Riskmatris on one A4 page: the scale's labels on both axes, highest likelihood at the top, each cell in its
 * level's colour with the count, the level's name (meaning never by colour alone) and the risks' ids; then
 * the legend.
 */
export function renderMatrixSheet(worksheet: ExcelJS.Worksheet, model: ReportModel): void {
  const { scale } = model;
  const L = scale.likelihood.labels.length;
  const K = scale.consequence.labels.length;
  writeHeading(worksheet, M.matrixHeading, scopeLine(model));
  worksheet.getColumn(1).width = 4;
  worksheet.getColumn(2).width = 17;
  for (let k = 0; k < K; k++) worksheet.getColumn(GRID_COLUMN + k).width = K > 4 ? 15 : 16;

  const axis = (cell: ExcelJS.Cell, text: string, more: Partial<ExcelJS.Alignment> = {}) => {
    cell.value = text;
    cell.font = font({ bold: true });
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true, ...more };
  };
  worksheet.mergeCells(GRID_ROW - 2, GRID_COLUMN, GRID_ROW - 2, GRID_COLUMN + K - 1);
  axis(worksheet.getCell(GRID_ROW - 2, GRID_COLUMN), M.consequenceAxis);
  worksheet.mergeCells(GRID_ROW, 1, GRID_ROW + L - 1, 1);
  axis(worksheet.getCell(GRID_ROW, 1), M.likelihoodAxis, { textRotation: 90 });
  scale.consequence.labels.forEach((text, k) => axis(worksheet.getCell(GRID_ROW - 1, GRID_COLUMN + k), `${k + 1} ${text}`));
  worksheet.getRow(GRID_ROW - 1).height = 30;

  const thin: ExcelJS.Border = { style: 'medium', color: { argb: 'FFFFFFFF' } };
  for (let s = L; s >= 1; s--) {
    const r = GRID_ROW + (L - s);
    axis(worksheet.getCell(r, 2), `${s} ${scale.likelihood.labels[s - 1]}`, { horizontal: 'right' });
    worksheet.getRow(r).height = L > 4 ? 62 : 72;
    for (let k = 1; k <= K; k++) {
      const cell = worksheet.getCell(r, GRID_COLUMN + k - 1);
      const band = bandForScore(scale, scoreRisk(scale, s, k));
      const ids = model.matrix[s - 1][k - 1];
      const color = band?.color ?? '#FFFFFF';
      const ink = { argb: argb(textColorOn(color)) };
      cell.value = {
        richText: [
          { text: `${ids.length}`, font: font({ bold: true, size: 14, color: ink }) },
          { text: `\n${band?.name ?? ''}`, font: font({ size: 9, color: ink }) },
          ...(ids.length > 0 ? [{ text: `\n${idsText(ids)}`, font: font({ size: 9, color: ink }) }] : []),
        ],
      };
      if (band) styleLevel(cell, band.color);
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
    }
  }

  let row = GRID_ROW + L + 1;
  const legend = worksheet.getCell(row++, 2);
  legend.value = M.legend;
  legend.font = font({ bold: true });
  for (const band of scale.bands) {
    worksheet.mergeCells(row, 2, row, 3);
    const cell = worksheet.getCell(row++, 2);
    cell.value = M.legendBand(band.name, band.min, band.max);
    styleLevel(cell, band.color, true);
  }
  const note = worksheet.getCell(row++, 2);
  note.value = M.matrixNote(scale.method === 'product');
  note.font = font({ italic: true, size: 9 });
  note.alignment = { wrapText: false };
  setPage(worksheet, { lastRow: row - 1, lastColumn: GRID_COLUMN + K - 1, footer: footerOf(model), onePage: true, points: 9, orientation: K > 5 ? 'landscape' : 'portrait' });
}
