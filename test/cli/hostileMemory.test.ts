import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../src/workbook/xlsx';
import { writeBigWorkbook } from '../../bench/bigWorkbook';
import { childCli } from './_lib/childCli';
import { addSheet, loadPackage, oneCellSheet, savePackage, SHEET_NS, writeWithHugeSheet } from './_lib/craftedPackage';
import { exampleWorkbook } from './runCli';

/*
 * Issue 22, memory on legal and crafted files: each command runs in a child process with a 1 GB heap and
 * its peak resident memory is the bound (never a timing). Before sparse reading, one value at XFD1048576
 * was a padded 1,048,576 × 16,384 grid and V8 died with "FATAL ERROR … heap out of memory" in English.
 */

const PEAK_MB = 700;
const english = /FATAL|heap out of memory|Error:|at .*\.ts:/;

describe('hostile input: memory', () => {
  let dir: string;
  let example: string;
  beforeAll(async () => ({ dir, example } = await exampleWorkbook()), 60_000);

  test('one value at XFD1048576 on an unrelated sheet: summary reads it sparsely', async () => {
    const zip = await loadPackage(example);
    await addSheet(zip, 'Långt bort', oneCellSheet('XFD1048576', 7));
    const file = path.join(dir, 'xfd-extra.xlsx');
    await savePackage(zip, file);
    expect(fs.statSync(file).size).toBeLessThan(100_000);
    const run = await childCli(['summary', file]);
    expect(run.stderr).not.toMatch(english);
    expect(run.code).toBe(0);
    expect(run.peakMb).toBeLessThan(PEAK_MB);
  }, 120_000);

  test('one value at XFD1048576 below a register on its own sheet: summary and adopt stay small', async () => {
    // A plain workbook (no Excel tables, found by its headers) with the recommendations and a far cell.
    const own = (await readXlsx(example)).sheets.find((s) => s.name === 'Rekommendationer')!;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Rekommendationer');
    own.values.forEach((row, r) => {
      if (r >= 2) sheet.getRow(r - 1).values = row.map((v) => (v instanceof Date || typeof v !== 'object' ? v : null)) as ExcelJS.CellValue[];
    });
    sheet.getCell('XFD1048576').value = 7;
    const file = path.join(dir, 'xfd-same.xlsx');
    await workbook.xlsx.writeFile(file);
    expect(fs.statSync(file).size).toBeLessThan(100_000);
    const summary = await childCli(['summary', file]);
    expect(summary.stderr).not.toMatch(english);
    expect(summary.code).toBe(0);
    expect(summary.stdout).toMatch(/\d/);
    expect(summary.peakMb).toBeLessThan(PEAK_MB);
    const adopt = await childCli(['adopt', file, '-o', path.join(dir, 'xfd-same-ut.xlsx')]);
    expect(adopt.stderr).not.toMatch(english);
    expect(adopt.code).toBe(0);
    expect(adopt.peakMb).toBeLessThan(PEAK_MB);
  }, 180_000);

  test('a few MB that inflate past a gigabyte: refused at once in Swedish, naming the sheet', async () => {
    const zip = await loadPackage(example);
    const part = await addSheet(zip, 'Data', '');
    const text = 'x'.repeat(1200);
    const file = path.join(dir, 'bomb.xlsx');
    await writeWithHugeSheet(zip, file, part, (r) => `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${text}</t></is></c></row>`, 720_000);
    expect(fs.statSync(file).size).toBeLessThan(20 * 1024 * 1024);
    for (const args of [
      ['adopt', file, '-o', path.join(dir, 'bomb-ut.xlsx')],
      ['export', file, '-o', path.join(dir, 'bomb-rapport.xlsx')],
    ]) {
      const run = await childCli(args);
      expect(run.stderr).not.toMatch(english);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('fliken Data');
      expect(run.stderr).toContain('packas upp till mer än');
      expect(run.peakMb).toBeLessThan(PEAK_MB);
    }
    expect(fs.existsSync(path.join(dir, 'bomb-ut.xlsx'))).toBe(false);
  }, 300_000);

  test('rows each reaching column XFD: refused by the cell limit in Swedish, naming the sheet', async () => {
    const zip = await loadPackage(example);
    const rows = Array.from({ length: 2_000 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`).join('');
    await addSheet(zip, 'Bred', `<?xml version="1.0" encoding="UTF-8"?><worksheet ${SHEET_NS}><sheetData>${rows}</sheetData></worksheet>`);
    const file = path.join(dir, 'bred.xlsx');
    await savePackage(zip, file);
    const run = await childCli(['check', file]);
    expect(run.stderr).not.toMatch(english);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('fliken Bred');
    expect(run.stderr).toContain('fler celler än Uppsikt kan hålla');
    expect(run.peakMb).toBeLessThan(PEAK_MB);
  }, 120_000);

  test('export of 100,000 recommendations writes the big table straight to XML, as adopt does', async () => {
    const file = path.join(dir, 'stor.xlsx');
    writeBigWorkbook(file, 100_000, 1_000);
    const target = path.join(dir, 'stor-rapport.xlsx');
    const run = await childCli(['export', file, '-o', target]);
    expect(run.stderr).not.toMatch(english);
    expect(run.code).toBe(0);
    expect(run.peakMb).toBeLessThan(PEAK_MB);
    const report = await readXlsx(target);
    expect(report.tables.find((t) => t.name === 'Rekommendationer')?.rowCount).toBe(100_000);
  }, 400_000);
});
