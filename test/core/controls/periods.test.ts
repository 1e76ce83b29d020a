import fc from 'fast-check';
import { compareRounds, dueOccasions, frequencyOf, parsePeriod, periodEnd, pointOfPeriod, reportingPoints, serialFromYmd, type CellValue } from '../../../src/core';

const TERTIALS = reportingPoints(['T1', 'T2', 'T3'], 2026);
const period = (value: CellValue) => parsePeriod(value).value!;

describe('parsePeriod', () => {
  test.each<[CellValue, string, number]>([
    ['T2 2026', 'T2 2026', 2026],
    ['  t1   2026 ', 't1 2026', 2026],
    ['Delår 2026', 'Delår 2026', 2026],
    ['Helår 2026', 'Helår 2026', 2026],
    ['2026-05-31', '2026-05-31', 2026],
    [2026, '2026', 2026],
    [serialFromYmd(2026, 3, 15), '2026-03-15', 2026],
    [new Date(Date.UTC(2025, 11, 31)), '2025-12-31', 2025],
  ])('%p reads as %p in %p', (value, name, year) => {
    expect(parsePeriod(value).value).toMatchObject({ name, year });
  });

  test.each<[CellValue, string]>([
    ['T2', 'roundNameNoYear'],
    ['', 'roundNameMissing'],
    [null, 'roundNameMissing'],
    ['2026-13-45', 'roundNameDateInvalid'],
    ['Tertial två', 'roundNameNoYear'],
  ])('%p is not a period (%s)', (value, code) => {
    const parsed = parsePeriod(value);
    expect(parsed.value).toBeUndefined();
    expect(parsed.issues[0].code).toBe(code);
  });

  test.each<[string, number, number]>([
    ['Januari 2026', 1, 31],
    ['mars 2026', 3, 31],
    ['Feb. 2028', 2, 29],
    ['Sept 2026', 9, 30],
    ['2026-03', 3, 31],
    ['December 2026', 12, 31],
  ])('%p, a month of a results sheet kept per Månad, ends with its month (%i/%i)', (text, month, day) => {
    const p = period(text);
    expect(p.key.serial).toBe(serialFromYmd(p.year, month, day));
    expect(pointOfPeriod(p, reportingPoints(['T1', 'T2', 'T3'], p.year))).toBe(month <= 4 ? 0 : month <= 8 ? 1 : 2);
  });

  test('a word that only starts like a month is no month: "Marsch 2026" is the year', () => {
    expect(period('Marsch 2026').key.serial).toBe(serialFromYmd(2026, 12, 31));
  });

  test('periods order by roundKey: T1 < T2 < Delår same day as T2 < T3 < next year', () => {
    const sorted = ['2027', 'T3 2026', 'T1 2026', '2026-05-01', 'T2 2026'].sort(compareRounds);
    expect(sorted).toEqual(['T1 2026', '2026-05-01', 'T2 2026', 'T3 2026', '2027']);
  });
});

describe('reportingPoints', () => {
  test('T1–T3 end 30 April, 31 August and 31 December', () => {
    expect(TERTIALS.map((p) => [p.period, p.end])).toEqual([
      ['T1 2026', serialFromYmd(2026, 4, 30)],
      ['T2 2026', serialFromYmd(2026, 8, 31)],
      ['T3 2026', serialFromYmd(2026, 12, 31)],
    ]);
  });

  test('a point without a date (Prognos) lies between its neighbours; the last always ends the year', () => {
    const [prognos, delar, helar] = reportingPoints(['Prognos', 'Delår', 'Helår'], 2026);
    expect(prognos.end).toBeGreaterThan(serialFromYmd(2026, 1, 1));
    expect(prognos.end).toBeLessThan(delar.end);
    expect(delar.end).toBe(serialFromYmd(2026, 8, 31));
    expect(helar.end).toBe(serialFromYmd(2026, 12, 31));
  });

  test('blanks and repeats are dropped; an empty list is the year end alone', () => {
    expect(reportingPoints(['T1', '', 't1', 'T2'], 2026).map((p) => p.name)).toEqual(['T1', 'T2']);
    expect(reportingPoints([], 2026).map((p) => [p.period, p.end])).toEqual([['Helår 2026', serialFromYmd(2026, 12, 31)]]);
  });

  test('months name their month end', () => {
    expect(reportingPoints(['Mars', 'Juni', 'September', 'December'], 2026).map((p) => p.end)).toEqual([
      serialFromYmd(2026, 3, 31),
      serialFromYmd(2026, 6, 30),
      serialFromYmd(2026, 9, 30),
      serialFromYmd(2026, 12, 31),
    ]);
  });

  test('ends never go backwards, whatever the list (property)', () => {
    const names = fc.constantFrom('T1', 'T2', 'T3', 'Delår', 'Prognos', 'Helår', 'Juni', 'Mars', 'Q3', 'Oktober', 'Bokslut', 'x');
    fc.assert(
      fc.property(fc.array(names, { maxLength: 8 }), fc.integer({ min: 1990, max: 2090 }), (list, year) => {
        const points = reportingPoints(list, year);
        expect(points.length).toBeGreaterThan(0);
        for (let i = 1; i < points.length; i++) expect(points[i].end).toBeGreaterThanOrEqual(points[i - 1].end);
        expect(points[points.length - 1].end).toBe(serialFromYmd(year, 12, 31));
      }),
    );
  });
});

