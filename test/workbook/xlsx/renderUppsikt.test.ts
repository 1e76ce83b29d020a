import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import {
  countRiskMatrix,
  defaultScale,
  LISTS,
  PRESET_SCALES,
  registerFromRecords,
  scoreRiskCells,
  levelOfScore,
  uppsiktSchema,
  summaryToTable,
  type RiskScale,
} from '../../../src/core';
import { summarizeRegister } from '../../../src/usecases/summarizeRegister';
import { exampleRegister } from '../../../src/usecases/exampleRegister';
import { writeXlsx } from '../../../src/workbook/xlsx';
import { tempDir, writeAndReread } from '../_lib/files';

type TableModel = { table: { name: string; tableRef: string; columns: { name: string }[] } };
const tablesOf = (ws: ExcelJS.Worksheet) => ws.getTables().map((t) => (t as unknown as TableModel).table);
const formulaOf = (cell: ExcelJS.Cell) => (cell.value as ExcelJS.CellFormulaValue).formula;
const resultOf = (cell: ExcelJS.Cell) => (cell.value as ExcelJS.CellFormulaValue).result;

describe.each([
  ['4x4', defaultScale],
  ['5x5', PRESET_SCALES['5x5']],
])('renderUppsikt, example register on the %s scale', (_name, scale: RiskScale) => {
  let book: ExcelJS.Workbook;
  const register = exampleRegister(scale);

  beforeAll(async () => {
    ({ reread: book } = await writeAndReread(register, path.join(tempDir(), 'exempel.xlsx')));
  });

  test('every schema sheet, in order, with its title', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual(uppsiktSchema.sheets.map((s) => s.name));
    for (const spec of uppsiktSchema.sheets) expect(book.getWorksheet(spec.name)!.getCell('A1').value).toBe(spec.title);
  });

  test('every table with its name, position and exact headers', () => {
    for (const sheet of uppsiktSchema.sheets) {
      for (const spec of sheet.tables) {
        const [table] = tablesOf(book.getWorksheet(sheet.name)!);
        expect(table.name).toBe(spec.name);
        expect(table.tableRef.startsWith(`A${spec.headerRow}:`)).toBe(true);
        const header = book.getWorksheet(sheet.name)!.getRow(spec.headerRow).values as unknown[];
        expect(header.slice(1)).toEqual(spec.columns.map((c) => c.header));
        const rows = register.tables[spec.name]!.rows.length;
        expect(Number(/\d+$/.exec(table.tableRef)![0])).toBe(spec.headerRow + Math.max(rows, 1));
      }
    }
  });

  test('drop-downs on every column with a list, pointing at the right source', () => {
    for (const sheet of uppsiktSchema.sheets) {
      const ws = book.getWorksheet(sheet.name)!;
      for (const spec of sheet.tables) {
        spec.columns.forEach((column, c) => {
          const dv = ws.getCell(spec.headerRow + 1, c + 1).dataValidation;
          const below = ws.getCell(spec.headerRow + 400, c + 1).dataValidation;
          if (!column.list) return expect(dv?.type).toBeUndefined();
          expect(below).toEqual(dv);
          if (column.list.kind === 'list') {
            const list = LISTS.find((l) => l.key === (column.list as { list: string }).list)!;
            expect(dv).toMatchObject({ type: 'list', formulae: [list.name] });
          } else if (column.list.kind === 'levels') {
            const levels = (column.list.axis === 'likelihood' ? scale.likelihood : scale.consequence).labels.length;
            expect(dv).toMatchObject({ type: 'whole', operator: 'between', formulae: [1, levels] });
          } else {
            expect(dv).toMatchObject({ type: 'list', formulae: [`INDIRECT("${column.list.table}[Id]")`] });
          }
        });
      }
    }
  });

  test('risk levels are coloured per band', () => {
    const ws = book.getWorksheet('Riskanalys')!;
    const formats = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    const rules = formats.flatMap((cf) => cf.rules) as ExcelJS.CellIsRuleType[];
    expect(rules.map((r) => r.formulae?.[0])).toEqual(scale.bands.map((b) => `"${b.name}"`));
    const fills = rules.map((r) => ((r.style?.fill as ExcelJS.FillPattern).bgColor as { argb: string }).argb);
    expect(fills).toEqual(scale.bands.map((b) => `FF${b.color.slice(1).toUpperCase()}`));
    expect(formats[0].ref).toMatch(/^I4:I\d+$/);
  });

  test('the defined names Skala, UppsiktSchemaversion and each list exist and hold what they should', () => {
    const names = Object.fromEntries((book.definedNames.model as { name: string; ranges: string[] }[]).map((n) => [n.name, n.ranges[0]]));
    expect(Object.keys(names).sort()).toEqual(['Skala', 'UppsiktSchemaversion', ...LISTS.map((l) => l.name)].sort());
    const settings = book.getWorksheet('Inställningar')!;
    const cellAt = (ref: string) => settings.getCell(ref.split('!')[1].split(':')[0].replace(/\$/g, ''));
    expect(cellAt(names.UppsiktSchemaversion).value).toBe(uppsiktSchema.version);
    expect(cellAt(names.Skala).value).toBe('Skala');
    const statusList = names.Lista_Statusar.split('!')[1].replace(/\$/g, '');
    const first = settings.getCell(statusList.split(':')[0]);
    expect(first.value).toBe('Åtgärdad');
  });

  test('computed cells: the formula in file form and the cached result equal to the core', () => {
    const ws = book.getWorksheet('Riskanalys')!;
    register.tables.Risker!.rows.forEach((row, i) => {
      const score = ws.getCell(4 + i, 8);
      expect(formulaOf(score)).toBe('IK.RISKSCORE(Risker[[#This Row],[Sannolikhet]],Risker[[#This Row],[Konsekvens]],Skala)');
      const expected = scoreRiskCells(row.values.sannolikhet ?? null, row.values.konsekvens ?? null, scale).value;
      expect(resultOf(score)).toBe(expected);
      expect(resultOf(ws.getCell(4 + i, 9))).toBe(levelOfScore(expected!, scale).value!.name);
    });
  });

  test('the matrix caches the core counts, highest likelihood on top', () => {
    const ws = book.getWorksheet('Riskmatris')!;
    const rows = register.tables.Risker!.rows;
    const { counts } = countRiskMatrix(
      rows.map((r) => r.values.sannolikhet ?? null),
      rows.map((r) => r.values.konsekvens ?? null),
      scale,
    ).value!;
    const L = scale.likelihood.labels.length;
    const K = scale.consequence.labels.length;
    expect(formulaOf(ws.getCell(6, 3))).toBe('INDEX(IK.RISKMATRIX(Risker[Sannolikhet],Risker[Konsekvens],Skala),1,1)');
    expect(formulaOf(ws.getCell(7, 4))).toBe('INDEX(IK.RISKMATRIX(Risker[Sannolikhet],Risker[Konsekvens],Skala),2,2)');
    for (let r = 0; r < L; r++) {
      for (let k = 0; k < K; k++) {
        const cell = ws.getCell(6 + r, 3 + k);
        expect(resultOf(cell) ?? 0).toBe(counts[L - 1 - r][k]);
      }
    }
    expect(ws.getCell(5 + L, 2).value).toBe(`1 ${scale.likelihood.labels[0]}`);
  });

  test('the summaries reconcile with the number of recommendations', () => {
    const ws = book.getWorksheet('Sammanställning')!;
    const total = register.tables.Rekommendationer!.rows.length;
    const totals: unknown[] = [];
    ws.eachRow((row) => {
      if (resultOf(row.getCell(1)) === 'Totalt') totals.push(resultOf(row.getCell(6)));
    });
    expect(totals).toEqual([total, total]);
  });
});

