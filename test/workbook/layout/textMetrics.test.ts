import { lineHeight, textEms, textPixels } from '../../../src/workbook/layout/textMetrics';

describe('textMetrics', () => {
  test("a digit of 11 pt Calibri is Excel's 7 px column unit (7.43 px before Excel truncates it)", () => {
    expect(Math.trunc(textPixels('0', 11))).toBe(7);
    expect(textPixels('0123456789', 11)).toBeCloseTo(74.34, 1);
  });

  test('letters have their own widths: an "i" is under half an "m", Swedish letters as their base letters', () => {
    expect(textEms('i')).toBeLessThan(textEms('m') / 2);
    expect(textEms('å')).toBe(textEms('a'));
    expect(textEms('Ö')).toBe(textEms('O'));
    expect(textEms('Åtgärd')).toBeCloseTo(2.737, 3);
  });

  test('a letter outside the table counts as its base letter, anything else as wide as an "m"', () => {
    expect(textEms('ñ')).toBe(textEms('n'));
    expect(textEms('字')).toBe(textEms('m'));
    expect(textEms('')).toBe(0);
  });

  test("a line is Excel's: 15 pt for 11 pt Calibri (its default row), 12.75 pt for 10 pt, never under 1.2 em", () => {
    expect(lineHeight(11)).toBe(15);
    expect(lineHeight(10)).toBe(12.75);
    for (const points of [8, 9, 10, 11, 12, 14]) expect(lineHeight(points)).toBeGreaterThanOrEqual(points * 1.2);
  });
});
