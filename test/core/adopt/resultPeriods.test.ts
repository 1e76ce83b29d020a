import { periodOfSheetName, periodWithYear } from '../../../src/core/adopt/resultPeriods';
import { resultsFromPlanColumns } from '../../../src/core/adopt/adoptControlResults';
import type { RegisterTable } from '../../../src/core';

describe("periods of a controller's results sheets", () => {
  test.each([
    ['Utfall T1 2026', 'T1 2026'],
    ['Uppföljning 2026', '2026'],
    ['Uppföljning internkontroll Delår 2026', 'Delår 2026'],
    ['Utfall Tertial 2 2026', 'Tertial 2 2026'],
    ['T3 2025', 'T3 2025'],
    ['Utfall', undefined],
    ['Blad1', undefined],
  ])('the sheet %s gives the period %s', (name, period) => {
    expect(periodOfSheetName(name)).toBe(period);
  });

  test.each([
    ['T2', '2026', 'T2 2026'],
    ['Tertial 2', '2026', 'Tertial 2 2026'],
    ['Helår', '2026', 'Helår 2026'],
    [null, 'T1 2026', 'T1 2026'],
    ['T1 2025', '2026', 'T1 2025'],
    // Not a time: kept as typed for check to name.
    ['xyz', '2026', 'xyz'],
    ['T2', undefined, 'T2'],
  ])('the cell %p on a sheet of %p is copied as %p', (cell, sheetPeriod, copied) => {
    expect(periodWithYear(cell, sheetPeriod)).toBe(copied);
  });
});

describe("results kept in the plan's own Utfall and Avvikelse columns", () => {
  const controls: RegisterTable = {
    table: 'Kontroller',
    sheet: 'Internkontrollplan',
    headerRow: 0,
    extraHeaders: [],
    rows: [
      {
        values: { id: 'K1', utfall: 'Två avvikelser', avvikelse: 'Rutinen ses över' },
        extra: {},
        sheet: 'Internkontrollplan',
        row: 1,
        columns: { id: 0, utfall: 5, avvikelse: 6 },
      },
      { values: { id: 'K2', utfall: null, avvikelse: null }, extra: {}, sheet: 'Internkontrollplan', row: 2, columns: { id: 0 } },
    ],
  };
  test("become one result per control with text, for the plan's year", () => {
    expect(resultsFromPlanColumns(controls, 2026)?.rows.map((r) => r.values)).toEqual([
      { kontrollId: 'K1', period: '2026', resultat: 'Två avvikelser', atgard: 'Rutinen ses över' },
    ]);
  });
  test("without the plan's year nothing is made, so a clean workbook gets no result without a Period", () => {
    expect(resultsFromPlanColumns(controls, undefined)).toBeUndefined();
  });
});
