import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { uppsiktSchema } from '../../src/core';
import { tempDir, uppsikt, type CliRun } from './runCli';

/*
 * Fuzz: random workbooks (random sheets, header rows of Swedish synonyms or junk, merged cells, every cell
 * type, blanks, very long and hostile text) and random report texts, through every reading command and
 * import-report. Whatever the input: never an "oväntat fel" (every failure is one Swedish line), the input
 * file is never changed, no cell of the user's sheets is lost when import-report writes, and no text ever
 * becomes a formula. Run counts are modest: each run writes and reads real .xlsx files.
 */

const SPECS = uppsiktSchema.sheets.flatMap((s) => s.tables);
const HEADERS = [...new Set(SPECS.flatMap((t) => t.columns.flatMap((c) => [c.header, ...c.synonyms])))];
const JUNK_HEADERS = ['Konto', 'Belopp', 'Kolumn1', 'Anteckning', '', '=SUMMA(A1:A3)', 'Risk (SxK)', 'Nr ', ' STATUS', 'Ansvarig/ägare'];
const HOSTILE = ['=1+1', '=HYPERLINK("http://example.org";"klicka")', "=cmd|' /C calc'!A0", '+46 8 123 45', '-5', '@SUMMA(A1)', '=', '+', '-', '@'];
const WORDS = [
  'Åtgärdad',
  'delvis åtgärdad',
  'Ej åtgärdad',
  'klar',
  'Socialnämnden',
  'Kommunstyrelsen',
  'hög',
  '3',
  '3,0',
  'R1',
  'G1-1',
  '2025-06-30',
  '31 mars 2024',
  'övriga nämnder',
];

const controlText = fc.string({ unit: fc.constantFrom('a', 'ö', ' ', '\u0007', '\u001b', '[', '\t', '\n', '\r', '\u0085', '\u202e', '\u0000'), maxLength: 12 });
const longText = fc.integer({ min: 32_700, max: 40_000 }).map((n) => `${'Lång rekommendation '.repeat(Math.ceil(n / 20))}`.slice(0, n));

const cellValue: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.integer({ min: -3, max: 30 }) },
  { weight: 1, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v)) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: controlText },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

interface SheetModel {
  name: string;
  headerRow: number;
  headers: string[];
  rows: ExcelJS.CellValue[][];
  merges: [number, number, number, number][];
  title: boolean;
}

const sheetModel: fc.Arbitrary<SheetModel> = fc
  .record({
    name: fc.constantFrom('Blad1', 'Riskanalys', 'Rekommendationer', 'Uppföljning 2025', 'Risker (2)', 'Budget', 'Granskningar', 'IK-plan', 'Ö'),
    headerRow: fc.integer({ min: 0, max: 6 }),
    headers: fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HEADERS) }, { weight: 1, arbitrary: fc.constantFrom(...JUNK_HEADERS) }), { minLength: 0, maxLength: 9 }),
    rows: fc.array(fc.array(cellValue, { minLength: 0, maxLength: 10 }), { maxLength: 8 }),
    merges: fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })), { maxLength: 2 }),
    title: fc.boolean(),
  })
  .map((s) => ({ ...s, merges: s.merges.map(([r, c, h, w]) => [r, c, r + h, c + w] as [number, number, number, number]) }));

const workbookModel = fc.record({
  sheets: fc.uniqueArray(sheetModel, { minLength: 1, maxLength: 3, selector: (s) => s.name }),
  long: fc.option(fc.tuple(fc.nat(2), longText), { freq: 4 }),
});

/** Writes the model with ExcelJS; merges that would overlap an earlier one are left out. */
type WorkbookModel = typeof workbookModel extends fc.Arbitrary<infer M> ? M : never;