describe('pointOfPeriod and periodEnd', () => {
  test.each<[string, number, number]>([
    ['T1 2026', 0, serialFromYmd(2026, 4, 30)],
    ['t2 2026', 1, serialFromYmd(2026, 8, 31)],
    ['T3 2026', 2, serialFromYmd(2026, 12, 31)],
    ['2026-03-15', 0, serialFromYmd(2026, 3, 15)],
    ['2026-05-01', 1, serialFromYmd(2026, 5, 1)],
    ['Delår 2026', 1, serialFromYmd(2026, 8, 31)],
    ['Helår 2026', 2, serialFromYmd(2026, 12, 31)],
    ['2026', 2, serialFromYmd(2026, 12, 31)],
  ])('%s counts toward point %i and ends %i', (name, index, end) => {
    expect(pointOfPeriod(period(name), TERTIALS)).toBe(index);
    expect(periodEnd(period(name), TERTIALS)).toBe(end);
  });

  test('a named point without a date ends where the point does', () => {
    const points = reportingPoints(['Prognos', 'Delår', 'Helår'], 2026);
    expect(pointOfPeriod(period('Prognos 2026'), points)).toBe(0);
    expect(periodEnd(period('Prognos 2026'), points)).toBe(points[0].end);
  });
});

describe('frequencyOf and dueOccasions (the table in docs/workbook.md)', () => {
  test.each<[CellValue, string]>([
    ['Årligen', 'Årligen'],
    ['1 gång per år', 'Årligen'],
    ['', 'Årligen'],
    ['vid behov', 'Årligen'],
    ['Halvårsvis', 'Halvårsvis'],
    ['tertialvis', 'Tertialvis'],
    ['Kvartalsvis', 'Kvartalsvis'],
    ['Varje månad', 'Månadsvis'],
    ['Löpande', 'Löpande'],
  ])('Frekvens %p is %s', (value, frequency) => expect(frequencyOf(value)).toBe(frequency));

  const QUARTERS = reportingPoints(['Q1', 'Q2', 'Q3', 'Q4'], 2026);
  const PDH = reportingPoints(['Prognos', 'Delår', 'Helår'], 2026);
  test.each<[string, CellValue, typeof TERTIALS, number[]]>([
    ['Årligen', '', TERTIALS, [2]],
    ['Årligen', 'T1', TERTIALS, [0]],
    ['Årligen', 'Juni', TERTIALS, [1]],
    ['Årligen', 'Delår', TERTIALS, [1]],
    ['Årligen', 'Vid behov', TERTIALS, [2]],
    ['Årligen', 'Delår', PDH, [1]],
    ['Halvårsvis', '', TERTIALS, [1, 2]],
    ['Halvårsvis', '', QUARTERS, [1, 3]],
    ['Halvårsvis', '', PDH, [1, 2]],
    ['Tertialvis', '', TERTIALS, [0, 1, 2]],
    ['Tertialvis', '', QUARTERS, [1, 2, 3]],
    ['Tertialvis', '', PDH, [0, 1, 2]],
    ['Kvartalsvis', '', TERTIALS, [0, 1, 2]],
    ['Månadsvis', '', TERTIALS, [0, 1, 2]],
    ['Löpande', '', QUARTERS, [0, 1, 2, 3]],
  ])('%s with Tidpunkt %p', (frekvens, tidpunkt, points, due) => {
    expect(dueOccasions(frekvens, tidpunkt, points)).toEqual(due);
  });

  test('due occasions are ascending, distinct, within the points, and never more than the frequency asks (property)', () => {
    const names = fc.constantFrom('T1', 'T2', 'T3', 'Delår', 'Prognos', 'Helår', 'Juni', 'Q1', 'Q3', 'Oktober');
    const freqs = fc.constantFrom('Årligen', 'Halvårsvis', 'Tertialvis', 'Kvartalsvis', 'Månadsvis', 'Löpande', '');
    fc.assert(
      fc.property(fc.array(names, { maxLength: 8 }), freqs, fc.constantFrom('', 'T2', 'Juni', 'Helår', 'x'), (list, frekvens, tidpunkt) => {
        const points = reportingPoints(list, 2026);
        const due = dueOccasions(frekvens, tidpunkt, points);
        expect(due.length).toBeGreaterThan(0);
        const most: Record<string, number> = { '': 1, Årligen: 1, Halvårsvis: 2, Tertialvis: 3, Kvartalsvis: 4, Månadsvis: 12, Löpande: 12 };
        expect(due.length).toBeLessThanOrEqual(Math.min(points.length, most[frekvens]));
        expect([...due].sort((a, b) => a - b)).toEqual([...new Set(due)]);
        for (const i of due) expect(points[i]).toBeDefined();
      }),
    );
  });
});

test('parsePeriod never throws on odd cells, and reads them as no period', () => {
  for (const value of [new Date(NaN), 1e20, -5, NaN, Infinity, true, 0.5]) expect(parsePeriod(value).value).toBeUndefined();
  fc.assert(fc.property(fc.oneof(fc.double(), fc.string(), fc.date({ noInvalidDate: false }), fc.boolean(), fc.constant(null)), (value) => void parsePeriod(value)));
});
