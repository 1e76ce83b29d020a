import type ExcelJS from 'exceljs';
import { bandForScore, countRiskMatrix, SCALE_NAME, scoreRisk, type RegisterData } from '../../../core';
import { textColorOn } from '../../layout/conditionalFormats';
import type { UppsiktNames } from '../../layout/uppsiktNames';
import { argb, fillIndexedFormula, label } from './sheetText';
import { workingFooter } from '../../layout/printLayout';
import { setPage } from './pageSetup';
import type { WrittenTable } from './tableSheet';

/** First grid cell (1-based row, column): labels sit left of and above it. */
const GRID_ROW = 6;
const GRID_COLUMN = 3;

/**
 * Riskmatris: IK.RISKMATRIX over the risks (one INDEX per cell, see fillIndexedFormula), drawn as a riskmatris is drawn (highest
 * likelihood on top, consequence increasing to the right), each cell filled with its risk level's colour,
 * with the counts cached from the core.
 */
export function renderMatrixSheet(worksheet: ExcelJS.Worksheet, register: RegisterData, names: UppsiktNames, written: ReadonlyMap<string, WrittenTable>): void {
  const { scale } = register;
  const L = scale.likelihood.labels.length;
  const K = scale.consequence.labels.length;
  const risks = written.get('Risker')!;
  const counted = countRiskMatrix(risks.values.get('sannolikhet') ?? [], risks.values.get('konsekvens') ?? [], scale);
  // Invalid levels make IK.RISKMATRIX return #VALUE!; the cache says the same, never a partial count.
  const valid = counted.value !== undefined && counted.issues.every((i) => i.severity !== 'error');
  const top = (s: number) => GRID_ROW + (L - s); // likelihood s (1-based) → sheet row

  label(worksheet.getCell(GRID_ROW - 2, GRID_COLUMN), 'Konsekvens →');
  label(worksheet.getCell(GRID_ROW - 1, GRID_COLUMN - 1), 'Sannolikhet ↓');
  scale.consequence.labels.forEach((text, k) => label(worksheet.getCell(GRID_ROW - 1, GRID_COLUMN + k), `${k + 1} ${text}`));
  scale.likelihood.labels.forEach((text, s) => label(worksheet.getCell(top(s + 1), GRID_COLUMN - 1), `${s + 1} ${text}`));

  const table = risks.name;
  const formula = `IK.RISKMATRIX(${table}[Sannolikhet],${table}[Konsekvens],${names.definedNames.get(SCALE_NAME)})`;
  const results = Array.from({ length: L }, (_, r) =>
    Array.from({ length: K }, (_, k): ExcelJS.CellFormulaValue['result'] => (valid ? counted.value!.counts[L - 1 - r][k] : { error: '#VALUE!' })),
  );
  fillIndexedFormula(worksheet, GRID_ROW, GRID_COLUMN, formula, results);

  for (let s = 1; s <= L; s++) {
    for (let k = 1; k <= K; k++) {
      const cell = worksheet.getCell(top(s), GRID_COLUMN + k - 1);
      const band = bandForScore(scale, scoreRisk(scale, s, k));
      if (band) {
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(band.color) } };
        cell.font = { bold: true, color: { argb: argb(textColorOn(band.color)) } };
      }
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
      cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
    }
  }
  worksheet.getColumn(GRID_COLUMN - 1).width = 22;
  for (let k = 0; k < K; k++) worksheet.getColumn(GRID_COLUMN + k).width = 16;
  const legendRow = GRID_ROW + L + 1;
  label(worksheet.getCell(legendRow, GRID_COLUMN - 1), 'Risknivåer');
  scale.bands.forEach((band, i) => {
    const cell = worksheet.getCell(legendRow + 1 + i, GRID_COLUMN - 1);
    cell.value = `${band.name} (${band.min}–${band.max})`;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(band.color) } };
    cell.font = { color: { argb: argb(textColorOn(band.color)) } };
  });
  setPage(worksheet, { lastRow: legendRow + scale.bands.length, lastColumn: GRID_COLUMN + K - 1, footer: workingFooter(register.lists.namnder), onePage: true, points: 11, orientation: K > 5 ? 'landscape' : 'portrait' });
}
