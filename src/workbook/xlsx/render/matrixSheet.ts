import type ExcelJS from 'exceljs';
import { countRiskMatrix, type RegisterData } from '../../../core';
import { matrixLayout, type PlacedText } from '../../layout/matrixLayout';
import type { UppsiktNames } from '../../layout/uppsiktNames';
import { argb, fillIndexedFormula, label } from './sheetText';
import { workingFooter } from '../../layout/printLayout';
import { setPage } from './pageSetup';
import type { WrittenTable } from './tableSheet';

/**
 * Riskmatris as placed by matrixLayout: IK.RISKMATRIX over the risks (one INDEX per cell, see
 * fillIndexedFormula), each cell filled with its risk level's colour, with the counts cached from the core.
 */
export function renderMatrixSheet(worksheet: ExcelJS.Worksheet, register: RegisterData, names: UppsiktNames, written: ReadonlyMap<string, WrittenTable>): void {
  const { scale } = register;
  const matrix = matrixLayout(register, names);
  const { rows: L, columns: K } = matrix;
  const risks = written.get('Risker')!;
  const counted = countRiskMatrix(risks.values.get('sannolikhet') ?? [], risks.values.get('konsekvens') ?? [], scale);
  // Invalid levels make IK.RISKMATRIX return #VALUE!; the cache says the same, never a partial count.
  const valid = counted.value !== undefined && counted.issues.every((i) => i.severity !== 'error');
  const cellAt = (text: PlacedText) => worksheet.getCell(text.row + 1, text.column + 1);

  label(cellAt(matrix.consequenceTitle), matrix.consequenceTitle.text);
  label(cellAt(matrix.likelihoodTitle), matrix.likelihoodTitle.text);
  for (const text of [...matrix.consequenceLabels, ...matrix.likelihoodLabels]) label(cellAt(text), text.text);

  const results = Array.from({ length: L }, (_, r) =>
    Array.from({ length: K }, (_, k): ExcelJS.CellFormulaValue['result'] => (valid ? counted.value!.counts[L - 1 - r][k] : { error: '#VALUE!' })),
  );
  fillIndexedFormula(worksheet, matrix.top + 1, matrix.left + 1, matrix.formula, results);

  for (const planned of matrix.cells) {
    const cell = worksheet.getCell(planned.row + 1, planned.column + 1);
    if (planned.fill && planned.font) {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(planned.fill) } };
      cell.font = { bold: true, color: { argb: argb(planned.font) } };
    }
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  }
  for (const { column, width } of matrix.widths) worksheet.getColumn(column + 1).width = width;
  label(cellAt(matrix.legendTitle), matrix.legendTitle.text);
  for (const band of matrix.legend) {
    const cell = cellAt(band);
    cell.value = band.text;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(band.fill) } };
    cell.font = { color: { argb: argb(band.font) } };
  }
  const last = matrix.legend[matrix.legend.length - 1] ?? matrix.legendTitle;
  setPage(worksheet, {
    lastRow: last.row + 1,
    lastColumn: matrix.left + K,
    footer: workingFooter(register.lists.namnder),
    onePage: true,
    points: 11,
    orientation: K > 5 ? 'landscape' : 'portrait',
  });
}
