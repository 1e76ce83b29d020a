import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { exampleWorkbook, tempDir, uppsikt } from './runCli';

/*
 * Every command line the CLI suggests in a message runs as suggested: the user copies it, so a suggested flag
 * the command does not have (init's -o before) is a dead end.
 */
jest.setTimeout(120_000);

const REPORT = path.join(__dirname, '../fixtures/reports/helsingborg-styrning-it-2023.txt');

/** The command lines a message suggests ("… npx uppsikt ny ut.xlsx eller …"), as arguments. */
function suggestedCommands(message: string): string[][] {
  return [...message.matchAll(/npx uppsikt ((?:[^\s.,;:]|[.](?=\S))+(?: (?!för\b|eller\b|i\b)(?:[^\s,;:]|[.](?=\S))+)*)/g)].map((m) => m[1].split(' '));
}

describe('suggestions the CLI prints', () => {
  const cwd = process.cwd();
  afterEach(() => process.chdir(cwd));

  test('suggestedCommands reads the command lines out of a message', () => {
    expect(suggestedCommands('Skriv npx uppsikt --help för mer.')).toEqual([['--help']]);
    expect(suggestedCommands('skapa en ny arbetsbok med npx uppsikt ny ut.xlsx eller lägg till')).toEqual([['ny', 'ut.xlsx']]);
  });

  test('ny on an existing file: both ways out it names (--ersatt, another name with -o) run', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'bok.xlsx');
    expect((await uppsikt('ny', file)).code).toBe(0);
    const again = await uppsikt('ny', file, '--exempel');
    expect(again.code).not.toBe(0);
    expect(again.err.join(' ')).toMatch(/Ange --ersatt för att skriva över den, eller välj ett annat namn med -o/);
    const other = path.join(dir, 'annan.xlsx');
    expect((await uppsikt('ny', '--exempel', '-o', other)).code).toBe(0);
    expect(fs.existsSync(other)).toBe(true);
    expect((await uppsikt('ny', file, '--exempel', '--ersatt')).code).toBe(0);
    // The English name runs too, and the argument and -o cannot disagree.
    expect((await uppsikt('init', '-o', path.join(dir, 'tredje.xlsx'))).code).toBe(0);
    const both = await uppsikt('ny', path.join(dir, 'a.xlsx'), '-o', path.join(dir, 'b.xlsx'));
    expect(both.code).toBe(2);
    expect(both.err[0]).toMatch(/^uppsikt: Ange filen som ska skapas en gång: .*a\.xlsx eller -o .*b\.xlsx, inte båda\.$/);
    const none = await uppsikt('ny');
    expect(none.err[0]).toBe('uppsikt: Ange filen som ska skapas, till exempel: npx uppsikt ny exempel.xlsx --exempel');
  });

  test('an unknown flag and a missing argument point at help that runs', async () => {
    const flag = await uppsikt('kontrollera', '--foo');
    const [help] = suggestedCommands(flag.err.join(' '));
    expect(help).toEqual(['--help']);
    expect((await uppsikt(...help)).code).toBe(0);
    const missing = await uppsikt('matris');
    expect(missing.err.join(' ')).toContain('Skriv npx uppsikt <kommando> --help');
    expect((await uppsikt('matris', '--help')).code).toBe(0);
  });

  test('a workbook given to las-rapport: the suggested import runs with the report in place of rapport.txt', async () => {
    const { dir, example } = await exampleWorkbook();
    const run = await uppsikt('las-rapport', example);
    const [line] = suggestedCommands(run.err.join(' '));
    expect(line.slice(0, 2)).toEqual(['las-rapport', 'rapport.txt']);
    process.chdir(dir);
    fs.copyFileSync(REPORT, path.join(dir, 'rapport.txt'));
    expect((await uppsikt(...line)).code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'ut.xlsx'))).toBe(true);
  });

  test('a workbook with nothing Uppsikt knows: the suggested ny runs', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'budget.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Budget').addRow(['Konto', 'Belopp']);
    await wb.xlsx.writeFile(file);
    const run = await uppsikt('kontrollera', file);
    const [line] = suggestedCommands(run.err.join(' '));
    expect(line).toEqual(['ny', 'ut.xlsx']);
    process.chdir(dir);
    expect((await uppsikt(...line)).code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'ut.xlsx'))).toBe(true);
  });
});
