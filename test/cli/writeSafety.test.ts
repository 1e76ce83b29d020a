import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SCHEMA_VERSION } from '../../src/core';
import { readXlsx } from '../../src/workbook/xlsx';
import { changedParts, packageParts } from '../workbook/xlsx/_lib/packageParts';
import { tempDir, uppsikt } from './runCli';

/*
 * Nothing written over without consent, adopt recognises an Uppsikt workbook, and a command that refuses
 * leaves nothing behind (no target, no temporary file).
 */

jest.setTimeout(240_000);

const HELSINGBORG = path.join(__dirname, '../fixtures/reports/helsingborg-styrning-it-2023.txt');
const WITH_PARTS = path.join(__dirname, '../fixtures/workbooks/egen-med-delar.xlsx');
const refusal = (file: string) => `uppsikt: Filen ${file} finns redan. Ange --ersatt för att skriva över den, eller välj ett annat namn med -o; ingen fil har skrivits.`;

/** Sheet names and every value, as a reader sees them. */
async function content(file: string) {
  const snapshot = await readXlsx(file);
  return { sheets: snapshot.sheets.map((s) => ({ name: s.name, values: s.values, formulas: s.formulas })), tables: snapshot.tables, names: snapshot.names };
}

async function handMade(file: string): Promise<void> {
  const own = new ExcelJS.Workbook();
  const sheet = own.addWorksheet('Riskanalys');
  sheet.getCell('A1').value = 'Riskanalys 2026';
  sheet.getRow(3).values = ['Nr', 'Risk', 'Ansvarig nämnd', 'S', 'K', 'Kommentar'];
  sheet.getRow(4).values = ['1', 'Felaktiga utbetalningar', 'Socialnämnden', 3, 4, 'Se delårsrapport'];
  const recs = own.addWorksheet('Rekommendationer');
  recs.getRow(1).values = ['Id', 'Granskning-id', 'Rekommendation', 'Mottagare', 'Status'];
  recs.getRow(2).values = ['R1', 'G1', 'Inför behörighetskontroller', 'Kommunstyrelsen', 'Delvis åtgärdad'];
  await own.xlsx.writeFile(file);
}

/** Files in a folder besides `expected`: a stray temporary file would show here. */
function strays(dir: string, expected: readonly string[]): string[] {
  return fs.readdirSync(dir).filter((f) => !expected.includes(f));
}

describe('every command that writes refuses an existing target unless --ersatt is given', () => {
  const dir = tempDir();
  const example = path.join(dir, 'exempel.xlsx');
  const target = path.join(dir, 'finns.xlsx');
  const placeholder = Buffer.from('en fil som redan finns');

  beforeAll(async () => {
    expect((await uppsikt('init', example, '--exempel')).code).toBe(0);
  });

  test.each([
    ['init', () => ['init', target, '--exempel']],
    ['adopt', () => ['adopt', example, '-o', target]],
    ['import-report --into', () => ['import-report', HELSINGBORG, '--into', example, '-o', target]],
    ['ny-omgang', () => ['ny-omgang', example, '--omgang', '2026', '-o', target]],
  ])('%s', async (_name, args) => {
    fs.writeFileSync(target, placeholder);
    const refused = await uppsikt(...args());
    expect(refused.code).toBe(2);
    expect(refused.err).toEqual([refusal(target)]);
    expect(refused.out).toEqual([]);
    expect(fs.readFileSync(target).equals(placeholder)).toBe(true);
    expect(strays(dir, ['exempel.xlsx', 'finns.xlsx'])).toEqual([]);

    const replaced = await uppsikt(...args(), '--ersatt');
    expect(replaced.code).toBe(0);
    expect((await readXlsx(target)).tables.map((t) => t.name)).toContain('Rekommendationer');
    expect(strays(dir, ['exempel.xlsx', 'finns.xlsx'])).toEqual([]);
  });

  test('the input is never the target, even with --ersatt', async () => {
    const before = fs.readFileSync(example);
    const run = await uppsikt('ny-omgang', example, '--omgang', '2026', '-o', example, '--ersatt');
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toContain('samma som infilen');
    expect(fs.readFileSync(example).equals(before)).toBe(true);
  });

  test('a workbook with macros is written with its own extension', async () => {
    const run = await uppsikt('adopt', path.join(__dirname, '../fixtures/workbooks/egen-med-makro.xlsm'), '-o', path.join(dir, 'ut.xlsx'));
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toContain('ska sluta på .xlsm');
    expect(fs.existsSync(path.join(dir, 'ut.xlsx'))).toBe(false);
  });
});

