import { periodOfSheetName, periodWithYear } from '../../../src/core/adopt/resultPeriods';

describe('periods of a controller\'s results sheets', () => {
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