async function writeWorkbook(model: WorkbookModel, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  model.sheets.forEach((s, index) => {
    const ws = wb.addWorksheet(s.name);
    if (s.title) ws.getCell(1, 1).value = `${s.name} – sammanställning`;
    s.headers.forEach((h, c) => (ws.getCell(s.headerRow + 1, c + 1).value = h === '' ? null : h));
    s.rows.forEach((row, r) => row.forEach((v, c) => (ws.getCell(s.headerRow + 2 + r, c + 1).value = v)));
    if (model.long && model.long[0] % model.sheets.length === index) ws.getCell(s.headerRow + 2, Math.max(1, s.headers.indexOf('Rekommendation') + 1)).value = model.long[1];
    const taken = new Set<string>();
    for (const [r1, c1, r2, c2] of s.merges) {
      const cells = [];
      for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) cells.push(`${r},${c}`);
      if (cells.length < 2 || cells.some((k) => taken.has(k))) continue;
      cells.forEach((k) => taken.add(k));
      ws.mergeCells(r1, c1, r2, c2);
    }
  });
  await wb.xlsx.writeFile(file);
}

/** Every cell's value (merged cells by their master's value, as ExcelJS reads them) and every formula, per sheet. */
async function cellsOf(file: string): Promise<{ values: Map<string, Record<string, unknown>>; formulas: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const values = new Map<string, Record<string, unknown>>();
  const formulas: string[] = [];
  wb.eachSheet((ws) => {
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells[cell.address] = cell.value;
        if (cell.formula) formulas.push(cell.formula);
      }),
    );
    values.set(ws.name, cells);
  });
  return { values, formulas };
}

/** No text became a formula: no formula in the output is any text of the input with its sign taken off. */
function expectNoFormulaFromText(formulas: readonly string[], texts: Iterable<unknown>): void {
  const fromText = new Set<string>();
  for (const t of texts) if (typeof t === 'string' && /^[=+\-@]/.test(t.trim())) fromText.add(t.trim().replace(/^[=+\-@]/, ''));
  for (const formula of formulas) expect(fromText.has(formula.replace(/^=/, ''))).toBe(false);
}

function expectHandled(run: CliRun, json: boolean): void {
  expect([0, 1, 2]).toContain(run.code);
  for (const line of [...run.out, ...run.err]) {
    expect(line).not.toMatch(/oväntat fel/);
    expect(line).not.toMatch(/\n\s+at /);
  }
  if (run.code === 2) {
    // Warnings may come first; the reason it stopped is one line, the last.
    expect(run.err.filter((line) => line.startsWith('uppsikt: '))).toEqual([run.err[run.err.length - 1]]);
    expect(run.err[run.err.length - 1]).toMatch(/^uppsikt: \S/);
  } else if (json) {
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  }
}

const REPORT = [
  'Granskning av intern kontroll 2025',
  'Revisionsrapport, KPMG, 2025-03-01',
  '',
  'Utifrån granskningen rekommenderar vi kommunstyrelsen att:',
  '• säkerställa att attestordningen följs',
  '• ta fram rutiner för uppföljning',
].join('\n');

describe('fuzz: random workbooks through every reading command and import-report', () => {
  const dir = tempDir();
  const report = path.join(dir, 'rapport.txt');
  fs.writeFileSync(report, REPORT);
  let run = 0;

  test('never an unexpected error, the input never changed, no cell lost and no formula from text', async () => {
    await fc.assert(
      fc.asyncProperty(workbookModel, async (model) => {
        const file = path.join(dir, `slump-${run}.xlsx`);
        const out = path.join(dir, `slump-${run++}-ut.xlsx`);
        await writeWorkbook(model, file);
        const before = fs.readFileSync(file);
        for (const args of [
          ['summary', file, '--json'],
          ['summary', file, '--by', 'namnd'],
          ['matrix', file],
          ['matrix', file, '--json'],
          ['check', file, '--json'],
          ['check', file],
        ]) {
          expectHandled(await uppsikt(...args), args.includes('--json'));
        }
        const imported = await uppsikt('import-report', report, '--into', file, '-o', out);
        expectHandled(imported, false);
        expect(fs.readFileSync(file).equals(before)).toBe(true);
        if (imported.code !== 0) {
          expect(fs.existsSync(out)).toBe(false);
          return;
        }
        const input = await cellsOf(file);
        const output = await cellsOf(out);
        // Every sheet of the input is in the output with every cell unchanged.
        for (const [sheet, cells] of input.values) expect(output.values.get(sheet)).toEqual(cells);
        expectNoFormulaFromText(
          output.formulas,
          [...input.values.values()].flatMap((cells) => Object.values(cells)),
        );
      }),
      { numRuns: 8 },
    );
  }, 600_000);
});