describe('adopt is idempotent: an Uppsikt workbook is recognised, never duplicated', () => {
  const dir = tempDir();
  const file = (name: string) => path.join(dir, name);

  test('the example workbook: adopt writes it as it is, and adopting that again gives the same', async () => {
    expect((await uppsikt('init', file('exempel.xlsx'), '--exempel')).code).toBe(0);
    const once = await uppsikt('adopt', file('exempel.xlsx'), '-o', file('en.xlsx'));
    expect(once.code).toBe(0);
    expect(once.stdout).toContain('redan en Uppsikt-arbetsbok');
    expect((await uppsikt('adopt', file('en.xlsx'), '-o', file('tva.xlsx'))).code).toBe(0);
    expect(await content(file('tva.xlsx'))).toEqual(await content(file('en.xlsx')));
    expect((await content(file('en.xlsx'))).sheets.some((s) => s.name.includes('(Uppsikt)'))).toBe(false);
  });

  test('a hand-made workbook whose sheet names clash: adopt(adopt(x)) has the same sheets and cells as adopt(x)', async () => {
    await handMade(file('egen.xlsx'));
    expect((await uppsikt('adopt', file('egen.xlsx'), '-o', file('egen-1.xlsx'))).code).toBe(0);
    const once = await content(file('egen-1.xlsx'));
    expect(once.sheets.map((s) => s.name)).toEqual([
      'Riskanalys',
      'Rekommendationer',
      'Inställningar',
      'Riskanalys (Uppsikt)',
      'Internkontrollplan',
      'Kontrollutfall',
      'Riskmatris',
      'Granskningar',
      'Rekommendationer (Uppsikt)',
      'Uppföljning',
      'Helhetsbedömning',
      'Sammanställning',
    ]);
    const twice = await uppsikt('adopt', file('egen-1.xlsx'), '-o', file('egen-2.xlsx'));
    expect(twice.code).toBe(0);
    expect(await content(file('egen-2.xlsx'))).toEqual(once);
  });

  test('rewriting Uppsikt’s sheets never touches the user’s sheet of the same name', async () => {
    const before = await packageParts(file('egen-1.xlsx'));
    const rowsBefore = (await content(file('egen-1.xlsx'))).sheets.find((s) => s.name === 'Uppföljning')!.values.length;
    const round = await uppsikt('ny-omgang', file('egen-1.xlsx'), '--omgang', '2026', '-o', file('egen-omgang.xlsx'));
    expect(round.code).toBe(0);
    const after = await content(file('egen-omgang.xlsx'));
    expect(after.sheets.map((s) => s.name)).toEqual((await content(file('egen-1.xlsx'))).sheets.map((s) => s.name));
    const parts = await packageParts(file('egen-omgang.xlsx'));
    // The user's Riskanalys and Rekommendationer are sheet1 and sheet2: byte for byte.
    expect(changedParts(before, parts, new Set([...before.keys()].filter((p) => !/^xl\/worksheets\/sheet[12]\.xml$/.test(p))))).toEqual([]);
    expect(round.stdout).toContain('1 ny rad i Uppföljning');
    expect(after.sheets.find((s) => s.name === 'Uppföljning')?.values.length).toBe(rowsBefore + 1);
  });

  test('an edited title does not make Uppsikt’s sheet a stranger, and is not silently overwritten', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file('exempel.xlsx'));
    workbook.getWorksheet('Riskanalys')!.getCell('A1').value = 'Riskanalys 2026 (vår egen rubrik)';
    await workbook.xlsx.writeFile(file('egen-rubrik.xlsx'));
    const adopted = await uppsikt('adopt', file('egen-rubrik.xlsx'), '-o', file('egen-rubrik-2.xlsx'));
    expect(adopted.code).toBe(0);
    expect((await content(file('egen-rubrik-2.xlsx'))).sheets.map((s) => s.name)).toEqual((await content(file('egen-rubrik.xlsx'))).sheets.map((s) => s.name));
    const round = await uppsikt('ny-omgang', file('egen-rubrik.xlsx'), '--omgang', '2026', '-o', file('egen-rubrik-3.xlsx'));
    expect(round.code).toBe(2);
    expect(round.err.join('\n')).toContain('Riskanalys!A1');
    expect(fs.existsSync(file('egen-rubrik-3.xlsx'))).toBe(false);
  });

  test('a table sheet the user renamed is still Uppsikt’s: written again in place, not added a second time', async () => {
    if (!fs.existsSync(file('exempel.xlsx'))) expect((await uppsikt('init', file('exempel.xlsx'), '--exempel')).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file('exempel.xlsx'));
    workbook.getWorksheet('Uppföljning')!.name = 'Uppföljning 2025';
    await workbook.xlsx.writeFile(file('omdopt.xlsx'));
    const round = await uppsikt('ny-omgang', file('omdopt.xlsx'), '--omgang', '2026', '-o', file('omdopt-ut.xlsx'));
    expect(round.code).toBe(0);
    const after = await content(file('omdopt-ut.xlsx'));
    expect(after.sheets.map((s) => s.name)).toEqual((await content(file('omdopt.xlsx'))).sheets.map((s) => s.name));
    expect(after.tables.find((t) => t.name === 'Uppföljningar')?.sheet).toBe('Uppföljning 2025');
  });

  test('a workbook from a newer Uppsikt is not written with this version’s sheets', async () => {
    if (!fs.existsSync(file('exempel.xlsx'))) expect((await uppsikt('init', file('exempel.xlsx'), '--exempel')).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file('exempel.xlsx'));
    workbook.getWorksheet('Inställningar')!.getCell('B4').value = SCHEMA_VERSION + 1;
    await workbook.xlsx.writeFile(file('nyare.xlsx'));
    for (const args of [
      ['adopt', file('nyare.xlsx'), '-o', file('nyare-ut.xlsx')],
      ['ny-omgang', file('nyare.xlsx'), '--omgang', '2026', '-o', file('nyare-ut.xlsx')],
    ]) {
      const run = await uppsikt(...args);
      expect(run.code).toBe(2);
      expect(run.err.join('\n')).toContain(`nyare version av Uppsikt (schemaversion ${SCHEMA_VERSION + 1}`);
      expect(fs.existsSync(file('nyare-ut.xlsx'))).toBe(false);
    }
  });

  test('an Uppsikt workbook missing a sheet gets it back, under its own name, once', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file('exempel.xlsx'));
    workbook.removeWorksheet(workbook.getWorksheet('Riskmatris')!.id);
    await workbook.xlsx.writeFile(file('utan-matris.xlsx'));
    const upgraded = await uppsikt('adopt', file('utan-matris.xlsx'), '-o', file('uppgraderad.xlsx'));
    expect(upgraded.code).toBe(0);
    const once = await content(file('uppgraderad.xlsx'));
    expect(once.sheets.map((s) => s.name).sort()).toEqual(
      [
        'Inställningar',
        'Riskanalys',
        'Internkontrollplan',
        'Kontrollutfall',
        'Riskmatris',
        'Granskningar',
        'Rekommendationer',
        'Uppföljning',
        'Helhetsbedömning',
        'Sammanställning',
      ].sort(),
    );
    expect((await uppsikt('adopt', file('uppgraderad.xlsx'), '-o', file('uppgraderad-2.xlsx'))).code).toBe(0);
    expect(await content(file('uppgraderad-2.xlsx'))).toEqual(once);
  });
});

