import path from 'path';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../src/workbook/xlsx';
import { writeControllerPlan } from './_lib/controllerPlan';
import { exampleWorkbook, tempDir, uppsikt } from './runCli';

// Each command reads or writes a real workbook: generous for a busy 2-core machine.
jest.setTimeout(240_000);

interface UtfallDoc {
  period: string | null;
  byNamnd: Record<string, unknown>[];
  controls: { id: string; namnd: string; lage: string; tillfallen: number; genomfordaTillfallen: number; saknas: string[]; sheet: string; cell: string }[];
}

const utfallJson = async (...args: string[]): Promise<UtfallDoc> => {
  const run = await uppsikt('utfall', ...args, '--json');
  expect(run.err).toEqual([]);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as UtfallDoc;
};

/*
 * The counts below are worked out by hand from test/cli/_lib/controllerPlan.ts, up to T2 2026 with the
 * default reporting points T1–T3 (Tertialvis, Kvartalsvis and Månadsvis due at T1 and T2; Halvårsvis at T2;
 * Årligen at its Tidpunkt, else at T3):
 * - Socialnämnden: K1 done T1 and T2 (2 deviations at T2, åtgärd open); K2 due T2, Utförd Nej; K3 (Årligen T1)
 *   done; K4 (Årligen Helår) not due. Genomförda K1, K3; occasions 2+1+1+0 = 4, done 2+0+1 = 3.
 * - Kommunstyrelsen: K5 Ja then Delvis; K6 T1 with a deviation, T2 missing; K7 done T2; K8 both.
 *   Genomförda all four; occasions 2+2+1+2 = 7, done 2+1+1+2 = 6.
 * - Barn- och utbildningsnämnden: K9 nothing (due T1, T2); K10 (Årligen, due T3) done early; K11 done T2 with
 *   three deviations; K12 T1 only. Genomförda K10, K11, K12; occasions 2+0+1+2 = 5, done 0+0+1+1 = 2.
 */
const EXPECTED_BY_NAMND = [
  { namnd: 'Barn- och utbildningsnämnden', kontroller: 4, genomforda: 3, ejGenomforda: 1, medAvvikelse: 1, vasentliga: 0, tillfallen: 5, genomfordaTillfallen: 2 },
  { namnd: 'Kommunstyrelsen', kontroller: 4, genomforda: 4, ejGenomforda: 0, medAvvikelse: 1, vasentliga: 0, tillfallen: 7, genomfordaTillfallen: 6 },
  { namnd: 'Socialnämnden', kontroller: 4, genomforda: 2, ejGenomforda: 2, medAvvikelse: 1, vasentliga: 0, tillfallen: 4, genomfordaTillfallen: 3 },
];
const EXPECTED_LAGE: Record<string, string> = {
  K1: 'Avvikelse',
  K2: 'Ej genomförd',
  K3: 'Genomförd',
  K4: 'Ej aktuell än',
  K5: 'Genomförd',
  K6: 'Ej genomförd',
  K7: 'Genomförd',
  K8: 'Genomförd',
  K9: 'Ej genomförd',
  K10: 'Genomförd',
  K11: 'Avvikelse',
  K12: 'Ej genomförd',
};
const byName = (rows: Record<string, unknown>[]) => [...rows].sort((a, b) => String(a.namnd).localeCompare(String(b.namnd), 'sv'));

