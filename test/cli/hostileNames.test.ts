import fs from 'fs';
import path from 'path';
import { defaultScale, registerFromRecords } from '../../src/core';
import { readXlsx } from '../../src/workbook/xlsx';
import { registerWorkbook } from './_lib/registerWorkbook';
import { tempDir, uppsikt } from './runCli';

/*
 * Issue 22, names that split or vanish in `export --alla`: with no Nämnder list "Kultur & fritidsnämnden"
 * became two reports, "a/b" and "../../tmp/evil" several (one outside the folder), a nämnd in NFD got an
 * empty report beside a second Socialnämnden.xlsx, a 300-character name ended every report with an English
 * ENAMETOOLONG, and rows of a misspelt nämnd reached no report, silently, exit 0.
 */

const risk = (id: string, namnd: string) => ({ id, namnd, risk: `Risk ${id}`, sannolikhet: 2, konsekvens: 3 });
const listing = (folder: string) => fs.readdirSync(folder).sort();

describe('hostile input: nämnd names in export --alla', () => {
  test('no list: names with & and / stay whole, nothing is written outside the folder', async () => {
    const dir = tempDir();
    const long = `Nämnden för ${'mycket långa namn 👩‍👩‍👧 '.repeat(12)}`.trim();
    const file = await registerWorkbook(
      dir,
      registerFromRecords(defaultScale, {
        Risker: [risk('R1', 'Kultur & fritidsnämnden'), risk('R2', 'a/b'), risk('R3', '../../tmp/evil'), risk('R4', long)],
      }),
    );
    const out = path.join(dir, 'rapporter');
    const run = await uppsikt('export', file, '-o', out, '--alla');
    expect(run.err.join('\n')).not.toMatch(/ENAMETOOLONG|Error/);
    expect(run.code).toBe(0);
    const files = listing(out);
    expect(files).toHaveLength(4);
    expect(files).toContain('Kultur & fritidsnämnden.xlsx');
    expect(files).toContain('a-b.xlsx');
    expect(files.some((f) => f.includes('\ufffd'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'tmp'))).toBe(false);
    // Each report holds its own nämnd's risk.
    const kultur = await readXlsx(path.join(out, 'Kultur & fritidsnämnden.xlsx'));
    expect(JSON.stringify(kultur.sheets.find((s) => s.name === 'Internkontrollplan')!.values)).toContain('"R1: ');
  }, 120_000);

  test('a nämnd typed in NFD against an NFC list gets its rows, and one file', async () => {
    const dir = tempDir();
    const register = registerFromRecords(defaultScale, { Risker: [risk('R1', 'Socialnämnden'.normalize('NFD')), risk('R2', 'Socialnämnden')] });
    const file = await registerWorkbook(dir, { ...register, lists: { ...register.lists, namnder: ['Socialnämnden'.normalize('NFC'), 'Kommunstyrelsen'] } });
    const out = path.join(dir, 'rapporter');
    const run = await uppsikt('export', file, '-o', out, '--alla');
    expect(run.code).toBe(0);
    expect(listing(out)).toEqual(['Kommunstyrelsen.xlsx', 'Socialnämnden.xlsx']);
    expect(run.stdout).toMatch(/Socialnämnden[^\n]*2 risker/);
  }, 120_000);

  test('rows whose nämnd reaches no report are listed with their cells, exit 1 unless --tillat-utelamnade', async () => {
    const dir = tempDir();
    const register = registerFromRecords(defaultScale, {
      Risker: [risk('R1', 'Socialnämnden'), risk('R2', 'Socialnämdnen')],
      Granskningar: [{ id: 'G1', titel: 'Granskning av IT', ar: 2024 }],
      Rekommendationer: [{ id: 'G1-1', granskningId: 'G1', nr: 1, rekommendation: 'Gör en plan', mottagare: 'Byggnämnden' }],
    });
    const file = await registerWorkbook(dir, { ...register, lists: { ...register.lists, namnder: ['Socialnämnden'] } });
    const run = await uppsikt('export', file, '-o', path.join(dir, 'ut'), '--alla');
    expect(run.code).toBe(1);
    const err = run.err.join('\n');
    expect(err).toContain('2 rader kommer inte med i någon nämnds rapport');
    expect(err).toMatch(/Riskanalys!B5: risk R2, nämnd ”Socialnämdnen”/);
    expect(err).toMatch(/Rekommendationer!\w+\d+: rekommendation G1-1, nämnd ”Byggnämnden”/);
    const allowed = await uppsikt('export', file, '-o', path.join(dir, 'ut2'), '--alla', '--tillat-utelamnade');
    expect(allowed.code).toBe(0);
    expect(allowed.err.join('\n')).toContain('--tillat-utelamnade');
  }, 120_000);
});
