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
  ])('%s stops the import with the ids named, and no file is written', async (_what, twin) => {
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
  }, 120_000);
});
