import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { controlOverview } from '../../src/core';
import { openRegister } from '../../src/cli/commands/openRegister';
import { renderUppsikt, writeXlsx } from '../../src/workbook/xlsx';
import { namndRegisters } from '../usecases/yearClose/_fixture';
import { tempDir, uppsikt } from './runCli';

/*
 * Kommunstyrelsen collects the nämnders' closed years: `samla` carries every result (renumbered with its
 * control) and every helhetsbedömning, says how many nämnder have reported, and the consolidated workbook
 * gives each nämnd the same year as its own file did.
 */
describe('samla with the year closed', () => {
  const dir = tempDir();
  const files: Record<string, string> = {};
  const target = path.join(dir, 'kommunen.xlsx');
  let run: Awaited<ReturnType<typeof uppsikt>>;

  beforeAll(async () => {
    for (const { namnd, register } of namndRegisters()) {
      const workbook = new ExcelJS.Workbook();
      renderUppsikt(workbook, register, { today: 46000 });
      files[namnd] = path.join(dir, `${namnd}.xlsx`);
      await writeXlsx(workbook, files[namnd]);
    }
    const list = path.join(dir, 'namnder.txt');
    fs.writeFileSync(list, 'Socialnämnden\nKulturnämnden\nTekniska nämnden\n');
    run = await uppsikt('samla', ...Object.values(files), '--namnder', list, '-o', target);
  }, 120_000);

  test('says how many nämnder have reported the year, and which have not', () => {
    expect(run.code).toBe(0);
    expect(run.out).toContain('Av de tre nämnderna har två rapporterat uppföljningen av intern kontroll 2026.');
    expect(run.out).toContain('Har inte rapporterat: Tekniska nämnden.');
  });

  test('each nämnd counts the same in the consolidated workbook as in its own file', async () => {
    const consolidated = (await openRegister(target)).register;
    expect(consolidated.tables.Kontrollutfall!.rows).toHaveLength(12);
    expect(consolidated.tables.Helhetsbedömningar!.rows.map((r) => r.values.namnd)).toEqual(['Socialnämnden']);
    for (const [namnd, file] of Object.entries(files)) {
      const own = controlOverview((await openRegister(file)).register, { period: '2026' }).value!.total;
      const there = controlOverview(consolidated, { period: '2026', namnd }).value!.total;
      expect({ ...there, namnd: '' }).toEqual({ ...own, namnd: '' });
    }
  });

  test('the kommungemensam control is compared across the nämnder that carry it', async () => {
    const report = path.join(dir, 'ks.xlsx');
    expect((await uppsikt('export', target, '--uppfoljning', '2026', '-o', report)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(report);
    const rows: string[][] = [];
    workbook.getWorksheet('Nämnder')!.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1).map((v) => String(v ?? ''))));
    expect(rows.find((r) => r[0].endsWith(': Behörighetskontroll'))?.slice(1, 4)).toEqual(['2', '2 av 2', '2']);
    expect(rows.filter((r) => ['Socialnämnden', 'Kulturnämnden', 'Tekniska nämnden'].includes(r[0])).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Socialnämnden', 'Ja', '2 av 4'],
      ['Kulturnämnden', 'Ja', '2 av 2'],
      ['Tekniska nämnden', 'Nej', '0 av 1'],
    ]);
  });
});