describe('what cannot be kept is named before anything is written', () => {
  const dir = tempDir();
  const file = (name: string) => path.join(dir, name);

  /** The adopted test workbook with the Budget chart's drawing also linked from Uppsikt's Riskanalys. */
  async function chartOnRiskanalys(target: string): Promise<void> {
    expect((await uppsikt('adopt', WITH_PARTS, '-o', file('adopterad.xlsx'))).code).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(file('adopterad.xlsx')));
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    const relId = /<sheet [^>]*name="Riskanalys"[^>]*r:id="(\w+)"/.exec(workbook)![1];
    const part = new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${relId}"`).exec(rels)!;
    const sheetPart = `xl/${part[1] ?? part[2]}`;
    const sheetRels = sheetPart.replace('worksheets/', 'worksheets/_rels/') + '.rels';
    const text = await zip.file(sheetRels)!.async('string');
    zip.file(
      sheetRels,
      text.replace(
        '</Relationships>',
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>',
      ),
    );
    fs.writeFileSync(target, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  }

  test('a chart on one of Uppsikt’s own sheets: refused with the sheet named, written only with --tillat-forlust', async () => {
    await chartOnRiskanalys(file('diagram-pa-riskanalys.xlsx'));
    const refused = await uppsikt('ny-omgang', file('diagram-pa-riskanalys.xlsx'), '--omgang', '2026', '-o', file('ut.xlsx'));
    expect(refused.code).toBe(2);
    expect(refused.err.join('\n')).toContain('Fliken Riskanalys har ett diagram som skulle försvinna.');
    expect(refused.err.join('\n')).toContain('--tillat-forlust');
    expect(strays(dir, ['adopterad.xlsx', 'diagram-pa-riskanalys.xlsx'])).toEqual([]);

    const accepted = await uppsikt('ny-omgang', file('diagram-pa-riskanalys.xlsx'), '--omgang', '2026', '-o', file('ut.xlsx'), '--tillat-forlust');
    expect(accepted.code).toBe(0);
    expect(accepted.err.join('\n')).toContain('Fliken Riskanalys hade ett diagram som har försvunnit.');
    expect((await readXlsx(file('ut.xlsx'))).tables.map((t) => t.name)).toContain('Uppföljningar');
  });

  test('cells outside Uppsikt’s tables: refused, nothing written', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file('adopterad.xlsx'));
    workbook.getWorksheet('Uppföljning')!.getCell('H8').value = 'min anteckning';
    await workbook.xlsx.writeFile(file('anteckning.xlsx'));
    const run = await uppsikt('import-report', HELSINGBORG, '--into', file('anteckning.xlsx'), '-o', file('ut2.xlsx'));
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toContain('Uppföljning!H8');
    expect(fs.existsSync(file('ut2.xlsx'))).toBe(false);
    expect(strays(dir, ['adopterad.xlsx', 'diagram-pa-riskanalys.xlsx', 'ut.xlsx', 'anteckning.xlsx'])).toEqual([]);
  });
});
