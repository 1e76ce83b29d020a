import fs from 'fs';
import path from 'path';
import { addSheet, loadPackage, oneCellSheet, savePackage } from './_lib/craftedPackage';
import { exampleWorkbook, uppsikt } from './runCli';

/*
 * Issue 22, messages: a damaged deflate stream was "systemfel Z_DATA_ERROR" with no advice, and a package
 * without [Content_Types].xml was reported as "Kunde inte skriva", a write problem, though the input is at fault.
 */

describe('hostile input: messages that name the real problem', () => {
  let dir: string;
  let example: string;
  beforeAll(async () => ({ dir, example } = await exampleWorkbook()), 60_000);

  test('a damaged deflate stream names the part and what to do', async () => {
    const damaged = Buffer.from(fs.readFileSync(example));
    for (let i = 3000; i < 3100; i++) damaged[i] ^= 0xff;
    const file = path.join(dir, 'skadad.xlsx');
    fs.writeFileSync(file, damaged);
    for (const args of [
      ['summary', file],
      ['adopt', file, '-o', path.join(dir, 'skadad-ut.xlsx')],
    ]) {
      const run = await uppsikt(...args);
      expect(run.code).toBe(2);
      const err = run.err.join('\n');
      expect(err).not.toContain('Z_DATA_ERROR');
      expect(err).toMatch(/skadad: delen xl\/worksheets\/sheet\d+\.xml går inte att packa upp.*tidigare kopia/);
    }
  }, 60_000);

  test('a package without [Content_Types].xml is an input problem, not a failed write', async () => {
    const zip = await loadPackage(example);
    zip.remove('[Content_Types].xml');
    const file = path.join(dir, 'utan-typer.xlsx');
    await savePackage(zip, file);
    const run = await uppsikt('adopt', file, '-o', path.join(dir, 'utan-typer-ut.xlsx'));
    expect(run.code).toBe(2);
    const err = run.err.join('\n');
    expect(err).not.toContain('Kunde inte skriva');
    expect(err).toContain('saknar delen [Content_Types].xml');
  }, 60_000);
});

describe('hostile input: a sheet wider than Excel allows', () => {
  let dir: string;
  let example: string;
  beforeAll(async () => ({ dir, example } = await exampleWorkbook()), 60_000);

  /*
   * Column 16,385 (XFE) is one past Excel's last (XFD). Such a cell on a user's sheet was reported as
   * "Kunde inte skriva"; the sheet is the user's, so Uppsikt reads past it and keeps it byte for byte.
   */
  test('a cell in column XFE on a user sheet: summary counts, adopt and ny-omgang write, the sheet kept as it was', async () => {
    const zip = await loadPackage(example);
    const part = await addSheet(zip, 'För bred', oneCellSheet('XFE1', 7));
    const file = path.join(dir, 'for-bred.xlsx');
    await savePackage(zip, file);
    const summary = await uppsikt('summary', file);
    expect(summary.code).toBe(0);
    expect(summary.out.join('\n')).toContain('Sammanställning per granskning');
    for (const [command, ...rest] of [
      ['adopt', '-o', 'for-bred-ut.xlsx'],
      ['ny-omgang', '--omgang', '2027', '-o', 'for-bred-2027.xlsx'],
    ]) {
      const target = path.join(dir, rest[rest.length - 1]);
      const run = await uppsikt(command, file, ...rest.slice(0, -1), target);
      expect(run.err.join('\n')).not.toMatch(/Kunde inte skriva|systemfel/);
      expect(run.code).toBe(0);
      const written = await loadPackage(target);
      expect(await written.file(part)!.async('string')).toBe(oneCellSheet('XFE1', 7));
    }
  }, 60_000);
});
