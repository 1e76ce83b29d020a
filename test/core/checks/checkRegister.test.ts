import fc from 'fast-check';
import {
  checkRegister,
  defaultScale,
  parseRangeStart,
  scale5x5,
  serialFromYmd,
  uppsiktSchema,
  type CellValue,
  type ListKey,
  type RegisterData,
  type RegisterTable,
  type RiskScale,
} from '../../../src/core';
import { foldMissingColumns } from '../../../src/core/checks/_lib/foldMissingColumns';
import type { CellFinding } from '../../../src/core/checks/_lib/CellFinding';
import { exampleRegister } from '../../../src/usecases/exampleRegister';
import { check, finding } from './_lib/check';
import { buildRegister, cleanRecords, HEADER_ROW, withRecords } from './_lib/buildRegister';

const SPECS = uppsiktSchema.sheets.flatMap((sheet) => sheet.tables);

describe('checkRegister', () => {
  test('a clean register has no findings', () => expect(check()).toEqual([]));

  test('the example workbook shows exactly its deliberate high risk without a control', () => {
    const found = checkRegister(exampleRegister(defaultScale), { today: serialFromYmd(2024, 1, 1) });
    expect(found).toEqual([
      finding(
        'warning',
        'checkHighRiskWithoutControl',
        'Riskanalys',
        'A13',
        'Risken R10 har risknivå Hög men inget kontrollmoment i Internkontrollplan; lägg till ett kontrollmoment för risken.',
      ),
    ]);
  });

  test('sorts by sheet in schema order, then row, then column, whatever the checks’ order', () => {
    const clean = cleanRecords();
    const records = withRecords({
      Risker: [{ ...clean.Risker![0], namnd: 'Okänd nämnd' }, clean.Risker![1], { ...clean.Risker![2], konsekvens: 9, sannolikhet: 'x' }],
      Kontroller: [
        { id: 'K1', riskId: 'R1', kontrollmoment: '' },
        { id: 'K1', riskId: 'R7', kontrollmoment: 'Genomgång' },
      ],
      Uppföljningar: [{ rekommendationId: 'G1-1', omgang: '2024', bedomning: 'klar' }],
    });
    // Adopted sheet names, so alphabetical order would differ from schema order.
    const sheets = { Risker: 'Väsentlighetsanalys', Kontroller: 'IK-plan', Uppföljningar: 'Bedömningar' };
    const found = check(records, { sheets });
    expect(found.map((f) => `${f.sheet}!${f.cell} ${f.code}`)).toEqual([
      'Väsentlighetsanalys!B4 checkNamndUnknown',
      'Väsentlighetsanalys!F6 levelNotANumber',
      'Väsentlighetsanalys!G6 levelOutOfRange',
      'IK-plan!C4 checkRequiredBlank',
      'IK-plan!A5 checkDuplicateId',
      'IK-plan!B5 checkControlRiskMissing',
      'Bedömningar!C4 statusUnknown',
    ]);
  });

  test('on one cell, errors come before warnings', () => {
    const risks = cleanRecords().Risker!.map((r) => (r.id === 'R1' ? { ...r, id: '' } : r));
    const found = check(withRecords({ Risker: risks, Kontroller: [] }));
    expect(found.map((f) => [f.cell, f.severity, f.code])).toEqual([
      ['A4', 'error', 'checkRequiredBlank'],
      ['A4', 'warning', 'checkHighRiskWithoutControl'],
    ]);
  });

  test('a missing column is folded into one finding as severe as the worst it replaces', () => {
    const found = check(cleanRecords(), { withoutColumns: { Risker: ['id'] } });
    expect(found).toEqual([
      finding('error', 'checkColumnMissing', 'Riskanalys', 'A4', 'Kolumnen Id saknas på Riskanalys; lägg till en kolumn med rubriken Id i tabellen.'),
      finding('error', 'checkControlRiskMissing', 'Internkontrollplan', 'B4', 'Kontrollen pekar på risk R1 som inte finns i Riskanalys; ange ett Risk-id som finns där.'),
      finding(
        'error',
        'checkRecommendationRiskMissing',
        'Rekommendationer',
        'J5',
        'Rekommendationen pekar på risk R2 som inte finns i Riskanalys; ange ett Risk-id som finns där eller lämna cellen tom.',
      ),
    ]);
  });

  test('folding keeps the earliest row and the worst severity', () => {
    const base = {
      code: 'checkActionDateMissing',
      message: '',
      table: 'Rekommendationer',
      sheet: 'Rekommendationer',
      column: 0,
      missingKey: 'klartSenast',
      missingHeader: 'Klart senast',
    } as const;
    const folded = foldMissingColumns([
      { ...base, severity: 'warning', row: 5 },
      { ...base, severity: 'error', row: 7 },
      { ...base, severity: 'warning', row: 3 },
    ] as CellFinding[]);
    expect(folded).toHaveLength(1);
    expect(folded[0]).toMatchObject({ code: 'checkColumnMissing', severity: 'error', row: 3 });
  });

  test('checks 10,000 risks with maps, not nested loops', () => {
    const n = 10_000;
    const risks = Array.from({ length: n }, (_, i) => ({ id: `R${i}`, namnd: 'Socialnämnden', beskrivning: 'Risk', sannolikhet: i % 2 ? 4 : 1, konsekvens: 4 }));
    const controls = Array.from({ length: n }, (_, i) => ({ id: `K${i}`, riskId: `R${i % (n / 2)}`, kontrollmoment: 'Stickprov' }));
    const recs = Array.from({ length: n }, (_, i) => ({ id: `G1-${i % (n - 1)}`, granskningId: 'G1', rekommendation: 'Rek', mottagare: 'Socialnämnden' }));
    const rounds = Array.from({ length: n }, (_, i) => ({ rekommendationId: `G1-${i}`, omgang: '2024', bedomning: 'Åtgärdad' }));
    const found = check(withRecords({ Risker: risks, Kontroller: controls, Rekommendationer: recs, Uppföljningar: rounds }));
    const count = (code: string) => found.filter((f) => f.code === code).length;
    expect(count('checkHighRiskWithoutControl')).toBe(n / 4);
    expect(count('checkDuplicateId')).toBe(1);
    expect(count('checkFollowUpRecommendationMissing')).toBe(1);
    expect(found).toHaveLength(n / 4 + 2);
  });
});

