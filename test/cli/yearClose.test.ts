import crypto from 'crypto';
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { controlOverview, type RegisterData } from '../../src/core';
import { openRegister } from '../../src/cli/commands/openRegister';
import { renderUppsikt, writeXlsx } from '../../src/workbook/xlsx';
import { yearRegister } from '../usecases/yearClose/_fixture';
import { tempDir, uppsikt } from './runCli';

/*
 * Closing 2026 and opening 2027 on real files: `nytt-ar` carries everything and marks what the nämnd must
 * decide on, the results stay row for row (the year's picture is the same on the new workbook as on the
 * old), the input is never changed; `export --uppfoljning` reports the same counts as the workbook holds.
 */
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function overviewOf(register: RegisterData, period: string, namnd?: string) {
  const value = controlOverview(register, { period, ...(namnd ? { namnd } : {}) }).value!;
  return { controls: value.controls.map((c) => [c.id, c.lage, c.genomford, c.medAvvikelse, c.tillfallen, c.genomfordaTillfallen]), byNamnd: value.byNamnd };
}

describe('a year closed and the next opened', () => {
  const dir = tempDir();
  const source = path.join(dir, 'plan2026.xlsx');
  const target = path.join(dir, 'plan2027.xlsx');
  let before: string;
  let run: Awaited<ReturnType<typeof uppsikt>>;

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    renderUppsikt(workbook, yearRegister(), { today: 46000 });
    await writeXlsx(workbook, source);
    before = sha(source);
    run = await uppsikt('nytt-ar', source, '--ar', '2027', '-o', target);
  }, 120_000);

  test('nytt-ar says what it does and writes the new plan, leaving the input as it was', () => {
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.out[0]).toBe('Internkontrollplan 2027 görs av planen för 2026:');
    expect(run.stdout).toContain('7 kontroller följer med; 5 markeras ”Från uppföljningen 2026”');
    expect(run.stdout).toContain('Fastställd (2025-12-11) och Beslutsnummer (SN 2025/88) töms');
    expect(run.out[run.out.length - 1]).toContain(`Skrev ${target}.`);
    expect(sha(source)).toBe(before);
  });

  test('every result row is the same, and the year looks the same from the new workbook', async () => {
    const old = (await openRegister(source)).register;
    const next = (await openRegister(target)).register;
    const rows = (r: RegisterData, table: string) => r.tables[table]!.rows.map((row) => row.values);
    expect(rows(next, 'Kontrollutfall')).toEqual(rows(old, 'Kontrollutfall'));
    expect(rows(next, 'Kontrollutfall')).toHaveLength(12);
    expect(rows(next, 'Helhetsbedömningar')).toEqual(rows(old, 'Helhetsbedömningar'));
    expect(rows(next, 'Risker')).toEqual(rows(old, 'Risker'));
    expect(rows(next, 'Kontroller')).toEqual(rows(old, 'Kontroller'));
    for (const period of ['T1 2026', 'T2 2026', 'T3 2026', '2026', 'T3 2025']) expect(await overviewOf(next, period)).toEqual(await overviewOf(old, period));
  });

  test('the new plan is not adopted yet, and marks what the nämnd must decide on', async () => {
    const next = (await openRegister(target)).register;
    expect(next.plan?.faststalld ?? null).toBeNull();
    expect(next.plan?.beslutsnummer ?? null).toBeNull();
    const marks = Object.fromEntries(next.tables.Kontroller!.rows.map((r) => [r.values.id, r.extra['Inför 2027'] ?? null]));
    expect(marks).toEqual({
      K1: 'Från uppföljningen 2026: avvikelse med åtgärd som inte är klar',
      K2: 'Från uppföljningen 2026: ej genomförd',
      K3: null,
      K4: 'Från uppföljningen 2026: ej genomförd',
      K5: null,
      K6: 'Från uppföljningen 2026: avvikelse med åtgärd som inte är klar',
      K7: 'Från uppföljningen 2026: ej genomförd',
    });
    expect(next.tables.Risker!.rows.every((r) => r.extra['Inför 2027'] === 'Förslag från 2026: bedöm sannolikhet och konsekvens på nytt')).toBe(true);
  });

  test('an existing target is refused without --ersatt, replaced with it; the year must be a year', async () => {
    const again = await uppsikt('nytt-ar', source, '--ar', '2027', '-o', target);
    expect(again.code).not.toBe(0);
    expect(again.err.join(' ')).toContain('--ersatt');
    expect((await uppsikt('nytt-ar', source, '--ar', '2027', '-o', target, '--ersatt')).code).toBe(0);
    const bad = await uppsikt('nytt-ar', source, '--ar', 'nästa', '-o', path.join(dir, 'x.xlsx'));
    expect(bad.code).not.toBe(0);
    expect(bad.err.join(' ')).toContain('”nästa” är inget år');
    expect(fs.existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
    expect(sha(source)).toBe(before);
  });

  describe('export --uppfoljning 2026', () => {
    const cellTexts = async (file: string, sheet: string) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const ws = workbook.getWorksheet(sheet)!;
      const rows: string[][] = [];
      ws.eachRow((row) =>
        rows.push((row.values as ExcelJS.CellValue[]).slice(1).map((v) => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v)))),
      );
      return { rows, workbook };
    };
    const fact = (rows: string[][], label: string) => rows.find((r) => r[0] === label)?.[1];

    test('a nämnd: the summary counts as the workbook does, values only', async () => {
      const file = path.join(dir, 'soc.xlsx');
      const out = await uppsikt('export', source, '--uppfoljning', '2026', '--namnd', 'socialnämnden', '-o', file, '--per', '2027-02-25');
      expect(out.err).toEqual([]);
      expect(out.code).toBe(0);
      expect(out.stdout).toContain('genomförda kontroller 2 av 4, 2 avvikelser, helhetsbedömning Inte helt tillräcklig');
      const { rows, workbook } = await cellTexts(file, 'Sammanfattning');
      expect(workbook.worksheets.map((w) => w.name)).toEqual(['Sammanfattning', 'Kontroller', 'Avvikelser']);
      const register = (await openRegister(source)).register;
      const counts = controlOverview(register, { period: '2026', namnd: 'Socialnämnden' }).value!.total;
      expect(fact(rows, 'Genomförda kontroller')).toBe(`${counts.genomforda} av ${counts.kontroller}`);
      expect(fact(rows, 'Genomförda kontroller')).toBe('2 av 4');
      expect(fact(rows, 'Genomförda tillfällen')).toBe(`${counts.genomfordaTillfallen} av ${counts.tillfallen}`);
      expect(fact(rows, 'Ej genomförda kontroller')).toBe(String(counts.ejGenomforda));
      expect(fact(rows, 'Kontroller med avvikelse')).toBe(String(counts.medAvvikelse));
      expect(fact(rows, 'Klara')).toBe(String(counts.atgarderKlara));
      expect(fact(rows, 'Öppna')).toBe(String(counts.atgarderOppna));
      expect(fact(rows, 'Nämndens helhetsbedömning')).toBe('Inte helt tillräcklig');
      expect(fact(rows, 'Beslut')).toBe('2027-02-20, § 14');
      expect(fact(rows, 'Uppsikts förslag')).toContain('Nämnden beslutar själv');
      const formulas: string[] = [];
      workbook.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => cell.type === ExcelJS.ValueType.Formula && formulas.push(cell.address))));
      expect(formulas).toEqual([]);

      const controls = (await cellTexts(file, 'Kontroller')).rows.slice(3);
      expect(controls.map((r) => r[0])).toEqual(['K2', 'K4', 'K1', 'K3']);
      expect(controls.map((r) => r[r.length - 1])).toEqual(['Ej genomförd', 'Ej genomförd', 'Avvikelse', 'Genomförd']);
      const deviations = (await cellTexts(file, 'Avvikelser')).rows.slice(3);
      expect(deviations.map((r) => [r[0], r[1], r[3], r[5], r[6], r[8]])).toEqual([
        ['K1: Stickprov på utbetalningar', 'T2 2026', 'Mindre', 'Rutinen för kontoutdrag förtydligas', 'Enhetschef', 'Nej'],
        ['K3: Behörighetskontroll', 'T3 2026', 'Väsentlig', 'Behörigheterna togs bort', 'Systemförvaltare', 'Ja'],
      ]);
    });

    test('the kommun: nämnder compared, those that have not reported named', async () => {
      const file = path.join(dir, 'kommun.xlsx');
      const out = await uppsikt('export', source, '--uppfoljning', '2026', '-o', file, '--per', '2027-02-25');
      expect(out.code).toBe(0);
      const { rows } = await cellTexts(file, 'Sammanfattning');
      expect(fact(rows, 'Nämnder som rapporterat')).toBe('2 av 3');
      expect(fact(rows, 'Nämnder som inte rapporterat')).toBe('Tekniska nämnden');
      expect(fact(rows, 'Genomförda kontroller')).toBe('4 av 7');
      const namnder = (await cellTexts(file, 'Nämnder')).rows;
      expect(namnder.slice(3, 6).map((r) => [r[0], r[1], r[2], r[7]])).toEqual([
        ['Socialnämnden', 'Ja', '2 av 4', 'Inte helt tillräcklig'],
        ['Kulturnämnden', 'Ja', '2 av 2', 'Inte beslutad än'],
        ['Tekniska nämnden', 'Nej', '0 av 1', 'Inte beslutad än'],
      ]);
      const shared = namnder.find((r) => r[0] === 'K3: Behörighetskontroll');
      expect(shared?.slice(1, 4)).toEqual(['2', '2 av 2', '2']);
    });

    test('a nämnd without a helhetsbedömning is warned about; the year must be a year', async () => {
      const out = await uppsikt('export', source, '--uppfoljning', '2026', '--namnd', 'Kulturnämnden', '-o', path.join(dir, 'kultur.xlsx'));
      expect(out.code).toBe(0);
      expect(out.err).toEqual([
        'uppsikt: Varning: Kulturnämnden har ingen helhetsbedömning för 2026 på fliken Helhetsbedömning; rapporten visar ”Inte beslutad än”. Fyll i nämndens beslut och skriv rapporten igen.'.replace(
          'uppsikt: ',
          '',
        ),
      ]);
      const bad = await uppsikt('export', source, '--uppfoljning', 'i fjol', '-o', path.join(dir, 'x.xlsx'));
      expect(bad.code).toBe(2);
      expect(bad.err.join(' ')).toContain('--uppfoljning ska vara ett årtal');
    });
  });
});
