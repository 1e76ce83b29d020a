import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
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
    // Only the caller knows the bytes reached a file.
    expect(workbook.hasUnsavedChanges).toBe(true);
    workbook.markSaved();
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
    await expect(empty.save()).rejects.toThrow('Arbetsboken har inga flikar ännu och kan inte sparas');
    await expect(empty.applyEdits({ append: [{ table: 'Uppföljningar', rows: [{ rekommendationId: 'G1-1' }] }], update: [] })).rejects.toThrow(
      'Tabellen Uppföljningar finns inte i arbetsboken; skapa strukturen under Skapa / uppgradera först.',
    );
  });
});

describe('XlsxWorkbook.open', () => {
  test('refuses what is not a workbook with a Swedish sentence', async () => {
    await expect(XlsxWorkbook.open(new TextEncoder().encode('Id;Risk\n1;Brand\n'), options)).rejects.toThrow('Filen är ingen Excel-arbetsbok');
    await expect(XlsxWorkbook.open(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), options)).rejects.toThrow(
      'Filen är i Microsofts äldre filformat (till exempel .xls från Excel 97–2003), inte .xlsx.',
    );
    await expect(XlsxWorkbook.open(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), options)).rejects.toMatchObject({ code: 'xlsx.oldXls' });
    await expect(XlsxWorkbook.open(new TextEncoder().encode('Id;Risk\n'), options)).rejects.toMatchObject({ code: 'xlsx.notAWorkbook' });
  });

  test('a workbook nothing was written to is saved as it was opened', async () => {
    const made = await XlsxWorkbook.create(options);
    await made.createStructure(exampleRegister(defaultScale));
    const bytes = await made.save();
    const opened = await XlsxWorkbook.open(bytes, options);
    expect(Buffer.from(await opened.save()).equals(Buffer.from(bytes))).toBe(true);
  });
});

/** An Uppsikt workbook saved by XlsxWorkbook, changed with ExcelJS as a user might have in Excel, opened again. */
async function edited(change: (workbook: ExcelJS.Workbook) => void): Promise<XlsxWorkbook> {
  const made = await XlsxWorkbook.create(options);
  await made.createStructure(exampleRegister(defaultScale));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await made.save()) as unknown as ArrayBuffer);
  change(workbook);
  return XlsxWorkbook.open(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer), options);
}

const followUp = { append: [{ table: 'Uppföljningar', rows: [{ rekommendationId: 'G1-1', omgang: '2027', bedomning: 'Åtgärdad' }] }], update: [] };

describe('XlsxWorkbook: unsaved changes', () => {
  test('a write made after save() stays unsaved when markSaved() comes', async () => {
    const workbook = await XlsxWorkbook.create(options);
    const register = exampleRegister(defaultScale);
    await workbook.createStructure(register);
    await workbook.save();
    // The user adds a row while the file is being written.
    await workbook.applyEdits({
      append: [{ table: 'Rekommendationer', rows: [{ id: 'G9-1', granskningId: 'G9', nr: 1, rekommendation: 'Inför en rutin.', mottagare: 'Kommunstyrelsen' }] }],
      update: [],
    });
    workbook.markSaved();
    expect(workbook.hasUnsavedChanges).toBe(true);
    await workbook.save();
    workbook.markSaved();
    expect(workbook.hasUnsavedChanges).toBe(false);
  });

  test('markSaved() without a save() marks nothing saved', async () => {
    const workbook = await XlsxWorkbook.create(options);
    await workbook.createStructure(exampleRegister(defaultScale));
    workbook.markSaved();
    expect(workbook.hasUnsavedChanges).toBe(true);
  });
});

