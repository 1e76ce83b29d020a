/*
 * The functions read Kontroller, Risker and Kontrollutfall in place (controlOverviewOfRanges,
 * controlStatusOfRange); `uppsikt utfall`, the pane and the reports read them as a register. Both must give the
 * same läge and counts for any cells, typed as people type them: ids in other case, with spaces, non-breaking
 * spaces and non-ASCII letters, periods of other years, numbers as text, blanks.
 */
import fc from 'fast-check';
import { readTable } from '../../../src/core/adopt/readTable';
import { tableSpec } from '../../../src/core/schema/uppsiktSchema';
import {
  controlOverview,
  controlOverviewOfRanges,
  controlResults,
  controlStatus,
  controlStatusOfRange,
  defaultScale,
  parsePeriod,
  planControls,
  reportingPoints,
  type CellValue,
  type RegisterData,
} from '../../../src/core';

type Range = CellValue[][];

/* The register the functions' ranges stood for before they were read in place: each range read as adopt reads a sheet. */
function registerOf(controls: Range, risks: Range, results: Range, points: readonly string[]): RegisterData {
  const table = (name: string, range: Range) => {
    const width = range.reduce((w, r) => Math.max(w, r.length), 0);
    return readTable({ spec: tableSpec(name), sheet: { name, values: range }, headerRow: 0, firstColumn: 0, lastColumn: width - 1, lastRow: range.length - 1, foundBy: 'headers' })
      .table;
  };
  return {
    scale: defaultScale,
    lists: { rapporteringspunkter: points } as unknown as RegisterData['lists'],
    tables: { Kontroller: table('Kontroller', controls), Risker: table('Risker', risks), Kontrollutfall: table('Kontrollutfall', results) },
  };
}

const IDS: CellValue[] = ['K1', 'k1', ' K1 ', 'K1\u00a0', 'K2', 'K10', 'İ1', 'i\u0307' + '1', 'K\u212a', 'kk', 'Kk', 5, '5', '05', 5.5, true, 'TRUE', '', '  ', null];
const PERIODS: CellValue[] = [
  'T1 2026',
  't2  2026',
  'T3 2026',
  'Januari 2026',
  'Juni 2026',
  '2026-05-10',
  '2026-12-31',
  'T1 2025',
  'T3 2027',
  2026,
  'Helår 2026',
  'Delår 2026',
  'Prognos 2026',
  'T2',
  'x',
  '',
  null,
  46000,
];
const GENOMFORD: CellValue[] = ['Ja', 'ja ', 'Delvis', 'Nej', 'nej', 'x', 'utförd', 'Ej genomförd', 'kanske', true, false, 1, 0, '', null];
const ANTAL: CellValue[] = [0, 1, 3, -1, '2', '1,0', '0', ' 4 ', 'abc', '', null, Number.NaN, true];
const GRADE: CellValue[] = ['Ingen', 'Mindre', 'Väsentlig', 'väsentlig ', 'Allvarlig', 'inga', 'okänd', '', null];
const ATGARD: CellValue[] = ['Åtgärd', 'Rutinen ses över', '', '  ', null, 0, false];
const ATGARDAD: CellValue[] = ['Ja', 'Nej', 'j', 'x', 'n', 'kanske', '', null, true, false];
const FREKVENS: CellValue[] = ['Månadsvis', 'Årligen', 'Tertialvis', 'Halvårsvis', 'Kvartalsvis', 'Löpande', 'Varje månad', '2 gånger per år', 'Vid behov', '', null];
const TIDPUNKT: CellValue[] = ['', 'T1', 'T2', 'Juni', 'Delår', 'Vid behov', 'Prognos', null];
const NAMNDER: CellValue[] = ['Socialnämnden', ' socialnämnden', 'Kommunstyrelsen', 'KOMMUNSTYRELSEN', 'Tekniska nämnden', '', null];
const POINT_LISTS: (string[] | undefined)[] = [undefined, ['T1', 'T2', 'T3'], ['Prognos', 'Delår', 'Helår'], ['T1', '', 'T2', 'T3'], ['Q1', 'Q2', 'Q3', 'Q4'], ['Helår']];
const PERIOD_ARGS: CellValue[] = ['', null, 'T1 2026', 'T2 2026', 'T3 2026', '2026-06-30', 'T3 2025', 'T9', 'inte en period'];

