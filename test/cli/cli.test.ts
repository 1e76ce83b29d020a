import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../src/workbook/xlsx';
import { tempDir, uppsikt } from './runCli';

// Each command reads or writes a real workbook: generous for a busy 2-core machine.
jest.setTimeout(240_000);

describe('uppsikt CLI', () => {
  let dir: string;
  let example: string;

  beforeAll(async () => {
    dir = tempDir();
    example = path.join(dir, 'exempel.xlsx');
    const run = await uppsikt('init', example, '--exempel');
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
  });

  describe('init', () => {
    test('creates a workbook with every Uppsikt sheet', async () => {
      const snapshot = await readXlsx(example);
      expect(snapshot.sheets.map((s) => s.name)).toEqual(
        expect.arrayContaining(['Inställningar', 'Riskanalys', 'Internkontrollplan', 'Riskmatris', 'Granskningar', 'Rekommendationer', 'Uppföljning', 'Sammanställning']),
      );
      expect(snapshot.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['Risker', 'Kontroller', 'Granskningar', 'Rekommendationer', 'Uppföljningar']));
    });

    test('an empty 5x5 workbook has a 5 × 5 matrix and no findings', async () => {
      const file = path.join(dir, 'tom.xlsx');
      expect((await uppsikt('init', file, '--skala', '5x5')).code).toBe(0);
      const matrix = JSON.parse((await uppsikt('matrix', file, '--json')).stdout);
      expect(matrix).toEqual({ likelihoodLevels: 5, consequenceLevels: 5, counts: Array(5).fill([0, 0, 0, 0, 0]) });
      const check = await uppsikt('check', file, '--json');
      expect(JSON.parse(check.stdout)).toEqual([]);
      expect(check.code).toBe(0);
    });

    test('never overwrites an existing file unless asked, and rejects unknown scales in Swedish', async () => {
      const before = fs.readFileSync(example);
      const again = await uppsikt('init', example);
      expect(again.code).toBe(2);
      expect(again.err.join('\n')).toContain('finns redan');
      expect(fs.readFileSync(example).equals(before)).toBe(true);
      const bad = await uppsikt('init', path.join(dir, 'x.xlsx'), '--skala', '3x3');
      expect(bad.code).toBe(2);
      expect(bad.err.join('\n')).toBe('uppsikt: Värdet 3x3 för --skala är inte tillåtet; välj 4x4 eller 5x5.');
      expect(fs.existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
    });
  });

  describe('summary', () => {
    test('--json per granskning: canonical statuses as keys, latest round per recommendation', async () => {
      const run = await uppsikt('summary', example, '--json');
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual([
        {
          granskning: 'Granskning av kommunens styrning av it och digitalisering',
          counts: { Åtgärdad: 0, 'Delvis åtgärdad': 1, 'Ej åtgärdad': 0, 'Ej bedömd': 2 },
          total: 3,
        },
        {
          granskning: 'Granskning av hantering och utbetalning av försörjningsstöd',
          counts: { Åtgärdad: 2, 'Delvis åtgärdad': 1, 'Ej åtgärdad': 0, 'Ej bedömd': 0 },
          total: 3,
        },
      ]);
    });

    test('--by namnd groups by addressee', async () => {
      const rows = JSON.parse((await uppsikt('summary', example, '--by', 'namnd', '--json')).stdout);
      expect(rows.map((r: { namnd: string; total: number }) => [r.namnd, r.total])).toEqual([
        ['Kommunstyrelsen', 3],
        ['Socialnämnden', 3],
      ]);
    });

    test('prints a Swedish table with a Totalt row', async () => {
      const run = await uppsikt('summary', example);
      expect(run.out[1]).toMatch(/^Granskning\s+Åtgärdad\s+Delvis åtgärdad\s+Ej åtgärdad\s+Ej bedömd\s+Totalt$/);
      expect(run.out[run.out.length - 2]).toMatch(/^Totalt\s+2\s+2\s+0\s+2\s+6$/);
      // The example's one follow-up round, after the table.
      expect(run.out[run.out.length - 1]).toBe('Omgång 2025: 1 av 1 bedömd');
    });
  });

  describe('matrix', () => {
    test('--json: counts[s-1][k-1] of the example risks', async () => {
      const run = await uppsikt('matrix', example, '--json');
      expect(JSON.parse(run.stdout)).toEqual({
        likelihoodLevels: 4,
        consequenceLevels: 4,
        counts: [
          [0, 0, 1, 0],
          [0, 1, 1, 2],
          [0, 1, 3, 1],
          [0, 0, 0, 0],
        ],
      });
    });
    test('prints the matrix with the highest likelihood on top', async () => {
      const run = await uppsikt('matrix', example);
      expect(run.out[2]).toMatch(/^4 Sannolik/);
      expect(run.out[5]).toMatch(/^1 Osannolik\s+0\s+0\s+1\s+0$/);
    });
  });

  describe('check', () => {
    test('the example has warnings but no errors: exit 0', async () => {
      const run = await uppsikt('check', example, '--json');
      const findings = JSON.parse(run.stdout) as { severity: string; sheet: string; cell: string; message: string }[];
      expect(run.code).toBe(0);
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
      // R10 is Hög without a control; its row is the 10th data row under the header on row 3.
      expect(findings).toContainEqual(expect.objectContaining({ severity: 'warning', sheet: 'Riskanalys', cell: expect.stringMatching(/^[A-Z]+13$/) }));
      for (const f of findings) expect(Object.keys(f).sort()).toEqual(['cell', 'message', 'severity', 'sheet']);
    });

    test('a hand-made workbook with a level outside the scale: exit 1, error naming sheet and cell', async () => {
      const file = path.join(dir, 'egen.xlsx');
      await handMadeWorkbook(file);
      const run = await uppsikt('check', file, '--json');
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stdout)).toContainEqual({
        severity: 'error',
        sheet: 'Risker 2025',
        cell: 'D6',
        message: expect.stringContaining('5 ligger utanför skalan'),
      });
    });
  });

  describe('adopt', () => {
    test('adds the Uppsikt sheets and keeps every original cell unchanged', async () => {
      const input = path.join(dir, 'egen2.xlsx');
      const output = path.join(dir, 'uppsikt2.xlsx');
      await handMadeWorkbook(input);
      const before = await readXlsx(input);
      const run = await uppsikt('adopt', input, '-o', output);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Risker 2025');
      const after = await readXlsx(output);
      const original = after.sheets.find((s) => s.name === 'Risker 2025')!;
      expect(original.values).toEqual(before.sheets[0].values);
      expect(after.tables.map((t) => t.name)).toContain('Risker');
      const matrix = JSON.parse((await uppsikt('matrix', output, '--json')).stdout);
      expect(matrix.counts[1][3]).toBe(1); // "2" typed as text, K 4
    });

    test('refuses to write over its input', async () => {
      const input = path.join(dir, 'egen3.xlsx');
      await handMadeWorkbook(input);
      const before = fs.readFileSync(input);
      const run = await uppsikt('adopt', input, '-o', input);
      expect(run.code).toBe(2);
      expect(run.err.join('\n')).toContain('samma som infilen');
      expect(fs.readFileSync(input).equals(before)).toBe(true);
    });
  });

  describe('bad files and arguments', () => {
    test.each(['summary', 'matrix', 'check'])('%s on a missing file: Swedish error, exit 2', async (command) => {
      const run = await uppsikt(command, path.join(dir, 'saknas.xlsx'));
      expect(run.code).toBe(2);
      expect(run.err.join('\n')).toMatch(/^uppsikt: Filen .*saknas\.xlsx finns inte\. Kontrollera sökvägen\.$/);
      expect(run.out).toEqual([]);
    });

    test('a text file named .xlsx is reported in Swedish and adopt writes nothing', async () => {
      const corrupt = path.join(dir, 'trasig.xlsx');
      fs.writeFileSync(corrupt, 'det här är ingen arbetsbok');
      const output = path.join(dir, 'ut.xlsx');
      for (const args of [
        ['check', corrupt],
        ['adopt', corrupt, '-o', output],
      ]) {
        const run = await uppsikt(...args);
        expect(run.code).toBe(2);
        expect(run.err).toEqual([
          `uppsikt: ${corrupt} är ingen Excel-arbetsbok utan en textfil som fått namnet .xlsx. Öppna originalet i Excel och spara det som Excel-arbetsbok (.xlsx).`,
        ]);
      }
      expect(fs.existsSync(output)).toBe(false);
    });

    test('help and argument errors are Swedish', async () => {
      const help = await uppsikt('--help');
      expect(help.stdout).toContain('Användning: uppsikt');
      expect(help.stdout).toContain('Kommandon:');
      expect(help.stdout).not.toMatch(/Usage|display help/);
      expect((await uppsikt('summary', '--foo')).err).toEqual(['uppsikt: Okänd flagga --foo. Skriv npx uppsikt --help för att se vilka som finns.']);
      expect((await uppsikt('adopt', example)).err[0]).toContain('måste anges');
      expect((await uppsikt('frobnicate')).err[0]).toContain('Okänt kommando');
      expect((await uppsikt('adopt', example)).err).toEqual(['uppsikt: Flaggan -o <ut.xlsx> måste anges.']);
    });
  });
});

