import type ExcelJS from 'exceljs';

/** A1 title and A2 description, as on every Uppsikt sheet. */
export function writeTitle(worksheet: ExcelJS.Worksheet, title: string, description: string): void {
  const a1 = worksheet.getCell('A1');
  a1.value = title;
  a1.font = { bold: true, size: 14, color: { argb: 'FF1F4E79' } };
  const a2 = worksheet.getCell('A2');
  a2.value = description;
  a2.font = { italic: true, color: { argb: 'FF595959' } };
}

/** ExcelJS wants ARGB; the schema and scale use #RRGGBB. */
export const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

/** A bold label cell. */
export function label(cell: ExcelJS.Cell, text: string): void {
  cell.value = text;
  cell.font = { bold: true };
}

/** Absolute A1 address of a 0-based cell, e.g. $B$4. */
export function absolute(row: number, column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `$${letters}$${row + 1}`;
}

/*
 * A table-valued IK function laid out in a file: one INDEX(...) formula per cell with its cached result, not
 * an array formula. LibreOffice recalculates array formulas on load (an IK function then shows #NAME?) but
 * keeps cached results of ordinary ones, and Excel without the add-in shows the cache too. In Excel, the
 * Office adapter writes one spilling formula instead, which grows with the data.
 */
export function fillIndexedFormula(
  worksheet: ExcelJS.Worksheet,
  top: number,
  left: number,
  formula: string,
  results: readonly (readonly ExcelJS.CellFormulaValue['result'][])[],
): void {
  results.forEach((row, r) =>
    row.forEach((result, c) => {
      worksheet.getCell(top + r, left + c).value = { formula: `INDEX(${formula},${r + 1},${c + 1})`, result } as ExcelJS.CellFormulaValue;
    }),
  );
}
