/*
 * The layout lives once (src/workbook/layout): both adapters must write what the plans say, in the same
 * cells, with the same Swedish messages. The Office adapter is driven through the Excel double, the file
 * adapter through ExcelJS.
 */
import ExcelJS from 'exceljs';
import { bandForScore, columnLetters, defaultScale, scoreRisk, tableSpec, type RiskScale } from '../../../src/core';
import { exampleRegister } from '../../../src/usecases/exampleRegister';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { renderUppsikt } from '../../../src/workbook/xlsx';
import { matrixLayout } from '../../../src/workbook/layout/matrixLayout';
import { SPARE_ROWS, tableLayout } from '../../../src/workbook/layout/tableLayout';
import { summaryLayout } from '../../../src/workbook/layout/summaryLayout';
import { uppsiktNames } from '../../../src/workbook/layout/uppsiktNames';
import { FakeWorkbook } from '../office/_lib/fakeExcel';

// A grid scale whose colours differ from a product's: only a matrix scored by the core gets them right.
const gridScale: RiskScale = {
  ...defaultScale,
  method: 'grid',
  grid: [
    [1, 1, 2, 4],
    [1, 2, 4, 9],
    [2, 4, 9, 12],
    [4, 9, 12, 16],
  ],
};
const register = exampleRegister(gridScale);
const names = uppsiktNames({ sheets: [], tables: [], definedNames: [] });
const a1 = (row: number, column: number) => `${columnLetters(column)}${row + 1}`;

describe('the shared layout plans', () => {
  let fake: FakeWorkbook;
  let book: ExcelJS.Workbook;

  beforeAll(async () => {
    fake = new FakeWorkbook();
    await new OfficeWorkbook(fake.run, {}).createStructure(register);
    book = new ExcelJS.Workbook();
    renderUppsikt(book, register, { today: 46000 });
  });

  test('matrixLayout scores and colours every cell through the core, highest likelihood on top, grid at C6', () => {
    const matrix = matrixLayout(register, names);
    expect(a1(matrix.top, matrix.left)).toBe('C6');
    expect(a1(matrix.consequenceTitle.row, matrix.consequenceTitle.column)).toBe('C4');
    expect(matrix.cells).toHaveLength(16);
    for (const cell of matrix.cells) {
      expect(cell.row).toBe(matrix.top + 4 - cell.likelihood);
      expect(cell.score).toBe(scoreRisk(gridScale, cell.likelihood, cell.consequence));
      expect(cell.fill).toBe(bandForScore(gridScale, cell.score)?.color);
    }
    // Likelihood 2, consequence 4 scores 9 (Hög) on this grid; a product (8) would colour it Medel.
    expect(matrix.cells.find((c) => c.likelihood === 2 && c.consequence === 4)?.fill).toBe(bandForScore(gridScale, 9)?.color);
  });

  test("both adapters put the matrix where the plan says, with the plan's colours", () => {
    const matrix = matrixLayout(register, names);
    const office = fake.sheet('Riskmatris')!;
    const file = book.getWorksheet('Riskmatris')!;
    expect(office.get(matrix.top, matrix.left)?.formula).toBe(`=${matrix.formula}`);
    expect((file.getCell(matrix.top + 1, matrix.left + 1).value as ExcelJS.CellFormulaValue).formula).toBe(`INDEX(${matrix.formula},1,1)`);
    for (const text of [matrix.consequenceTitle, matrix.likelihoodTitle, ...matrix.consequenceLabels, ...matrix.likelihoodLabels]) {
      expect(office.get(text.row, text.column)?.value).toBe(text.text);
      expect(file.getCell(text.row + 1, text.column + 1).value).toBe(text.text);
    }
    for (const cell of matrix.cells) {
      const fill = office.formats
        .filter((f) => f.address === `${a1(cell.row, cell.column)}:${a1(cell.row, cell.column)}`)
        .map((f) => f.format['fill.color'])
        .filter((c) => c !== undefined);
      expect(fill).toEqual([cell.fill]);
      expect((file.getCell(cell.row + 1, cell.column + 1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${cell.fill!.slice(1).toUpperCase()}`);
    }
  });

  test('both adapters write every drop-down of the plan, with its Swedish messages, over the body and the spare rows', () => {
    const spec = tableSpec('Risker');
    const layout = tableLayout(spec, register, names, register.tables.Risker!.rows.length);
    expect(layout.lastRow - layout.firstRow + 1).toBe(register.tables.Risker!.rows.length + SPARE_ROWS);
    const office = fake.sheet('Riskanalys')!;
    const fileValidations = (book.getWorksheet('Riskanalys') as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    const planned = layout.columns.flatMap((column, c) => (column.validation ? [{ c, plan: column.validation }] : []));
    expect(planned.length).toBeGreaterThan(3);
    for (const { c, plan } of planned) {
      const range = `${a1(layout.firstRow, c)}:${a1(layout.lastRow, c)}`;
      const inExcel = office.validations.find((v) => v.address === range);
      expect(inExcel?.errorAlert).toEqual({ showAlert: true, style: plan.style === 'stop' ? 'Stop' : 'Warning', title: plan.title, message: plan.message });
      const inFile = fileValidations[`range:${range}`] ?? fileValidations[range];
      expect(inFile).toMatchObject({ errorTitle: plan.title, error: plan.message, errorStyle: plan.style });
      if (plan.kind === 'wholeNumber') expect(inFile.formulae).toEqual([plan.min, plan.max]);
      else expect(inFile.formulae).toEqual([plan.source]);
    }
    expect(planned.map(({ plan }) => plan.message)).toContain('Ange ett heltal 1–4 (skalan på Inställningar).');
  });

  test('the summary blocks hold the same formulas in Excel (side by side) and in a file (stacked)', () => {
    const summary = summaryLayout(register, names);
    const office = fake.sheet('Sammanställning')!;
    const file = book.getWorksheet('Sammanställning')!;
    expect([office.get(3, 0)?.value, office.get(3, 7)?.value, office.get(3, 14)?.value]).toEqual([...summary.blocks.map((b) => b.title), summary.levels.title]);
    expect([office.get(4, 0)?.formula, office.get(4, 7)?.formula]).toEqual(summary.blocks.map((b) => `=${b.formula}`));
    const fileFormulas = new Set<string>();
    file.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as ExcelJS.CellFormulaValue;
        if (value && typeof value === 'object' && 'formula' in value) fileFormulas.add(value.formula.replace(/^INDEX\((.*),\d+,\d+\)$/, '$1'));
      }),
    );
    for (const block of summary.blocks) expect(fileFormulas).toContain(block.formula);
    for (const level of summary.levels.rows) expect(fileFormulas).toContain(level.formula);
  });
});
