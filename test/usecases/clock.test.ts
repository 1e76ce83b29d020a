import { serialFromYmd } from '../../src/core';
import { todaySerial } from '../../src/usecases/clock';

describe('todaySerial', () => {
  test('is the local date of the moment as an Excel serial, whatever the time of day', () => {
    expect(todaySerial(new Date(2026, 10, 22, 0, 0, 1))).toBe(serialFromYmd(2026, 11, 22));
    expect(todaySerial(new Date(2026, 10, 22, 23, 59, 59))).toBe(serialFromYmd(2026, 11, 22));
    expect(todaySerial(new Date(2024, 1, 29, 12))).toBe(serialFromYmd(2024, 2, 29));
    expect(todaySerial(new Date(2026, 10, 22, 15, 30))).toBe(46348);
  });

  test('without an argument it is today', () => {
    const now = new Date();
    const serial = todaySerial();
    // Around midnight the two calls may straddle a day.
    expect([todaySerial(now), todaySerial(new Date())]).toContain(serial);
  });
});
