import ExcelJS from 'exceljs';
import { adoptWorkbook, defaultScale, uppsiktSchema } from '../../../src/core';
import { exampleRegister } from '../../../src/usecases/exampleRegister';
import { readXlsx, XlsxWorkbook } from '../../../src/workbook/xlsx';
import { TODAY } from '../_lib/files';

jest.setTimeout(120_000);

const options = { today: () => TODAY };

describe('XlsxWorkbook made with create()', () => {
  test('createStructure fills an empty workbook; save writes a file ExcelJS and readXlsx read back', async () => {
    const workbook = await XlsxWorkbook.create(options);
    const register = exampleRegister(defaultScale);
    expect(workbook.hasUnsavedChanges).toBe(false);
    const result = await workbook.createStructure(register);
    expect(result.sheets).toEqual(uppsiktSchema.sheets.map((s) => s.name));
    expect(workbook.hasUnsavedChanges).toBe(true);
    expect((await workbook.planStructure(register)).add).toEqual([]);

    const bytes = await workbook.save();
    expect(workbook.hasUnsavedChanges).toBe(false);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(reread.worksheets.map((w) => w.name)).toEqual(uppsiktSchema.sheets.map((s) => s.name));
    const { register: back } = adoptWorkbook(await readXlsx(Buffer.from(bytes)));
    expect(back.tables.Risker!.rows.map((r) => r.values.id)).toEqual(register.tables.Risker!.rows.map((r) => r.values.id));
    // Computed cells carry their values in the file.
    const risk = reread.getWorksheet('Riskanalys')!.getCell('H4').value as ExcelJS.CellFormulaValue;
    expect(risk.formula).toMatch(/^IK\.RISKSCORE\(/);
    expect(typeof risk.result).toBe('number');
  });

  test('applyEdits appends rows (formula and value in computed columns, text stays text) and changes a cell', async () => {
    const workbook = await XlsxWorkbook.create(options);
    await workbook.createStructure(exampleRegister(defaultScale));
    const calls: number[] = [];
    const stop = await workbook.onChanged(() => calls.push(1));
    const before = adoptWorkbook(await workbook.read()).register.tables.Uppföljningar!.rows.length;
    await workbook.applyEdits({
      append: [{ table: 'Uppföljningar', rows: [{ rekommendationId: 'G1-1', omgang: '2027', bedomning: 'Åtgärdad', kommentar: '=HYPERLINK("x")' }] }],
      update: [{ sheet: 'Riskanalys', row: 3, column: 4, value: 'Ny beskrivning' }],
    });
    stop();
    expect(calls).toEqual([1]);
    const snapshot = await workbook.read();
    const { register } = adoptWorkbook(snapshot);
    const rows = register.tables.Uppföljningar!.rows;
    expect(rows).toHaveLength(before + 1);
    expect(rows[rows.length - 1].values).toMatchObject({ rekommendationId: 'G1-1', omgang: '2027', bedomning: 'Åtgärdad', kommentar: '=HYPERLINK("x")' });
    const sheet = snapshot.sheets.find((s) => s.name === 'Uppföljning')!;
    expect(sheet.formulas?.[rows[rows.length - 1].row]?.some((f) => f !== null) ?? false).toBe(false); // the text is no formula
    expect(register.tables.Risker!.rows[0].values.beskrivning).toBe('Ny beskrivning');
    const recs = snapshot.sheets.find((s) => s.name === 'Rekommendationer')!;
    const g11 = register.tables.Rekommendationer!.rows.find((r) => r.values.id === 'G1-1')!;
    const verdict = g11.columns.senasteBedomning;
    expect(recs.formulas?.[g11.row]?.[verdict]).toMatch(/IK\.LATESTVERDICT/);
    expect(recs.values[g11.row][verdict]).toBe('Åtgärdad'); // the cached value follows the new round
  });

  test('select records the sheet and cell; a missing sheet or table gets a Swedish error', async () => {
    const workbook = await XlsxWorkbook.create(options);
    await workbook.createStructure(exampleRegister(defaultScale));
    await workbook.select('riskanalys', 'F7');
    expect(workbook.lastSelection).toEqual({ sheet: 'Riskanalys', cell: 'F7' });
    await expect(workbook.select('Saknas', 'A1')).rejects.toThrow('Fliken Saknas finns inte i arbetsboken.');
    const empty = await XlsxWorkbook.create(options);
    await expect(empty.applyEdits({ append: [{ table: 'Uppföljningar', rows: [{ rekommendationId: 'G1-1' }] }], update: [] })).rejects.toThrow(
      'Tabellen Uppföljningar finns inte i arbetsboken; skapa strukturen under Skapa / uppgradera först.',
    );
  });
});

describe('XlsxWorkbook.open', () => {
  test('refuses what is not a workbook with a Swedish sentence', async () => {
    await expect(XlsxWorkbook.open(new TextEncoder().encode('Id;Risk\n1;Brand\n'), options)).rejects.toThrow('Filen är ingen Excel-arbetsbok');
    await expect(XlsxWorkbook.open(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), options)).rejects.toThrow('gammal Excel-fil (.xls)');
  });

  test('a workbook nothing was written to is saved as it was opened', async () => {
    const made = await XlsxWorkbook.create(options);
    await made.createStructure(exampleRegister(defaultScale));
    const bytes = await made.save();
    const opened = await XlsxWorkbook.open(bytes, options);
    expect(Buffer.from(await opened.save()).equals(Buffer.from(bytes))).toBe(true);
  });
});
