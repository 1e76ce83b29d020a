import { execFileSync, spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { uppsikt } from '../../cli/runCli';
import { tempDir } from '../_lib/files';

/*
 * Every kind of file the CLI writes, opened by LibreOffice Calc (Debian's libreoffice-calc; .ci/run installs
 * it and sets UPPSIKT_REQUIRE_LIBREOFFICE=1 so that a missing LibreOffice fails CI instead of skipping).
 * Converting to PDF proves it opens and lays out; converting every sheet to CSV shows what a reader without
 * the add-in sees: the cached values, not #NAME?.
 */
const soffice = ['soffice', 'libreoffice'].find((bin) => spawnSync('which', [bin]).status === 0);
const required = process.env.UPPSIKT_REQUIRE_LIBREOFFICE === '1';
if (!soffice && !required) console.warn('LibreOffice saknas: testerna mot LibreOffice hoppas över (sätt UPPSIKT_REQUIRE_LIBREOFFICE=1 för att kräva dem).');
const describeLo = soffice || required ? describe : describe.skip;

function convert(file: string, filter: string, outDir: string): void {
  if (!soffice) throw new Error('LibreOffice (soffice) finns inte men UPPSIKT_REQUIRE_LIBREOFFICE=1: installera libreoffice-calc.');
  const profile = `file://${path.join(outDir, 'profil')}`;
  execFileSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', outDir, file], { timeout: 240_000, stdio: 'pipe' });
}

// Each test starts LibreOffice afresh (a new profile each time), which takes a minute or more on a busy
// 2-core machine; the set-up writes six workbooks. Generous, so CI never depends on an idle machine.
const SOFFICE_TIMEOUT = 300_000;

// All sheets to CSV (the -1 at the end of the filter options); one file per sheet: <name>-<sheet>.csv.
const ALL_SHEETS_CSV = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

// The set-up writes six files and every test starts LibreOffice: generous for a busy 2-core machine.
jest.setTimeout(300_000);

describeLo('LibreOffice opens every file the CLI writes', () => {
  const dir = tempDir();
  const files: Record<string, string> = {};

  beforeAll(async () => {
    files.tom = path.join(dir, 'tom.xlsx');
    files.exempel = path.join(dir, 'exempel.xlsx');
    files.exempel5 = path.join(dir, 'exempel5.xlsx');
    files.adopterad = path.join(dir, 'adopterad.xlsx');
    expect((await uppsikt('init', files.tom)).code).toBe(0);
    expect((await uppsikt('init', files.exempel, '--exempel')).code).toBe(0);
    expect((await uppsikt('init', files.exempel5, '--exempel', '--skala', '5x5')).code).toBe(0);
    const own = new ExcelJS.Workbook();
    const sheet = own.addWorksheet('Riskanalys');
    sheet.getCell('A1').value = 'Riskanalys 2026';
    sheet.getRow(3).values = ['Nr', 'Risk', 'Ansvarig nämnd', 'S', 'K', 'Kommentar'];
    sheet.getRow(4).values = ['1', 'Felaktiga utbetalningar', 'Socialnämnden', 3, 4, 'Se delårsrapport'];
    const own2 = path.join(dir, 'egen.xlsx');
    await own.xlsx.writeFile(own2);
    expect((await uppsikt('adopt', own2, '-o', files.adopterad)).code).toBe(0);
    // Files whose Uppsikt sheets were written again: a report imported, then a follow-up round added.
    files.importerad = path.join(dir, 'importerad.xlsx');
    files.omgang = path.join(dir, 'omgang.xlsx');
    const report = path.join(__dirname, '../../fixtures/reports/helsingborg-styrning-it-2023.txt');
    expect((await uppsikt('import-report', report, '--into', files.exempel, '-o', files.importerad)).code).toBe(0);
    expect((await uppsikt('ny-omgang', files.importerad, '--omgang', '2026', '-o', files.omgang)).code).toBe(0);
  }, SOFFICE_TIMEOUT);

  test.each(['tom', 'exempel', 'exempel5', 'adopterad', 'importerad', 'omgang'])(
    '%s.xlsx converts to a PDF',
    (name) => {
      const out = path.join(dir, `pdf-${name}`);
      convert(files[name], 'pdf', out);
      const pdf = path.join(out, `${name}.pdf`);
      expect(fs.existsSync(pdf)).toBe(true);
      expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      expect(fs.statSync(pdf).size).toBeGreaterThan(10_000);
    },
    SOFFICE_TIMEOUT,
  );

  test(
    'without the add-in, LibreOffice shows the cached risk values, matrix and summary',
    () => {
      const out = path.join(dir, 'csv');
      convert(files.exempel, ALL_SHEETS_CSV, out);
      const read = (sheet: string) => fs.readFileSync(path.join(out, `exempel-${sheet}.csv`), 'utf8');
      for (const sheet of ['Riskanalys', 'Riskmatris', 'Sammanställning', 'Rekommendationer']) expect(read(sheet)).not.toMatch(/#NAME\?|Err:/);
      expect(read('Riskanalys').split('\n')[3]).toMatch(/^R1,.*,3,4,12,Hög,/);
      expect(read('Riskmatris')).toContain(',1 Osannolik,0,0,1,0');
      expect(read('Sammanställning')).toContain('Totalt,2,2,0,2,6');
    },
    SOFFICE_TIMEOUT,
  );

  test(
    'after an import and a new round, the cached summary counts the new rows and the latest round',
    () => {
      const out = path.join(dir, 'csv-omgang');
      convert(files.omgang, ALL_SHEETS_CSV, out);
      const summary = fs.readFileSync(path.join(out, 'omgang-Sammanställning.csv'), 'utf8');
      expect(summary).not.toMatch(/#NAME\?|Err:/);
      // 6 example rows + 7 imported; the 2026 round is not assessed yet, so G1-1 and G2-3 keep their Delvis.
      expect(summary).toContain('Totalt,2,2,0,9,13');
    },
    SOFFICE_TIMEOUT,
  );
});