/** A controller's own workbook: title in row 1, headers in row 3, synonyms, an extra column, typed values. */
async function handMadeWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Risker 2025');
  sheet.getCell('A1').value = 'Riskanalys för socialnämnden 2025';
  sheet.addRow([]);
  sheet.getRow(3).values = ['Nr', 'Risk', 'Ansvarig nämnd', 'S', 'K', 'Kommentar'];
  sheet.getRow(4).values = ['1', 'Felaktiga utbetalningar', 'Socialnämnden', 3, 4, 'Se delårsrapport'];
  sheet.getRow(5).values = ['2', 'Hot och våld', 'Socialnämnden', '2', 4, null];
  sheet.getRow(6).values = ['3', 'Brand i lokaler', 'Socialnämnden', 5, 2, 'Bedömd av räddningstjänsten'];
  await workbook.xlsx.writeFile(file);
}

describe('what npm start suggests on Linux', () => {
  test('the uppsikt command in the sideload help runs and creates the example workbook', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { linuxSideloadHelp } = require('../../scripts/sideloadHelp.cjs') as { linuxSideloadHelp: (o: { manifestPath: string }) => string };
    const line = linuxSideloadHelp({ manifestPath: '/x/manifest.xml' })
      .split('\n')
      .find((l) => l.trim().startsWith('npx uppsikt'))!;
    const args = line.trim().split(/\s+/).slice(2);
    const dir = tempDir();
    const target = path.join(dir, args[args.length - 1]);
    const run = await uppsikt(...args.slice(0, -1), target);
    expect(run.code).toBe(0);
    expect((await readXlsx(target)).tables.find((t) => t.name === 'Risker')!.rowCount).toBeGreaterThan(0);
  });
});
