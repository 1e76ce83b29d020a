import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { renderUppsikt, writeXlsx } from '../../src/workbook/xlsx';
import { groupRegister, haningeRegister } from '../usecases/report/_fixtures';
import { tempDir, uppsikt } from './runCli';

/*
 * `uppsikt export` on every kind of workbook the tests have: the example, Haninge's 44 recommendations, a
 * kommun with shared and group addressees, a hand-made workbook adopted in memory, and a file after a
 * report import and a new round. The report must be values only and `uppsikt summary` must count the same
 * on it as on its source.
 */
async function writeRegisterFile(register: Parameters<typeof renderUppsikt>[1], file: string) {
  const workbook = new ExcelJS.Workbook();
  renderUppsikt(workbook, register, { today: 46000 });
  await writeXlsx(workbook, file);
}

describe('uppsikt export', () => {
  const dir = tempDir();
  const sources: Record<string, string> = {};

  beforeAll(async () => {
    sources.exempel = path.join(dir, 'exempel.xlsx');
    expect((await uppsikt('init', sources.exempel, '--exempel')).code).toBe(0);
    sources.haninge = path.join(dir, 'haninge.xlsx');
    await writeRegisterFile(haningeRegister(), sources.haninge);
    sources.grupper = path.join(dir, 'grupper.xlsx');
    await writeRegisterFile(groupRegister(), sources.grupper);
    const own = new ExcelJS.Workbook();
    const sheet = own.addWorksheet('Revisionen');
    sheet.getCell('A1').value = 'Uppföljning av revisionens rekommendationer';
    sheet.getRow(3).values = ['Granskning', 'Rekommendation', 'Ansvarig nämnd', 'Status', 'Kommentar'];
    sheet.getRow(4).values = ['Granskning av IT', 'Ta fram en it-policy', 'Kommunstyrelsen', 'Åtgärdat', 'Klar'];
    sheet.getRow(5).values = ['Granskning av IT', 'Inventera system', 'Socialnämnden', 'delvis åtgärdad', ''];
    sheet.getRow(6).values = ['Granskning av bygglov', 'Korta handläggningstiderna', 'Kommunstyrelsen', '', ''];
    sources.egen = path.join(dir, 'egen.xlsx');
    await own.xlsx.writeFile(sources.egen);
    sources.omgang = path.join(dir, 'omgang.xlsx');
    const imported = path.join(dir, 'importerad.xlsx');
    const report = path.join(__dirname, '../fixtures/reports/helsingborg-styrning-it-2023.txt');
    expect((await uppsikt('import-report', report, '--into', sources.exempel, '-o', imported)).code).toBe(0);
    expect((await uppsikt('ny-omgang', imported, '--omgang', '2026', '-o', sources.omgang)).code).toBe(0);
  }, 120_000);

  test.each(['exempel', 'haninge', 'grupper', 'egen', 'omgang'])(
    '%s: the kommun-wide report has only values and counts as its source',
    async (name) => {
      const target = path.join(dir, `rapport-${name}.xlsx`);
      const run = await uppsikt('export', sources[name], '-o', target, '--per', '2026-11-22');
      expect(run.err).toEqual([]);
      expect(run.code).toBe(0);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(target);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(['Sammanfattning', 'Riskmatris', 'Internkontrollplan', 'Rekommendationer']);
      const formulas: string[] = [];
      workbook.eachSheet((ws) => {
        expect(ws.state).toBe('visible');
        ws.eachRow((row) => row.eachCell((cell) => cell.type === ExcelJS.ValueType.Formula && formulas.push(`${ws.name}!${cell.address}`)));
      });
      expect(formulas).toEqual([]);
      expect(workbook.definedNames.model.filter((n: { name: string }) => !n.name.startsWith('_xlnm'))).toEqual([]);
      const xml = await zipText(target);
      expect(xml).not.toMatch(/externalLink|IK\.|_xldudf/);
      for (const by of ['granskning', 'namnd']) {
        const before = JSON.parse((await uppsikt('summary', sources[name], '--json', '--by', by)).stdout);
        const after = JSON.parse((await uppsikt('summary', target, '--json', '--by', by)).stdout);
        expect(after).toEqual(before);
      }
    },
    120_000,
  );

  test('Haninge: the Rekommendationer sheet opens with the auditors’ table, 31 / 13 / – and Totalt', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, 'rapport-haninge.xlsx'));
    const ws = workbook.getWorksheet('Rekommendationer')!;
    const header = ws.getRow(5).values as unknown[];
    expect(header.slice(1)).toEqual(['Granskning (år)', 'Granskning (år)', 'Granskning (år)', 'Granskning (år)', 'Åtgärdad', 'Delvis åtgärdad', 'Ej åtgärdad', 'Totalt']);
    expect((ws.getRow(6).values as unknown[]).slice(4)).toEqual(['Granskning av hantering och utbetalning av försörjningsstöd (2022)', 6, 1, '–', 7]);
    expect((ws.getRow(13).values as unknown[]).slice(4)).toEqual(['Totalt', 31, 13, '–', 44]);
    expect(ws.getCell('E5').alignment?.horizontal).toBe('right');
  }, 60_000);

  test('--namnd: a nämnd gets what is addressed to it, also through several names and groups', async () => {
    const target = path.join(dir, 'soc.xlsx');
    expect((await uppsikt('export', sources.grupper, '-o', target, '--namnd', 'socialnämnden')).code).toBe(0);
    const rows = JSON.parse((await uppsikt('summary', target, '--json', '--by', 'namnd')).stdout);
    // All three reach Socialnämnden ("Kommunstyrelsen, Socialnämnden", "Samtliga nämnder", "Övriga nämnder");
    // per nämnd is per body, groups expanded to the nämnder the report names.
    expect(rows.map((r: { namnd: string; total: number }) => [r.namnd, r.total])).toEqual([
      ['Kommunstyrelsen', 3],
      ['Socialnämnden', 3],
    ]);
    const unknown = await uppsikt('export', sources.grupper, '-o', path.join(dir, 'x.xlsx'), '--namnd', 'Tekniska nämnden');
    expect(unknown.code).toBe(2);
    expect(unknown.err.join('\n')).toContain('Nämnden ”Tekniska nämnden” finns inte');
    expect(fs.existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
  }, 60_000);

  test('--alla: one file per nämnd, named after it; refuses to overwrite, writes nothing then', async () => {
    const folder = path.join(dir, 'alla');
    const run = await uppsikt('export', sources.exempel, '--alla', '-o', folder);
    expect(run.code).toBe(0);
    expect(fs.readdirSync(folder).sort()).toEqual(
      ['Barn- och utbildningsnämnden.xlsx', 'Kommunstyrelsen.xlsx', 'Kultur- och fritidsnämnden.xlsx', 'Samhällsbyggnadsnämnden.xlsx', 'Socialnämnden.xlsx'].sort(),
    );
    fs.rmSync(path.join(folder, 'Socialnämnden.xlsx'));
    const again = await uppsikt('export', sources.exempel, '--alla', '-o', folder);
    expect(again.code).toBe(2);
    expect(again.err.join('\n')).toContain('finns redan');
    expect(fs.existsSync(path.join(folder, 'Socialnämnden.xlsx'))).toBe(false);
    expect(fs.readdirSync(folder).filter((f) => f.startsWith('.'))).toEqual([]);
    expect((await uppsikt('export', sources.exempel, '--alla', '-o', folder, '--ersatt')).code).toBe(0);
    expect(fs.existsSync(path.join(folder, 'Socialnämnden.xlsx'))).toBe(true);
  }, 120_000);

  test('--omgang: the report as of a round; a round not in Uppföljning is warned about', async () => {
    const target = path.join(dir, 'omgang-2024.xlsx');
    const run = await uppsikt('export', sources.grupper, '-o', target, '--omgang', '2024');
    expect(run.code).toBe(0);
    expect(run.err).toEqual([]);
    const rows = JSON.parse((await uppsikt('summary', target, '--json')).stdout);
    expect(rows.map((r: { granskning: string; counts: Record<string, number> }) => [r.granskning, r.counts['Ej åtgärdad'], r.counts['Ej bedömd']])).toEqual([
      ['Granskning av intern kontroll', 1, 2],
      ['Granskning av digitalisering', 0, 2],
    ]);
    const typo = await uppsikt('export', sources.grupper, '-o', path.join(dir, 'omgang-typo.xlsx'), '--omgang', '2O25');
    expect(typo.err.join('\n')).toContain('Omgången 2O25 finns inte i Uppföljning');
  }, 60_000);

  test('Swedish errors for a bad date, both --namnd and --alla, and a non-.xlsx target', async () => {
    const bad = await uppsikt('export', sources.exempel, '-o', path.join(dir, 'y.xlsx'), '--per', '31/12');
    expect(bad.err.join('\n')).toBe('uppsikt: --per 31/12 är inget datum; skriv till exempel 2026-11-30.');
    const both = await uppsikt('export', sources.exempel, '-o', dir, '--alla', '--namnd', 'Socialnämnden');
    expect(both.err.join('\n')).toContain('antingen --namnd eller --alla');
    const pdf = await uppsikt('export', sources.exempel, '-o', path.join(dir, 'y.pdf'));
    expect(pdf.err.join('\n')).toContain('ska sluta på .xlsx');
    expect(fs.existsSync(path.join(dir, 'y.xlsx'))).toBe(false);
  }, 60_000);
});

/** Every XML part of an .xlsx, concatenated: to look for formulas, links and IK names anywhere. */
async function zipText(file: string): Promise<string> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const parts = await Promise.all(Object.keys(zip.files).map(async (name) => `${name}\n${await zip.files[name].async('string')}`));
  return parts.join('\n');
}
