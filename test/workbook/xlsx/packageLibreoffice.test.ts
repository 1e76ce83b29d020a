import { execFileSync, spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { tempDir, uppsikt } from '../../cli/runCli';

/*
 * The files written into the LibreOffice-made test workbooks (chart, pivot table, picture, external link,
 * macro part) open in LibreOffice again: converted to PDF, and every sheet to CSV, showing the user's own
 * sheets and Uppsikt's cached values. Same set-up as libreoffice.test.ts.
 */
const soffice = ['soffice', 'libreoffice'].find((bin) => spawnSync('which', [bin]).status === 0);
const required = process.env.UPPSIKT_REQUIRE_LIBREOFFICE === '1';
const describeLo = soffice || required ? describe : describe.skip;
const ALL_SHEETS_CSV = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

function convert(file: string, filter: string, outDir: string): void {
  if (!soffice) throw new Error('LibreOffice (soffice) finns inte men UPPSIKT_REQUIRE_LIBREOFFICE=1: installera libreoffice-calc.');
  const profile = `file://${path.join(outDir, 'profil')}`;
  execFileSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', outDir, file], { timeout: 240_000, stdio: 'pipe' });
}

const FIXTURES = path.join(__dirname, '../../fixtures/workbooks');
const HELSINGBORG = path.join(__dirname, '../../fixtures/reports/helsingborg-styrning-it-2023.txt');

describeLo.each([['egen-med-delar.xlsx'], ['egen-med-makro.xlsm']])('LibreOffice opens what Uppsikt wrote into %s', (fixture) => {
  const dir = tempDir();
  const ext = path.extname(fixture);
  const adopted = path.join(dir, `adopterad${ext}`);
  const rewritten = path.join(dir, `omgang${ext}`);

  beforeAll(async () => {
    expect((await uppsikt('adopt', path.join(FIXTURES, fixture), '-o', adopted)).code).toBe(0);
    const imported = path.join(dir, `importerad${ext}`);
    expect((await uppsikt('import-report', HELSINGBORG, '--into', adopted, '-o', imported)).code).toBe(0);
    expect((await uppsikt('ny-omgang', imported, '--omgang', '2026', '-o', rewritten)).code).toBe(0);
  }, 240_000);

  test.each([['adopterad'], ['omgang']])(
    '%s converts to a PDF',
    (name) => {
      const out = path.join(dir, `pdf-${name}`);
      convert(path.join(dir, `${name}${ext}`), 'pdf', out);
      const pdf = path.join(out, `${name}.pdf`);
      expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      expect(fs.statSync(pdf).size).toBeGreaterThan(10_000);
    },
    300_000,
  );

  test('every sheet converts to CSV: the user’s own as they were, Uppsikt’s with their cached values', () => {
    const out = path.join(dir, 'csv');
    convert(rewritten, ALL_SHEETS_CSV, out);
    const read = (sheet: string) => fs.readFileSync(path.join(out, `omgang-${sheet}.csv`), 'utf8');
    expect(read('Budget').split('\n').slice(0, 3)).toEqual(['Månad,Belopp', 'Jan,120', 'Feb,90']);
    expect(read('Pivot')).toContain('Socialnämnden,140');
    expect(read('Länk')).toContain('1234');
    expect(read('Riskanalys').split('\n')[3]).toMatch(/^1,Socialnämnden,.*,3,4,12,Hög,/);
    for (const sheet of ['Riskanalys', 'Riskmatris', 'Sammanställning', 'Rekommendationer']) expect(read(sheet)).not.toMatch(/#NAME\?|Err:/);
    expect(read('Sammanställning')).toContain('Totalt,0,0,0,7,7');
  }, 300_000);
});
