import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { adoptWorkbook, uppsiktSchema } from '../../../src/core';
import { readXlsx, XlsxWorkbook } from '../../../src/workbook/xlsx';
import { changedParts, kindsIn } from '../xlsx/_lib/packageParts';
import { TODAY } from './_lib/adapters';

/*
 * A user's workbook with a chart, a pivot table, a picture and an external link (test/fixtures/workbooks),
 * through XlsxWorkbook as the task pane's file mode uses it: open, create the structure, import rows, save;
 * then open the saved file, start a round, save again. Every part of the user's comes out byte for byte.
 */

jest.setTimeout(240_000);

const FIXTURES = path.join(__dirname, '../../fixtures/workbooks');
const USER_SHEETS = ['Risker', 'Budget', 'Data', 'Pivot', 'Bild', 'Länk'];
const options = { today: () => TODAY };

async function partsOf(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) parts.set(entry.name, await entry.async('nodebuffer'));
  return parts;
}

async function sheetParts(bytes: Uint8Array, names: readonly string[]): Promise<Set<string>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const owned = new Set<string>();
  for (const name of names) {
    const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(xml)?.[1];
    const target = id && new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    if (target) owned.add(`xl/${target.replace(/^\/?xl\//, '')}`);
  }
  return owned;
}

describe.each([
  ['egen-med-delar.xlsx', ['diagram', 'ritning', 'bild', 'pivottabell', 'pivotcache', 'extern länk']],
  ['egen-med-makro.xlsm', ['diagram', 'ritning', 'bild', 'pivottabell', 'pivotcache', 'extern länk', 'makron']],
])('XlsxWorkbook round trip on %s (a chart, pivot table, picture, link)', (fixture, kinds) => {
  const FIXTURE = path.join(FIXTURES, fixture);
  const original = new Uint8Array(fs.readFileSync(FIXTURE));
  let first: Uint8Array;
  let second: Uint8Array;

  beforeAll(async () => {
    const workbook = await XlsxWorkbook.open(original, options);
    const { register } = adoptWorkbook(await workbook.read());
    await workbook.createStructure(register);
    await workbook.applyEdits({
      append: [{ table: 'Rekommendationer', rows: [{ id: 'G9-1', granskningId: 'G9', nr: 1, rekommendation: 'Inför en rutin.', mottagare: 'Kommunstyrelsen' }] }],
      update: [],
    });
    expect(workbook.hasUnsavedChanges).toBe(true);
    first = await workbook.save();
    workbook.markSaved();
    expect(workbook.hasUnsavedChanges).toBe(false);

    const again = await XlsxWorkbook.open(first, options);
    await again.applyEdits({ append: [{ table: 'Uppföljningar', rows: [{ rekommendationId: 'G9-1', omgang: '2027', bedomning: 'Ej åtgärdad' }] }], update: [] });
    second = await again.save();
  });

  test('every part of the user’s is byte for byte the original’s, after both saves', async () => {
    const before = await partsOf(original);
    expect(kindsIn(before)).toEqual(kinds);
    expect(changedParts(before, await partsOf(first))).toEqual([]);
    // The second save writes Uppsikt's sheets again in place; the user's parts are still the original's.
    const owned = await sheetParts(
      first,
      uppsiktSchema.sheets.map((s) => s.name),
    );
    expect(owned.size).toBe(uppsiktSchema.sheets.length);
    expect(changedParts(before, await partsOf(second))).toEqual([]);
    expect(
      [
        ...(await sheetParts(
          second,
          uppsiktSchema.sheets.map((s) => s.name),
        )),
      ].sort(),
    ).toEqual([...owned].sort());
  });

  test('ExcelJS reads the saved files, with the user’s sheets first and Uppsikt’s after them', async () => {
    for (const bytes of [first, second]) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((w) => w.name)).toEqual([...USER_SHEETS, ...uppsiktSchema.sheets.map((s) => s.name)]);
    }
  });

  test('readXlsx and adoption give the rows: the user’s risks copied, the imported recommendation, the new round', async () => {
    const { register } = adoptWorkbook(await readXlsx(Buffer.from(second)));
    const userRisks = adoptWorkbook(await readXlsx(FIXTURE)).register.tables.Risker!.rows.map((r) => r.values.beskrivning);
    expect(userRisks.length).toBeGreaterThan(0);
    expect(register.tables.Risker!.sheet).toBe('Riskanalys');
    expect(register.tables.Risker!.rows.map((r) => r.values.beskrivning)).toEqual(userRisks);
    expect(register.tables.Rekommendationer!.rows.map((r) => r.values.id)).toEqual(['G9-1']);
    expect(register.tables.Uppföljningar!.rows.map((r) => [r.values.rekommendationId, r.values.omgang, r.values.bedomning])).toEqual([['G9-1', '2027', 'Ej åtgärdad']]);
    // The computed column carries the new round's verdict as its cached value.
    expect(register.tables.Rekommendationer!.rows[0].values.senasteBedomning).toBe('Ej åtgärdad');
  });
});