describe('Sammanställning per nämnd', () => {
  test('counts each recommendation in every nämnd its Mottagare names, as uppsikt summary --by namnd does', async () => {
    const register = registerFromRecords(defaultScale, {
      Risker: [{ id: 'R1', namnd: 'Kultur- och fritidsnämnden', beskrivning: 'Risk', sannolikhet: 2, konsekvens: 2 }],
      Granskningar: [{ id: 'G1', titel: 'Styrning' }],
      Rekommendationer: [
        { id: 'G1-1', granskningId: 'G1', rekommendation: 'A', mottagare: 'Kommunstyrelsen, Socialnämnden' },
        { id: 'G1-2', granskningId: 'G1', rekommendation: 'B', mottagare: 'Samtliga nämnder' },
        { id: 'G1-3', granskningId: 'G1', rekommendation: 'C', mottagare: 'Socialnämnden' },
      ],
      Uppföljningar: [
        { rekommendationId: 'G1-1', omgang: '2025', bedomning: 'Åtgärdad' },
        { rekommendationId: 'G1-2', omgang: '2025', bedomning: 'Delvis åtgärdad' },
      ],
    });
    const { reread } = await writeAndReread(register, path.join(tempDir(), 'pernamnd.xlsx'));
    const ws = reread.getWorksheet('Sammanställning')!;
    const cells: unknown[][] = [];
    const rowNumbers: number[] = [];
    // A cached 0 reads back as no result, as in the matrix test above.
    ws.eachRow((row, n) => rowNumbers.push(n) && cells.push([1, 2, 3, 4, 5, 6].map((c) => row.getCell(c).value && (resultOf(row.getCell(c)) ?? 0))));
    const start = cells.findIndex((row) => row[0] === 'Nämnd');
    const block = cells.slice(start, cells.findIndex((row, i) => i > start && row[0] === 'Totalt') + 1);
    expect(block).toEqual(summaryToTable(summarizeRegister(register, 'namnd').summary, 'Nämnd'));
    expect(block.map((row) => row[0])).toEqual(['Nämnd', 'Kommunstyrelsen', 'Socialnämnden', 'Kultur- och fritidsnämnden', 'Totalt']);
    expect(block[block.length - 1][5]).toBe(3);
    expect(formulaOf(ws.getCell(rowNumbers[start], 1))).toContain('Lista_Namnder,Risker[Nämnd]');
  });
});

