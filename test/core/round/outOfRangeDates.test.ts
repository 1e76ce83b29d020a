import { compareRounds, defaultScale, formatRoundProgress, formatValue, registerFromRecords, roundKey, roundProgress, serialFromYmd } from '../../../src/core';
import { groupLabel } from '../../../src/core/summary/_lib/groupKey';

// A date-formatted cell holding a serial Excel cannot show (1e10, 1e308) reaches the core as a Date no
// calendar holds when ExcelJS read the file (new Date(NaN)), or as the number itself: never a crash.
const noDate = new Date(Number.NaN);

describe("a date serial out of Excel's range is not a date", () => {
  it('roundKey and compareRounds do not throw and order it as an undated round', () => {
    expect(roundKey(noDate)?.serial).toBeUndefined();
    expect(compareRounds(noDate, '2025')).toBe(-1);
    expect(roundKey(1e10)?.serial).toBeUndefined();
    expect(roundKey(1e308)?.serial).toBeUndefined();
    expect(roundKey(Number.NaN)?.serial).toBeUndefined();
  });

  it('a round\'s progress names it without "Invalid Date"', () => {
    const register = registerFromRecords(defaultScale, {
      Rekommendationer: [{ id: 'R1', granskningId: 'G1', mottagare: 'Socialnämnden', rekommendation: 'Text' }],
      Uppföljningar: [{ rekommendationId: 'R1', omgang: noDate, bedomning: 'Åtgärdad' }],
    });
    const [progress] = roundProgress(register);
    expect(progress).toMatchObject({ total: 1, assessed: 1 });
    const line = formatRoundProgress(progress);
    expect(line).toMatch(/^Omgång #####/);
    expect(line).not.toMatch(/Invalid|NaN/);
  });

  it('a group cell and a message show it as Excel does, #####', () => {
    expect(groupLabel(noDate)).toBe('#####');
    expect(formatValue(noDate)).toBe('##### (ett tal utanför Excels datum)');
    expect(groupLabel(new Date(Date.UTC(2025, 2, 1)))).toBe('2025-03-01');
    expect(roundKey(new Date(Date.UTC(2025, 2, 1)))?.serial).toBe(serialFromYmd(2025, 3, 1));
  });
});