const lineArb = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'Vi rekommenderar kommunstyrelsen att:',
      'Revisionen rekommenderar nämnderna att',
      'Rekommendationer',
      'Sida 3 av 12',
      '',
      '\f',
      'Granskning av styrning 2024',
      'Bedömning: Delvis åtgärdad',
    ),
  },
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.constantFrom('• ', '- ', '1. ', '2) ', 'a) ', ''),
        fc.oneof(fc.constantFrom(...HOSTILE), fc.constantFrom('säkerställa att rutiner finns', 'ta fram en plan för-', 'följa upp'), controlText),
      )
      .map(([b, t]) => b + t),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
);
const reportArb = fc
  .tuple(fc.array(lineArb, { maxLength: 25 }), fc.option(fc.integer({ min: 32_768, max: 40_000 }), { freq: 8 }))
  .map(([lines, long]) =>
    long === null ? lines.join('\n') : [...lines, 'Vi rekommenderar kommunstyrelsen att:', `• ${'säkerställa '.repeat(Math.ceil(long / 12)).slice(0, long)}`].join('\n'),
  );

describe('fuzz: random report texts through import-report', () => {
  const dir = tempDir();
  let example: string;
  let run = 0;

  beforeAll(async () => {
    example = path.join(dir, 'exempel.xlsx');
    expect((await uppsikt('init', example, '--exempel')).code).toBe(0);
  }, 120_000);

  test('preview and --json: never an unexpected error, every failure one Swedish line', async () => {
    await fc.assert(
      fc.asyncProperty(reportArb, async (text) => {
        const file = path.join(dir, `rapport-${run++}.txt`);
        fs.writeFileSync(file, text);
        expectHandled(await uppsikt('import-report', file), false);
        const json = await uppsikt('import-report', file, '--json');
        expectHandled(json, true);
      }),
      { numRuns: 60 },
    );
  }, 300_000);

  test('--into: the recommendations land as text, never as formulas, and every earlier row stays', async () => {
    const before = await cellsOf(example);
    await fc.assert(
      fc.asyncProperty(reportArb, async (text) => {
        const file = path.join(dir, `rapport-${run}.txt`);
        const out = path.join(dir, `rapport-${run++}.xlsx`);
        fs.writeFileSync(file, text);
        const result = await uppsikt('import-report', file, '--into', example, '-o', out, '--granskning', 'Slumpad granskning');
        expectHandled(result, false);
        if (result.code !== 0) return;
        const inserted = Number(/^(\d+) nya rader i Rekommendationer/m.exec(result.stdout)?.[1]);
        const after = await cellsOf(out);
        const rows = (cells: Record<string, unknown> | undefined) => Object.keys(cells ?? {}).filter((a) => /^A\d+$/.test(a)).length;
        expect(rows(after.values.get('Rekommendationer'))).toBe(rows(before.values.get('Rekommendationer')) + inserted);
        expectNoFormulaFromText(
          after.formulas,
          text.split('\n').map((l) => l.replace(/^(• |- |\d+\. |\d+\) |[a-z]\) )/, '')),
        );
      }),
      { numRuns: 6 },
    );
  }, 600_000);
});