describe('XlsxWorkbook refuses, before changing anything, what would lose a user’s work on save', () => {
  test('cells outside the tables on Uppsikt’s sheets, named by sheet and cell', async () => {
    const workbook = await edited((w) => void (w.getWorksheet('Uppföljning')!.getCell('H8').value = 'min anteckning'));
    const before = await workbook.read();
    await expect(workbook.applyEdits(followUp)).rejects.toThrow(/Uppsikts flikar har celler utanför tabellerna \(Uppföljning!H8\).*inget har ändrats i arbetsboken\./);
    await expect(workbook.writeScale(defaultScale)).rejects.toMatchObject({ code: 'xlsx.cellsOutside', params: { cells: ['Uppföljning!H8'] } });
    expect(await workbook.read()).toEqual(before);
    expect(workbook.hasUnsavedChanges).toBe(false);
  });

  test('a formula of the user’s inside a table, named by sheet and cell', async () => {
    const workbook = await edited((w) => void (w.getWorksheet('Riskanalys')!.getCell('E4').value = { formula: 'UPPER("brand")', result: 'BRAND' } as ExcelJS.CellFormulaValue));
    await expect(workbook.applyEdits(followUp)).rejects.toThrow(/egna formler \(Riskanalys!E4\)/);
    await expect(workbook.applyEdits(followUp)).rejects.toMatchObject({ code: 'xlsx.ownFormulas', params: { cells: ['Riskanalys!E4'] } });
  });

  test('a workbook made by a newer Uppsikt', async () => {
    const workbook = await edited((w) => void (w.getWorksheet('Inställningar')!.getCell('B4').value = 9));
    await expect(workbook.applyEdits(followUp)).rejects.toThrow('Arbetsboken är gjord med en nyare version av Uppsikt (schemaversion 9');
    await expect(workbook.applyEdits(followUp)).rejects.toMatchObject({ code: 'xlsx.newerSchema', params: { found: 9 } });
  });

  test('a chart on one of Uppsikt’s sheets, named with the sheet', async () => {
    const fixture = new Uint8Array(fs.readFileSync(path.join(__dirname, '../../fixtures/workbooks/egen-med-delar.xlsx')));
    const adopted = await XlsxWorkbook.open(fixture, options);
    await adopted.createStructure(adoptWorkbook(await adopted.read()).register);
    const zip = await JSZip.loadAsync(await adopted.save());
    const book = await zip.file('xl/workbook.xml')!.async('string');
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    const relId = /<sheet [^>]*name="Riskanalys"[^>]*r:id="(\w+)"/.exec(book)![1];
    const target = new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${relId}"`).exec(rels)!;
    const sheetRels = `xl/${target[1] ?? target[2]}`.replace('worksheets/', 'worksheets/_rels/') + '.rels';
    const text =
      (await zip.file(sheetRels)?.async('string')) ?? '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    zip.file(
      sheetRels,
      text.replace(
        '</Relationships>',
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>',
      ),
    );
    const workbook = await XlsxWorkbook.open(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), options);
    await expect(workbook.applyEdits(followUp)).rejects.toThrow(
      'Fliken Riskanalys har ett diagram som skulle försvinna. Uppsikt skriver om sina egna flikar och kan inte behålla sådant på dem. ' +
        'Flytta det till en egen flik och försök igen; inget har ändrats i arbetsboken.',
    );
    await expect(workbook.applyEdits(followUp)).rejects.toMatchObject({ code: 'xlsx.wouldLose', params: { losses: [{ sheet: 'Riskanalys', what: 'ett diagram' }] } });
  });

  test('a cell outside Uppsikt’s tables or in a computed column is not changed', async () => {
    const workbook = await XlsxWorkbook.create(options);
    await workbook.createStructure(exampleRegister(defaultScale));
    await expect(workbook.applyEdits({ append: [], update: [{ sheet: 'Riskanalys', row: 0, column: 5, value: 'x' }] })).rejects.toThrow(
      'Riskanalys!F1 ligger inte i någon av Uppsikts tabeller',
    );
    await expect(workbook.applyEdits({ append: [], update: [{ sheet: 'Riskanalys', row: 3, column: 7, value: 5 }] })).rejects.toThrow('Riskanalys!H4 är en beräknad kolumn');
    await expect(workbook.applyEdits({ append: [], update: [{ sheet: 'Saknas', row: 3, column: 7, value: 5 }] })).rejects.toThrow('Fliken Saknas finns inte i arbetsboken.');
  });
});