describe("uppsikt utfall on a controller's own plan and results (issue 19, done when)", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });

  test.each(['year', 'tertial'] as const)("results kept on a sheet per %s, in the controller's headers, adopted and counted per nämnd", async (kept) => {
    const own = path.join(dir, `egen-${kept}.xlsx`);
    const adopted = path.join(dir, `uppsikt-${kept}.xlsx`);
    await writeControllerPlan(own, kept);
    const adopt = await uppsikt('adopt', own, '-o', adopted);
    expect(adopt.code).toBe(0);
    expect(adopt.stdout).toMatch(/Kontrollutfall: från fliken Utfall .*13 rader/);

    const doc = await utfallJson(adopted);
    expect(doc.period).toBe('T2 2026');
    expect(byName(doc.byNamnd)).toEqual(EXPECTED_BY_NAMND);
    expect(Object.fromEntries(doc.controls.map((c) => [c.id, c.lage]))).toEqual(EXPECTED_LAGE);
    // Red first, then yellow, green and grey.
    const order = ['Ej genomförd', 'Avvikelse', 'Genomförd', 'Ej aktuell än'];
    const ranks = doc.controls.map((c) => order.indexOf(c.lage));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(doc.controls.find((c) => c.id === 'K9')).toMatchObject({ saknas: ['T1 2026', 'T2 2026'], sheet: 'Internkontrollplan', cell: 'A12' });

    // The adopted Kontrollutfall holds each period with its year; the controller's own sheets are unchanged.
    const snapshot = await readXlsx(adopted);
    const results = snapshot.sheets.find((s) => s.name === 'Kontrollutfall')!;
    const periods = results.values.slice(3).map((r) => r[1]);
    expect(periods.filter((p) => p === 'T1 2026')).toHaveLength(6);
    expect(periods.filter((p) => p === 'T2 2026')).toHaveLength(7);
    const ownSheets = snapshot.sheets.filter((s) => s.name.startsWith('Utfall '));
    expect(ownSheets.flatMap((s) => s.values.slice(3).map((r) => r[1])).sort()).toEqual([...Array(6).fill('T1'), ...Array(7).fill('T2')]);
  });

  test('--period and --namnd narrow the picture; T1 2026 counts only what was due then', async () => {
    const adopted = path.join(dir, 'uppsikt-year.xlsx');
    const t1 = await utfallJson(adopted, '--period', 'T1 2026', '--namnd', 'kommunstyrelsen');
    // K5, K6, K8 due at T1 and done; K7 (Halvårsvis) not yet due. K6's deviation is open.
    expect(t1).toMatchObject({
      period: 'T1 2026',
      byNamnd: [{ namnd: 'Kommunstyrelsen', kontroller: 4, genomforda: 3, ejGenomforda: 1, medAvvikelse: 1, tillfallen: 3, genomfordaTillfallen: 3 }],
    });
    expect(t1.controls.map((c) => [c.id, c.lage])).toEqual([
      ['K6', 'Avvikelse'],
      ['K5', 'Genomförd'],
      ['K8', 'Genomförd'],
      ['K7', 'Ej aktuell än'],
    ]);
  });

  test('prints the table per nämnd with a Totalt row and the red controls first, in Swedish', async () => {
    const run = await uppsikt('utfall', path.join(dir, 'uppsikt-year.xlsx'));
    expect(run.code).toBe(0);
    expect(run.out[0]).toMatch(/^Kontrollernas utfall till och med T2 2026 – /);
    expect(run.out.find((l) => l.startsWith('Totalt'))?.split(/\s{2,}/)).toEqual(['Totalt', '12', '9', '3', '3', '0', '16', '11']);
    const firstControl = run.out[run.out.findIndex((l) => l.startsWith('Kontrollerna,')) + 1];
    expect(firstControl).toMatch(/^K2 .*Ej genomförd .*saknar T2 2026 .*Internkontrollplan!A5$/);
  });

  test('refuses a period that is not a period and a nämnd the plan does not have, naming them', async () => {
    const file = path.join(dir, 'uppsikt-year.xlsx');
    const period = await uppsikt('utfall', file, '--period', 'Tertial');
    expect(period.code).toBe(2);
    expect(period.err.join('\n')).toContain('--period');
    const namnd = await uppsikt('utfall', file, '--namnd', 'Tekniska nämnden');
    expect(namnd.code).toBe(2);
    expect(namnd.err.join('\n')).toContain('Tekniska nämnden');
    expect(namnd.err.join('\n')).toContain('Socialnämnden');
  });
});