describe('checkRegister on arbitrary input', () => {
  const KEYS = [...new Set(SPECS.flatMap((spec) => spec.columns.map((c) => c.key))), 'okänd'];
  const typical = fc.constantFrom<CellValue>(
    'R1',
    'r1 ',
    'G1',
    'G1-1',
    'K1',
    'Åtgärdad',
    'delvis',
    'klar',
    'Samtliga nämnder',
    'Socialnämnden',
    '2024-03-31',
    'snart',
    '3',
    '3,5',
    '-',
  );
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constant(null),
    fc.constant(undefined),
    fc.constant(''),
    typical,
    fc.string(),
    fc.integer({ min: -3, max: 50_000 }),
    fc.double(),
    fc.boolean(),
    fc.date({ noInvalidDate: false }),
    fc.constant(new Date(Number.NaN)),
  );
  const gridScale: RiskScale = {
    ...defaultScale,
    method: 'grid',
    grid: [
      [1, 2, 3, 4],
      [2, 4, 6, 8],
      [3, 6, 9, 12],
      [4, 8, 12, 16],
    ],
  };
  const brokenScale: RiskScale = { ...defaultScale, method: 'grid', grid: [[1]], bands: [] };
  const columns = fc.oneof(
    fc.constant(undefined),
    fc.dictionary(fc.constantFrom(...KEYS), fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constantFrom(-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY))),
  );
  interface TableInput {
    rows: Record<string, CellValue>[];
    columns?: Record<string, number>;
    sheet?: string;
  }
  const table: fc.Arbitrary<TableInput> = fc.record({
    rows: fc.array(fc.dictionary(fc.constantFrom(...KEYS), cell), { maxLength: 8 }),
    columns,
    sheet: fc.option(fc.string(), { nil: undefined }),
  });
  const tables: fc.Arbitrary<Partial<Record<string, TableInput>>> = fc.record(Object.fromEntries(SPECS.map((spec) => [spec.name, table])), { requiredKeys: [] });
  const register: fc.Arbitrary<RegisterData> = fc
    .record({ tables, scale: fc.constantFrom(defaultScale, scale5x5, gridScale, brokenScale), namnder: fc.array(fc.oneof(typical.map(String), fc.string()), { maxLength: 4 }) })
    .map(({ tables: inputs, scale, namnder }) => {
      const built: Record<string, RegisterTable> = {};
      for (const spec of SPECS) {
        const t = inputs[spec.name];
        if (!t) continue;
        const schemaColumns = Object.fromEntries(spec.columns.map((c, i) => [c.key, i]));
        const sheet = t.sheet ?? spec.sheet;
        built[spec.name] = {
          table: spec.name,
          sheet,
          headerRow: HEADER_ROW,
          extraHeaders: [],
          rows: t.rows.map((values, i) => ({ values, extra: {}, sheet, row: HEADER_ROW + 1 + i, columns: t.columns ?? schemaColumns })),
        };
      }
      const lists = { ...buildRegister({}).lists, namnder } as Record<ListKey, readonly string[]>;
      return { scale, lists, tables: built };
    });
  const today = fc.oneof(fc.integer({ min: 40_000, max: 50_000 }), fc.double());

  test('never throws; every finding names a cell and says something, sheet by sheet in order', () => {
    fc.assert(
      fc.property(register, today, (reg, day) => {
        const found = checkRegister(reg, { today: day });
        const seen: string[] = [];
        let last = { row: -1, column: -1 };
        for (const f of found) {
          expect(['error', 'warning']).toContain(f.severity);
          expect(f.cell).toMatch(/^[A-Z]+[0-9]+$/);
          expect(f.message).not.toMatch(/undefined|\[object/);
          expect(f.message.length).toBeGreaterThan(10);
          const at = parseRangeStart(f.cell)!;
          if (seen[seen.length - 1] !== f.sheet) {
            expect(seen).not.toContain(f.sheet);
            seen.push(f.sheet);
          } else {
            expect(at.row > last.row || (at.row === last.row && at.column >= last.column)).toBe(true);
          }
          last = at;
        }
      }),
      { numRuns: 300 },
    );
  });
});