const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);
const resultRow = fc.tuple(pick(IDS), pick(PERIODS), pick(GENOMFORD), pick(ANTAL), pick(GRADE), pick(ATGARD), pick(ATGARDAD));
const plan = fc.record({
  controls: fc.array(fc.tuple(pick(IDS), fc.constantFrom<CellValue>('R1', 'r2', ' R3', 'R9', null), pick(FREKVENS), pick(TIDPUNKT)), { maxLength: 8 }),
  risks: fc.array(fc.tuple(fc.constantFrom<CellValue>('R1', 'R2', 'r3', 'R1', ''), pick(NAMNDER)), { maxLength: 5 }),
  results: fc.array(resultRow, { maxLength: 40 }),
  // Columns in any order, one sometimes missing: the functions find them by header.
  resultOrder: fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6], { minLength: 5 }),
  points: pick(POINT_LISTS),
  period: pick(PERIOD_ARGS),
});
type PlanCells = typeof plan extends fc.Arbitrary<infer T> ? T : never;
const RESULT_HEADERS = ['Kontroll-id', 'Period', 'Genomförd', 'Antal avvikelser', 'Avvikelse', 'Åtgärd', 'Åtgärdad'];

function rangesOf(p: PlanCells) {
  const order = [...new Set([0, 1, ...p.resultOrder])];
  return {
    controls: [['Risk-id', 'Id', 'Frekvens', 'Tidpunkt'], ...p.controls.map(([id, risk, f, t]) => [risk, id, f, t])] as Range,
    risks: [['Id', 'Nämnd'], ...p.risks] as Range,
    results: [order.map((i) => RESULT_HEADERS[i]), ...p.results.map((row) => order.map((i) => row[i]))] as Range,
  };
}

test('controlOverviewOfRanges counts what controlOverview counts over the same tables read as a register', () => {
  fc.assert(
    fc.property(plan, (p) => {
      const { controls, risks, results } = rangesOf(p);
      const names = (p.points ?? []).filter((n) => n.trim() !== '');
      const register = registerOf(controls, risks, results, names.length > 0 ? names : ['T1', 'T2', 'T3']);
      const expected = controlOverview(register, p.period === '' || p.period === null ? {} : { period: p.period });
      const actual = controlOverviewOfRanges(controls, risks, results, p.period, p.points);
      if (!expected.value) {
        expect(actual).toEqual(expected);
        return;
      }
      const { controls: _statuses, ...counts } = expected.value;
      expect(actual.value).toEqual(counts);
    }),
    { numRuns: 400 },
  );
});

test('controlStatusOfRange gives each control the status controlStatus gives it, without results and row', () => {
  fc.assert(
    fc.property(plan, (p) => {
      const { controls, risks, results } = rangesOf(p);
      const names = (p.points ?? []).filter((n) => n.trim() !== '');
      const register = registerOf(controls, risks, results, names.length > 0 ? names : ['T1', 'T2', 'T3']);
      const all = controlResults(register);
      const overview = controlOverview(register, p.period === '' || p.period === null ? {} : { period: p.period });
      const planned = planControls(register);
      for (let r = 1; r < controls.length; r++) {
        const [, id, f, t] = controls[r];
        const actual = controlStatusOfRange(id, f, t, results, p.period, p.points);
        // A blank id is a blank cell before the period is read.
        const control = planned.find((c) => c.row.row === r);
        if (!control) {
          expect(actual).toEqual({ value: undefined, issues: [] });
          continue;
        }
        if (!overview.value) {
          expect(actual.issues.map((i) => i.code)).toEqual(overview.issues.map((i) => i.code));
          continue;
        }
        const period = overview.value.period;
        const {
          results: _r,
          row: _row,
          namnd: _n,
          ...expected
        } = period
          ? controlStatus(control, all, period, reportingPoints(register.lists.rapporteringspunkter ?? [], period.year))
          : overview.value.controls.find((c) => c.row === control.row)!;
        expect({ ...actual.value, namnd: undefined }).toEqual({ ...expected, namnd: undefined });
      }
    }),
    { numRuns: 300 },
  );
});

test("a period that is not one is the period's issue in both", () => {
  expect(controlOverviewOfRanges([['Id']], [['Id']], [['Kontroll-id', 'Period']], 'T9').issues[0].code).toBe(parsePeriod('T9').issues[0].code);
});
