import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { adoptWorkbook, uppsiktSchema } from '../../../src/core';
import { readXlsx } from '../../../src/workbook/xlsx';
import { tempDir, uppsikt } from '../../cli/runCli';
import { changedParts, kindsIn, packageParts } from './_lib/packageParts';

/*
 * Every command that writes into a user's workbook keeps what Uppsikt does not model: the test workbooks
 * were made in LibreOffice with a chart, a pivot table, a picture and an external link (and, in the .xlsm,
 * a macro part); see test/fixtures/workbooks/README.md. Each part of the original must come out byte for
 * byte, and the Uppsikt tables must read back.
 */

const FIXTURES = path.join(__dirname, '../../fixtures/workbooks');
const HELSINGBORG = path.join(__dirname, '../../fixtures/reports/helsingborg-styrning-it-2023.txt');
const USER_SHEETS = ['Risker', 'Budget', 'Data', 'Pivot', 'Bild', 'Länk'];
const UPPSIKT_SHEETS = uppsiktSchema.sheets.map((s) => s.name);

jest.setTimeout(240_000);

async function sheetNames(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((w) => w.name);
}

async function tablesOf(file: string): Promise<Record<string, string[]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const tables: Record<string, string[]> = {};
  for (const sheet of workbook.worksheets) {
    const names = sheet.getTables().map((t) => (t as unknown as { table: { name: string } }).table.name);
    if (names.length > 0) tables[sheet.name] = names;
  }
  return tables;
}

// Every table sheet of the schema with its tables, as the schema lists them.
const EXPECTED_TABLES = Object.fromEntries(uppsiktSchema.sheets.filter((s) => s.tables.length > 0).map((s) => [s.name, s.tables.map((t) => t.name)]));

describe.each([
  ['egen-med-delar.xlsx', ['diagram', 'ritning', 'bild', 'pivottabell', 'pivotcache', 'extern länk']],
  ['egen-med-makro.xlsm', ['diagram', 'ritning', 'bild', 'pivottabell', 'pivotcache', 'extern länk', 'makron']],
])('%s: what Uppsikt does not model survives every command that writes', (fixture, kinds) => {
  const source = path.join(FIXTURES, fixture);
  const ext = path.extname(fixture);
  const dir = tempDir();
  const out = (name: string) => path.join(dir, `${name}${ext}`);
  let original: Map<string, Buffer>;

  beforeAll(async () => {
    original = await packageParts(source);
    expect(kindsIn(original)).toEqual(kinds);
    const adopt = await uppsikt('adopt', source, '-o', out('adopterad'));
    expect(adopt.err).toEqual([]);
    expect(adopt.code).toBe(0);
    expect(adopt.stdout).toContain('Dina egna flikar finns kvar oförändrade');
  });

  test('adopt: every original part byte for byte, Uppsikt sheets added after the user’s and read back', async () => {
    expect(changedParts(original, await packageParts(out('adopterad')))).toEqual([]);
    expect(await sheetNames(out('adopterad'))).toEqual([...USER_SHEETS, ...UPPSIKT_SHEETS]);
    expect(await tablesOf(out('adopterad'))).toEqual(EXPECTED_TABLES);
    const { register } = adoptWorkbook(await readXlsx(out('adopterad')));
    expect(register.tables.Risker?.rows.map((r) => r.values.beskrivning)).toEqual(['Felaktiga utbetalningar', 'Bristande behörighetsstyrning']);
  });

  test('import-report --into the user’s workbook: every original part byte for byte', async () => {
    const run = await uppsikt('import-report', HELSINGBORG, '--into', source, '-o', out('importerad'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Dina egna flikar finns kvar oförändrade');
    expect(changedParts(original, await packageParts(out('importerad')))).toEqual([]);
    const { register } = adoptWorkbook(await readXlsx(out('importerad')));
    expect(register.tables.Rekommendationer?.rows).toHaveLength(7);
  });

  test('import-report and ny-omgang on the adopted workbook write Uppsikt’s sheets again in place and keep every original part', async () => {
    const imported = await uppsikt('import-report', HELSINGBORG, '--into', out('adopterad'), '-o', out('adopterad-importerad'));
    expect(imported.code).toBe(0);
    const round = await uppsikt('ny-omgang', out('adopterad-importerad'), '--omgang', '2026', '-o', out('omgang'));
    expect(round.code).toBe(0);
    expect(round.stdout).toContain('Dina egna flikar finns kvar oförändrade');
    const parts = await packageParts(out('omgang'));
    expect(changedParts(original, parts)).toEqual([]);
    expect(await sheetNames(out('omgang'))).toEqual([...USER_SHEETS, ...UPPSIKT_SHEETS]);
    expect(await tablesOf(out('omgang'))).toEqual(EXPECTED_TABLES);
    // The old Uppsikt tables were replaced, not left behind: one table part per schema table, as after adopt.
    expect([...parts.keys()].filter((p) => p.startsWith('xl/tables/'))).toHaveLength(Object.keys(EXPECTED_TABLES).length);
    const { register } = adoptWorkbook(await readXlsx(out('omgang')));
    expect(register.tables.Uppföljningar?.rows).toHaveLength(7);
  });

  test('adopting the adopted workbook changes nothing: the same sheets and cells as adopting once', async () => {
    const again = await uppsikt('adopt', out('adopterad'), '-o', out('adopterad-igen'));
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('redan en Uppsikt-arbetsbok');
    expect(fs.readFileSync(out('adopterad-igen')).equals(fs.readFileSync(out('adopterad')))).toBe(true);
  });
});

describe('the workbook parts Uppsikt must edit', () => {
  test('calcChain.xml is dropped with its relationship and content type; everything else is kept', async () => {
    const dir = tempDir();
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(FIXTURES, 'egen-med-delar.xlsx')));
    zip.file(
      'xl/calcChain.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B1" i="6"/></calcChain>',
    );
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file(
      'xl/_rels/workbook.xml.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdCalc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
      ),
    );
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file(
      '[Content_Types].xml',
      types.replace('</Types>', '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'),
    );
    const source = path.join(dir, 'med-calcchain.xlsx');
    fs.writeFileSync(source, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));

    const run = await uppsikt('adopt', source, '-o', path.join(dir, 'ut.xlsx'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Dina egna flikar finns kvar oförändrade');
    const before = await packageParts(source);
    const after = await packageParts(path.join(dir, 'ut.xlsx'));
    expect(after.has('xl/calcChain.xml')).toBe(false);
    expect(after.get('xl/_rels/workbook.xml.rels')!.toString()).not.toContain('calcChain');
    expect(after.get('[Content_Types].xml')!.toString()).not.toContain('calcChain');
    expect(changedParts(before, after)).toEqual([]);
    // The user's styles are all still there, in order, with Uppsikt's after them.
    const styles = (text: string) => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(text)![1];
    expect(styles(after.get('xl/styles.xml')!.toString()).startsWith(styles(before.get('xl/styles.xml')!.toString()))).toBe(true);
    expect(await tablesOf(path.join(dir, 'ut.xlsx'))).toEqual(EXPECTED_TABLES);
  });
});