describe('uppsikt utfall and check on the example and on results that do not add up', () => {
  test('the example shows every läge at T2 2026', async () => {
    const { example } = await exampleWorkbook();
    const doc = await utfallJson(example);
    expect(doc.period).toBe('T2 2026');
    expect(new Set(doc.controls.map((c) => c.lage))).toEqual(new Set(['Ej genomförd', 'Avvikelse', 'Genomförd', 'Ej aktuell än']));
    expect(doc.byNamnd.reduce((n, r) => n + Number(r.vasentliga), 0)).toBe(1);
  });

  test('check names the sheet and cell of each result that does not add up', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'fel.xlsx');
    await writeControllerPlan(file, 'year');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Utfall 2026')!;
    sheet.getCell('I3').value = 'Avvikelse';
    sheet.addRow(['K99', 'T2', 'Ja', null, 5, 0, 'Okänd kontroll', null]); // row 17
    sheet.addRow(['K1', 'T7 i år', 'Ja', null, 5, 0, 'Ingen period', null]); // row 18
    sheet.addRow(['K5', 'T2', 'Nej', null, null, null, null, null]); // row 19
    sheet.addRow(['K8', 'T2', 'Ja', null, 3, 5, 'Fler fel än granskade', 'Rättat']); // row 20
    sheet.addRow(['K12', 'T2', 'Ja', null, 10, 1, 'Obehörigt uppslag', null, 'Väsentlig']); // row 21
    await workbook.xlsx.writeFile(file);

    const run = await uppsikt('check', file, '--json');
    expect(run.code).toBe(1);
    const findings = JSON.parse(run.stdout) as { severity: string; sheet: string; cell: string; message: string }[];
    const at = (cell: string) =>
      findings
        .filter((f) => f.sheet === 'Utfall 2026' && f.cell === cell)
        .map((f) => f.message)
        .join(' ');
    expect(at('A17')).toContain('K99');
    expect(at('B18')).toMatch(/T7 i år/);
    expect(at('G19')).toContain('Resultat är tomt');
    expect(at('F20')).toMatch(/5/);
    expect(at('H21')).toContain('väsentlig');
  });
});

describe("adopt and upgrade keep results written in the plan's own Utfall and Avvikelse columns", () => {
  test("a hand-made plan with text in Utfall gets one result per control for the plan's year; the columns stay", async () => {
    const dir = tempDir();
    const own = path.join(dir, 'plan.xlsx');
    const adopted = path.join(dir, 'uppsikt.xlsx');
    const workbook = new ExcelJS.Workbook();
    const risks = workbook.addWorksheet('Riskanalys');
    risks.addRow(['Id', 'Nämnd', 'Risk', 'Sannolikhet', 'Konsekvens']);
    risks.addRow(['R1', 'Socialnämnden', 'Felaktiga utbetalningar', 3, 4]);
    const plan = workbook.addWorksheet('Internkontrollplan 2026');
    plan.addRow(['Id', 'Risk-id', 'Kontrollmoment', 'Frekvens', 'Utfall', 'Avvikelse']);
    plan.addRow(['K1', 'R1', 'Stickprov', 'Årligen', 'Två fel i april', 'Rutinen förtydligad']);
    plan.addRow(['K2', 'R1', 'Avstämning', 'Årligen', null, null]);
    await workbook.xlsx.writeFile(own);

    expect((await uppsikt('adopt', own, '-o', adopted)).code).toBe(0);
    const snapshot = await readXlsx(adopted);
    const results = snapshot.sheets
      .find((s) => s.name === 'Kontrollutfall')!
      .values.slice(3)
      .filter((r) => r.some((v) => v !== null && v !== ''));
    expect(results).toHaveLength(1);
    expect(results[0]).toEqual(expect.arrayContaining(['K1', '2026', 'Två fel i april', 'Rutinen förtydligad']));
    const controls = snapshot.sheets.find((s) => s.name === 'Internkontrollplan')!;
    expect(controls.values.flat()).toEqual(expect.arrayContaining(['Två fel i april', 'Rutinen förtydligad']));
  });

  test('a version 1 Uppsikt workbook is upgraded with its Utfall text as results, nothing else lost', async () => {
    const { dir, example } = await exampleWorkbook();
    const v1 = path.join(dir, 'v1.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(example);
    workbook.removeWorksheet(workbook.getWorksheet('Kontrollutfall')!.id);
    workbook.getWorksheet('Inställningar')!.getCell('B4').value = 1;
    await workbook.xlsx.writeFile(v1);

    const upgraded = path.join(dir, 'v2.xlsx');
    const run = await uppsikt('adopt', v1, '-o', upgraded);
    expect(run.code).toBe(0);
    const doc = await utfallJson(upgraded);
    // The example's K1 had "Två avvikelser i april" in Utfall; the plan was adopted 2025-12-11, for 2026.
    expect(doc.period).toBe('2026');
    const snapshot = await readXlsx(upgraded);
    const results = snapshot.sheets
      .find((s) => s.name === 'Kontrollutfall')!
      .values.slice(3)
      .filter((r) => r.some((v) => v !== null && v !== ''));
    expect(results).toEqual([expect.arrayContaining(['K1', '2026', 'Två avvikelser i april (saknat kontoutdrag)', 'Rutinen för kontoutdrag förtydligad'])]);
  });
});
