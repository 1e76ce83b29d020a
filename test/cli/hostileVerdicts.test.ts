import fs from 'fs';
import path from 'path';
import { defaultScale, parseFollowUpReport, registerFromRecords } from '../../src/core';
import { registerWorkbook } from './_lib/registerWorkbook';
import { tempDir, uppsikt } from './runCli';

/*
 * Issue 22, verdicts lost: two recommendations sharing an id (also only in case or a trailing space) made a
 * follow-up import write one Uppföljning row, so the auditors' Ej åtgärdad for one was lost and both showed
 * the other's verdict, exit 0. Now the import stops before anything is written, naming the ids and cells.
 */

const haninge = path.join(__dirname, '../fixtures/reports/haninge-uppfoljning-granskningar-2024.txt');

describe('hostile input: a follow-up into a register whose ids are not unique', () => {
  test.each([
    ['the same id', 'G1-1'],
    ['another case', 'g1-1'],
    ['a trailing space', 'G1-1 '],
    ['a no-break space inside', 'G1-\u00a01'],
  ])(
    '%s stops the import with the ids named, and no file is written',
    async (_what, twin) => {
      const dir = tempDir();
      const report = parseFollowUpReport(fs.readFileSync(haninge, 'utf8'))!;
      const register = registerFromRecords(defaultScale, {
        Granskningar: report.granskningar.map((g) => ({ id: `G${g.nr}`, titel: g.title, ar: g.year ?? null })),
        Rekommendationer: report.recommendations.map((r) => ({
          id: r.granskning === 1 && r.nr === 2 ? twin : `G${r.granskning}-${r.nr}`,
          granskningId: `G${r.granskning}`,
          nr: r.nr,
          rekommendation: r.text,
          mottagare: 'Kommunstyrelsen',
        })),
      });
      const start = await registerWorkbook(dir, register);
      const target = path.join(dir, 'ut.xlsx');
      const run = await uppsikt('import-report', haninge, '--into', start, '-o', target);
      expect(run.code).toBe(2);
      const message = run.err.join('\n');
      expect(message).toContain('Uppföljningen kan inte infogas');
      expect(message).toContain('”G1-1” i Rekommendationer!A');
      expect(message).toContain(`”${twin}” i Rekommendationer!A`);
      expect(message).toContain('Ingen fil har skrivits');
      expect(fs.existsSync(target)).toBe(false);
    },
    120_000,
  );
});

/*
 * The same for a plain report's recommendations: rows are matched to a granskning by its id, so two
 * Granskningar whose ids differ only in case would both receive the report's rows.
 */
const helsingborg = path.join(__dirname, '../fixtures/reports/helsingborg-styrning-it-2023.txt');

describe('hostile input: recommendations into a register whose granskning ids are not unique', () => {
  test('two granskningar G1 and "g1 " stop the import with both named, and no file is written', async () => {
    const dir = tempDir();
    const register = registerFromRecords(defaultScale, {
      Granskningar: [
        { id: 'G1', titel: 'Granskning av styrning och uppföljning av IT', ar: 2023 },
        { id: 'g1 ', titel: 'Granskning av lönerutiner', ar: 2022 },
      ],
      Rekommendationer: [{ id: 'G1-1', granskningId: 'G1', nr: 1, rekommendation: 'Säkerställ en rutin.', mottagare: 'Kommunstyrelsen' }],
    });
    const start = await registerWorkbook(dir, register);
    const target = path.join(dir, 'ut.xlsx');
    const run = await uppsikt('import-report', helsingborg, '--into', start, '-o', target);
    expect(run.code).toBe(2);
    const message = run.err.join('\n');
    expect(message).toContain('Rekommendationerna kan inte infogas');
    expect(message).toContain('”G1” i Granskningar!A');
    expect(message).toContain('”g1 ” i Granskningar!A');
    expect(fs.existsSync(target)).toBe(false);
  }, 120_000);
});
