import path from 'path';
import ExcelJS from 'exceljs';
import { FOLLOW_UP_STATUSES } from '../../src/core';
import { HANINGE_HEADERS, HANINGE_PER_NAMND, haningeRegisterRows } from '../_lib/haninge';
import { expectedLatest, LATEST_ASSESSED, ROUND_HEADERS, ROUND_REGISTER_SIZE, writeRoundRegister } from '../_lib/roundRegister';
import { tempDir, uppsikt } from './runCli';

// Each command reads or writes a real workbook: generous for a busy 2-core machine.
jest.setTimeout(240_000);

type Row = { [key: string]: unknown; counts: Record<string, number>; total: number };
const totals = (rows: Row[]) => Object.fromEntries(FOLLOW_UP_STATUSES.map((s) => [s, rows.reduce((n, r) => n + r.counts[s], 0)]));

async function writeHaninge(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Uppföljning 2024');
  sheet.addRow(['Uppföljning av granskningar 2024, Haninge kommun']);
  sheet.addRow([]);
  sheet.addRow(HANINGE_HEADERS);
  for (const row of haningeRegisterRows()) sheet.addRow(row);
  await workbook.xlsx.writeFile(file);
}

describe('registers as controllers keep them', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });

  test('Haninge: summary --by namnd gives one row per nämnd, Kommunstyrelsen 24, a Totalt of 44', async () => {
    const file = path.join(dir, 'haninge.xlsx');
    await writeHaninge(file);
    const json = await uppsikt('summary', file, '--by', 'namnd', '--json');
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout) as Row[];
    expect(Object.fromEntries(rows.map((r) => [r.namnd, r.total]))).toEqual(HANINGE_PER_NAMND);

    const text = await uppsikt('summary', file, '--by', 'namnd');
    const total = text.out.find((l) => l.startsWith('Totalt'))!;
    expect(total.trim().split(/\s{2,}/)).toEqual(['Totalt', '31', '13', '0', '0', '44']);
    expect(text.out).toContain('En rekommendation till flera nämnder räknas i varje nämnds rad men en gång i Totalt.');
  });

  test('Haninge: adopt fills the ids and makes Granskningar from titles and years, says so, and check is clean', async () => {
    const file = path.join(dir, 'haninge-egen.xlsx');
    const output = path.join(dir, 'haninge-uppsikt.xlsx');
    await writeHaninge(file);
    const run = await uppsikt('adopt', file, '-o', output);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Uppföljning 2024: 44 rader utan Id får REK1–REK44.');
    expect(run.out).toContain('Granskningar: 7 granskningar skapas från kolumnerna Granskning och År; Granskning-id fylls i på 44 rekommendationer.');

    const check = await uppsikt('check', output, '--json');
    expect(JSON.parse(check.stdout)).toEqual([]);
    expect(check.code).toBe(0);
    const byGranskning = JSON.parse((await uppsikt('summary', output, '--json')).stdout) as Row[];
    expect(byGranskning).toHaveLength(7);
    expect(totals(byGranskning)).toEqual({ Åtgärdad: 31, 'Delvis åtgärdad': 13, 'Ej åtgärdad': 0, 'Ej bedömd': 0 });
    const byNamnd = JSON.parse((await uppsikt('summary', output, '--by', 'namnd', '--json')).stdout) as Row[];
    expect(Object.fromEntries(byNamnd.map((r) => [r.namnd, r.total]))).toEqual(HANINGE_PER_NAMND);
  });

  test('a column per round: summary reads the latest round with a verdict, adopt writes the rounds, check is clean', async () => {
    const file = path.join(dir, 'omgangar.xlsx');
    const output = path.join(dir, 'omgangar-uppsikt.xlsx');
    await writeRoundRegister(file, { ids: false });

    const summary = JSON.parse((await uppsikt('summary', file, '--json')).stdout) as Row[];
    expect(totals(summary)).toEqual(expectedLatest());
    expect((await uppsikt('summary', file)).stdout).toContain(`Omgång T2 2025: ${LATEST_ASSESSED} av ${ROUND_REGISTER_SIZE} bedömda`);
    const before = JSON.parse((await uppsikt('check', file, '--json')).stdout) as { message: string }[];
    expect(before.filter((f) => /okänd/.test(f.message))).toEqual([]);

    const run = await uppsikt('adopt', file, '-o', output);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Läses som uppföljningsomgångar i Uppföljning: Status 2023 (E) → omgång 2023, 44 bedömningar; Bedömning 2024 (F) → omgång 2024');
    expect(run.stdout).toContain(`från kolumnerna ${ROUND_HEADERS.join(', ')}; kolumnerna behålls som de är i Rekommendationer.`);
    expect(run.out).toContain(`Revisionens rekommendationer: ${ROUND_REGISTER_SIZE} rader utan Id får REK1–REK${ROUND_REGISTER_SIZE}.`);

    const check = await uppsikt('check', output, '--json');
    expect(JSON.parse(check.stdout)).toEqual([]);
    const after = JSON.parse((await uppsikt('summary', output, '--json')).stdout) as Row[];
    expect(totals(after)).toEqual(expectedLatest());
  });

  test('check names a round cell it could not map and a column of verdicts it did not read', async () => {
    const file = path.join(dir, 'omgangar-fel.xlsx');
    await writeRoundRegister(file, { ids: true });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Revisionens rekommendationer')!;
    sheet.getCell('G6').value = 'klar';
    sheet.getCell('J3').value = 'Läge enligt förvaltningen';
    for (let r = 4; r <= 3 + ROUND_REGISTER_SIZE; r++) sheet.getCell(`J${r}`).value = r % 2 ? 'Åtgärdad' : 'Delvis åtgärdad';
    await workbook.xlsx.writeFile(file);

    const check = await uppsikt('check', file, '--json');
    const findings = JSON.parse(check.stdout) as { severity: string; sheet: string; cell: string; message: string }[];
    expect(findings.filter((f) => f.message.includes('klar'))).toEqual([
      { severity: 'error', sheet: 'Revisionens rekommendationer', cell: 'G6', message: expect.stringContaining('Statusen ”klar” är okänd') },
    ]);
    expect(findings.filter((f) => f.cell === 'J3')).toEqual([
      {
        severity: 'warning',
        sheet: 'Revisionens rekommendationer',
        cell: 'J3',
        message: expect.stringContaining('Kolumnen Läge enligt förvaltningen på fliken Revisionens rekommendationer ser ut att innehålla bedömningar men läses inte'),
      },
    ]);
  });
});