describe('renderUppsikt into a user’s workbook', () => {
  test('the user’s sheet is untouched and Uppsikt’s takes a free name that the formulas use', async () => {
    const mine = new ExcelJS.Workbook();
    const ws = mine.addWorksheet('Riskanalys');
    ws.getCell('A1').value = 'Min egen riskanalys';
    ws.getCell('B3').value = 42;
    ws.getCell('C7').value = { formula: '1+1', result: 2 };
    mine.definedNames.add('Riskanalys!$B$3', 'Skala');
    const before = JSON.stringify(ws.getSheetValues());
    const { report, reread } = await writeAndReread(exampleRegister(defaultScale), path.join(tempDir(), 'egen.xlsx'), mine);
    expect(JSON.stringify(reread.getWorksheet('Riskanalys')!.getSheetValues())).toBe(before);
    expect(report.renamed).toEqual([{ schemaSheet: 'Riskanalys', written: 'Riskanalys (Uppsikt)' }]);
    const risks = reread.getWorksheet('Riskanalys (Uppsikt)')!;
    expect(formulaOf(risks.getCell('H4'))).toBe('IK.RISKSCORE(Risker[[#This Row],[Sannolikhet]],Risker[[#This Row],[Konsekvens]],Skala_Uppsikt)');
    expect(reread.worksheets[0].name).toBe('Riskanalys');
  });

  test('text that begins with "=" is written as text, never as a formula', async () => {
    const register = registerFromRecords(defaultScale, { Risker: [{ id: 'R1', beskrivning: '=HYPERLINK("http://example.org","x")', namnd: '=1+1' }] });
    const { reread } = await writeAndReread(register, path.join(tempDir(), 'text.xlsx'));
    const ws = reread.getWorksheet('Riskanalys')!;
    expect(ws.getCell('E4').value).toBe('=HYPERLINK("http://example.org","x")');
    expect(ws.getCell('B4').value).toBe('=1+1');
    expect(ws.getCell('B4').type).toBe(ExcelJS.ValueType.String);
  });
});

describe('writeXlsx', () => {
  test('a failed write leaves neither the target nor a temp file', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'ut.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Blad1');
    // The package is streamed to the file by writeZip: the disk fills up after the first write.
    let writes = 0;
    const full = (real: (...a: unknown[]) => void) =>
      ((...args: unknown[]) => {
        const callback = args[args.length - 1] as (error: Error | null) => void;
        if (++writes === 2) return callback(new Error('disken är full'));
        return real(...args);
      }) as never;
    const spies = [jest.spyOn(fs, 'write').mockImplementation(full(fs.write as never)), jest.spyOn(fs, 'writev').mockImplementation(full(fs.writev as never))];
    await expect(writeXlsx(workbook, target)).rejects.toThrow('disken är full');
    for (const spy of spies) spy.mockRestore();
    expect(fs.readdirSync(dir)).toEqual([]);
    await writeXlsx(workbook, target);
    expect(fs.readdirSync(dir)).toEqual(['ut.xlsx']);
  });
});
