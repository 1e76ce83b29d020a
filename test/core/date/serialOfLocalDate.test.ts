import { serialFromYmd, serialOfLocalDate } from '../../../src/core';

describe('serialOfLocalDate', () => {
  test('the local calendar date, whatever the time of day', () => {
    expect(serialOfLocalDate(new Date(2026, 10, 22, 0, 0, 0))).toBe(serialFromYmd(2026, 11, 22));
    expect(serialOfLocalDate(new Date(2026, 10, 22, 23, 59, 59, 999))).toBe(serialFromYmd(2026, 11, 22));
    expect(serialOfLocalDate(new Date(2024, 1, 29, 12))).toBe(serialFromYmd(2024, 2, 29));
    expect(serialOfLocalDate(new Date(1900, 2, 1))).toBe(61);
  });
});
