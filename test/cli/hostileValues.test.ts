import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { adoptWorkbook, defaultScale, registerFromRecords, uppsiktSchema } from '../../src/core';
import { readXlsx, renderUppsikt, writeXlsx } from '../../src/workbook/xlsx';
import { tempDir, uppsikt } from './runCli';

/*
 * Issue 22, values changed: dates out of Excel's range (1e9, 1e308) in a date-formatted cell were read as an
 * invalid Date, written back as <v>NaN</v> and reported as "”Invalid Date” är inte ett datum"; a literal
 * "_x0041_" was written unescaped and read back as "A".
 */

const recommendations = async (file: string) => adoptWorkbook(await readXlsx(file), uppsiktSchema).register.tables.Rekommendationer!.rows;

async function registerFile(dir: string, klartSenast: unknown[], texts: string[]): Promise<string> {
  const register = registerFromRecords(defaultScale, {
    Granskningar: [{ id: 'G1', titel: 'Granskning av IT', ar: 2024 }],
    Rekommendationer: klartSenast.map((k, i) => ({
      id: `G1-${i + 1}`,
      granskningId: 'G1',
      nr: i + 1,
      rekommendation: texts[i] ?? `Text ${i + 1}`,
      mottagare: 'Kommunstyrelsen',
      klartSenast: k as number,
    })),
  });
  const workbook = new ExcelJS.Workbook();
  renderUppsikt(workbook, register, { today: 46000 });
  const file = path.join(dir, 'register.xlsx');
  await writeXlsx(workbook, file);
  return file;
}

const sheetXmls = async (file: string) => {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  return Promise.all(
    Object.keys(zip.files)
      .filter((n) => n.startsWith('xl/worksheets/') && !zip.files[n].dir)
      .map((n) => zip.file(n)!.async('string')),
  );
};

describe('hostile input: values Uppsikt cannot show', () => {
  test('a date serial out of Excel range is kept as typed, written back unchanged, and check names its cell', async () => {
    const dir = tempDir();
    const file = await registerFile(dir, [1e9, 1e308, 46000], []);
    const rows = await recommendations(file);
    expect(rows.map((r) => r.values.klartSenast)).toEqual([1e9, 1e308, new Date(Date.UTC(2025, 11, 9))]);
    const out = path.join(dir, 'omgang.xlsx');
    expect((await uppsikt('ny-omgang', file, '--omgang', '2026', '-o', out)).code).toBe(0);
    expect((await sheetXmls(out)).join('')).not.toContain('NaN');
    expect((await recommendations(out)).map((r) => r.values.klartSenast)).toEqual([1e9, 1e308, new Date(Date.UTC(2025, 11, 9))]);
    const check = await uppsikt('check', out);
    const text = check.err.concat(check.out).join('\n');
    expect(text).not.toContain('Invalid Date');
    expect(text).toMatch(/Rekommendationer!\w+4[^\n]*1000000000 är inte ett datum/);
    expect(text).toMatch(/Rekommendationer!\w+5[^\n]*1e\+308 är inte ett datum/);
  }, 120_000);

  test('literal _xHHHH_ text survives a write by ExcelJS, the package merge and a big table written directly', async () => {
    const dir = tempDir();
    const literal = 'Kod _x0041_ och _x000D_ står kvar';
    const file = await registerFile(dir, [null], [literal]);
    expect((await recommendations(file))[0].values.rekommendation).toBe(literal);
    const out = path.join(dir, 'omgang.xlsx');
    expect((await uppsikt('ny-omgang', file, '--omgang', '2026', '-o', out)).code).toBe(0);
    expect((await recommendations(out))[0].values.rekommendation).toBe(literal);
    // More than DIRECT_ROWS_FROM rows: the rows are written as inline strings.
    const big = await registerFile(
      fs.mkdtempSync(path.join(dir, 'stor-')),
      Array.from({ length: 1200 }, () => null),
      Array.from({ length: 1200 }, () => literal),
    );
    const outBig = path.join(dir, 'stor-omgang.xlsx');
    expect((await uppsikt('ny-omgang', big, '--omgang', '2026', '-o', outBig)).code).toBe(0);
    expect(new Set((await recommendations(outBig)).map((r) => r.values.rekommendation))).toEqual(new Set([literal]));
  }, 180_000);
});
