import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { summarizeRegister } from '../../src/usecases/summarizeRegister';
import { KFN, kommunRegister, SN } from '../usecases/consolidate/_lib/kommun';
import { tempDir, uppsikt } from './runCli';

const LONG = 300_000;

interface SamlaJson {
  files: { file: string; namnder: string[]; risker: number; rekommendationer: number }[];
  summary: { granskning: string; counts: Record<string, number>; total: number }[];
  byNamnd: { namnd: string; counts: Record<string, number>; total: number }[];
  conflicts: { message: string; files: string[] }[];
}

describe('uppsikt samla', () => {
  let dir: string;
  let input: string;
  let output: string;
  let files: string[];
  let bytes: Map<string, Buffer>;
  let run: Awaited<ReturnType<typeof uppsikt>>;
  let json: SamlaJson;

  beforeAll(async () => {
    dir = tempDir();
    input = path.join(dir, 'namnder');
    fs.mkdirSync(input);
    const { writeKommunFolder } = await import('../usecases/consolidate/_lib/kommun');
    files = await writeKommunFolder(input);
    fs.writeFileSync(path.join(input, '6-trasig.xlsx'), 'det här är ingen arbetsbok');
    const foreign = new ExcelJS.Workbook();
    foreign.addWorksheet('Budget').addRows([
      ['Konto', 'Belopp'],
      [4010, 1200],
    ]);
    await foreign.xlsx.writeFile(path.join(input, '7-budget.xlsx'));
    fs.writeFileSync(path.join(input, 'anteckningar.txt'), 'inte en Excelfil');
    bytes = new Map(fs.readdirSync(input).map((f) => [f, fs.readFileSync(path.join(input, f))]));
    output = path.join(dir, 'kommunen.xlsx');
    run = await uppsikt('samla', input, '-o', output, '--json');
    json = JSON.parse(run.stdout) as SamlaJson;
  }, LONG);

  test('never changes an input', () => {
    for (const [file, before] of bytes) expect(fs.readFileSync(path.join(input, file)).equals(before)).toBe(true);
    expect(fs.readdirSync(input).sort()).toEqual([...bytes.keys()].sort());
  });

  test('--json: the files read with their nämnder and counts, the bad ones listed with a Swedish reason', () => {
    expect(run.code).toBe(0);
    expect(json.files.map((f) => [path.basename(f.file), f.namnder])).toEqual([
      ['1-kommunstyrelsen.xlsx', ['Kommunstyrelsen']],
      ['2-barn-och-utbildning.xlsx', ['Barn- och utbildningsnämnden']],
      ['3-socialnamnden.xlsx', ['Socialnämnden']],
      ['4-samhallsbyggnad.xlsx', ['Samhällsbyggnadsnämnden']],
      ['5-kultur-och-fritid.xlsx', [KFN]],
    ]);
    expect(json.files[4]).toMatchObject({ risker: 2, rekommendationer: 13 });
    const bad = json.conflicts.filter((k) => k.message.startsWith('Kunde inte läsas'));
    expect(bad.map((k) => path.basename(k.files[0]))).toEqual(['6-trasig.xlsx', '7-budget.xlsx']);
    expect(bad[0].message).toMatch(/ingen Excel-arbetsbok/);
    expect(bad[1].message).toContain('har ingen riskanalys, internkontrollplan eller rekommendationer');
    expect(run.err.filter((l) => l.startsWith('Hoppade över'))).toHaveLength(2);
  });

  test('--json summary: each recommendation once, equal to the one register the kommun would keep', () => {
    const single = summarizeRegister(kommunRegister({ conflictApplied: true }), 'granskning').summary;
    const expected = single.rows.map((row) => ({ granskning: row.group, counts: { ...row.counts }, total: row.total }));
    const sort = (rows: { granskning: string }[]) => [...rows].sort((a, b) => a.granskning.localeCompare(b.granskning, 'sv'));
    expect(sort(json.summary)).toEqual(sort(expected));
    expect(json.summary.reduce((n, r) => n + r.total, 0)).toBe(47);
  });

  test('--json conflicts: the differing verdict, the misspelt granskning, the other scale and the clashing ids', () => {
    const messages = json.conflicts.map((k) => k.message);
    const verdict = json.conflicts.find((k) => k.message.includes('har olika bedömning'))!;
    expect(verdict.files.map((f) => path.basename(f))).toEqual(['1-kommunstyrelsen.xlsx', '2-barn-och-utbildning.xlsx', '3-socialnamnden.xlsx']);
    expect(verdict.message).toContain(`${SN}: ”Delvis åtgärdad”`);
    expect(messages.some((m) => m.startsWith('Samma granskning stavas olika') && m.includes('hållbarhetsarbte'))).toBe(true);
    expect(messages.some((m) => m.includes('4-samhallsbyggnad.xlsx har skalan 5 × 5'))).toBe(true);
    expect(messages.some((m) => m.includes('prefixet F4-'))).toBe(true);
    const kfn = json.byNamnd.find((n) => n.namnd === KFN)!;
    expect(kfn).toEqual({ namnd: KFN, counts: { Åtgärdad: 3, 'Delvis åtgärdad': 10, 'Ej åtgärdad': 0, 'Ej bedömd': 0 }, total: 13 });
  });

  test(
    'summary, matrix and check work on the consolidated workbook',
    async () => {
      const summary = await uppsikt('summary', output, '--json');
      expect(summary.code).toBe(0);
      expect(JSON.parse(summary.stdout)).toEqual(json.summary);
      const matrix = await uppsikt('matrix', output, '--json');
      expect(matrix.code).toBe(0);
      const counts = JSON.parse(matrix.stdout) as { likelihoodLevels: number; counts: number[][] };
      expect(counts.likelihoodLevels).toBe(4);
      // The 4 × 4 files' risks: 3 + 2 + 3 in the split example, 2 in the hand-made file; never the 5 × 5 ones.
      expect(counts.counts.flat().reduce((a, b) => a + b, 0)).toBe(10);
      const check = await uppsikt('check', output, '--json');
      expect(check.code).toBe(0);
      const findings = JSON.parse(check.stdout) as { severity: string; message: string }[];
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    },
    LONG,
  );

  test(
    'export makes the kommun-wide report for KS from the consolidated workbook, with the same counts',
    async () => {
      const report = path.join(dir, 'ks-rapport.xlsx');
      const exported = await uppsikt('export', output, '-o', report);
      expect(exported.code).toBe(0);
      const summary = await uppsikt('summary', report, '--json');
      expect(summary.code).toBe(0);
      const rows = JSON.parse(summary.stdout) as SamlaJson['summary'];
      // The report labels a granskning "Titel (år)"; the counts per granskning and in total are the consolidated ones.
      expect(rows.map((r) => r.total).sort()).toEqual(json.summary.map((r) => r.total).sort());
      expect(rows.reduce((n, r) => n + r.total, 0)).toBe(47);
    },
    LONG,
  );

  test(
    'the workbook has Samlad uppsikt first, values only, and the 5 × 5 risks on their own sheet',
    async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(output);
      const names = workbook.worksheets.map((w) => w.name);
      expect(names[0]).toBe('Samlad uppsikt');
      expect(names).toEqual(expect.arrayContaining(['Riskanalys', 'Rekommendationer', 'Sammanställning', 'Risker på annan skala']));
      let formulas = 0;
      const texts: string[] = [];
      workbook.getWorksheet('Samlad uppsikt')!.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula) formulas++;
          texts.push(String(cell.value));
        }),
      );
      expect(formulas).toBe(0);
      expect(texts).toContain(path.join(input, '6-trasig.xlsx'));
      const apart: string[] = [];
      workbook.getWorksheet('Risker på annan skala')!.eachRow((row) => apart.push(String(row.getCell(1).value)));
      expect(apart).toEqual(expect.arrayContaining(['F4-R1', 'F4-R2', 'F4-K1']));
    },
    LONG,
  );

  test(
    '--strikt refuses when a file cannot be read, and nothing is written',
    async () => {
      const target = path.join(dir, 'strikt.xlsx');
      const strict = await uppsikt('samla', input, '-o', target, '--strikt');
      expect(strict.code).toBe(2);
      expect(strict.err.join('\n')).toContain('2 filer kunde inte samlas (--strikt); ingen fil har skrivits');
      expect(fs.existsSync(target)).toBe(false);
    },
    LONG,
  );

  test(
    'nothing is written when nothing could be read, nor over an existing file without --ersatt',
    async () => {
      const target = path.join(dir, 'inget.xlsx');
      const none = await uppsikt('samla', path.join(input, '6-trasig.xlsx'), path.join(dir, 'saknas.xlsx'), '-o', target);
      expect(none.code).toBe(2);
      expect(none.err.join('\n')).toContain('Ingen arbetsbok kunde läsas; ingen fil har skrivits.');
      expect(none.err.join('\n')).toContain('saknas.xlsx finns inte');
      expect(fs.existsSync(target)).toBe(false);
      const before = fs.readFileSync(output);
      const again = await uppsikt('samla', files[0], '-o', output);
      expect(again.code).toBe(2);
      expect(again.err.join('\n')).toContain('finns redan');
      expect(fs.readFileSync(output).equals(before)).toBe(true);
      const self = await uppsikt('samla', files[0], '-o', files[0], '--ersatt');
      expect(self.code).toBe(2);
      expect(self.err.join('\n')).toContain('Utfilen får inte vara samma som infilen');
    },
    LONG,
  );

  test(
    '--namnder: a nämnd without a workbook is said, in text',
    async () => {
      const list = path.join(dir, 'namnder.txt');
      fs.writeFileSync(list, '# Kommunens nämnder\nKommunstyrelsen\nSocialnämnden\nMiljönämnden\n');
      const target = path.join(dir, 'tva.xlsx');
      const text = await uppsikt('samla', files[0], files[2], '-o', target, '--namnder', list);
      expect(text.code).toBe(0);
      expect(text.stdout).toContain('Samlade 2 arbetsböcker');
      expect(text.stdout).toContain('Ofullständigt enligt listan som angavs med --namnder: Miljönämnden (ingen arbetsbok, inga risker, ingen internkontrollplan).');
      expect(text.stdout).toContain('den minst avslutade');
    },
    LONG,
  );
});
