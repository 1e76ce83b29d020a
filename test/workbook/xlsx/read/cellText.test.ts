import { decodeRef, excelDate, numberOf } from '../../../../src/workbook/xlsx/read/cellText';

describe('cellText', () => {
  test('excelDate: a serial Excel can show is a UTC date (1904 dates shifted); anything else stays the number', () => {
    expect(excelDate(45000, false)).toEqual(new Date(Date.UTC(2023, 2, 15)));
    expect(excelDate(45000 - 1462, true)).toEqual(new Date(Date.UTC(2023, 2, 15)));
    expect(excelDate(-1, false)).toBe(-1);
    expect(excelDate(2_958_466, false)).toBe(2_958_466);
  });

  test('numberOf: a finite number, or the text as written', () => {
    expect(numberOf(' 3.5 ')).toBe(3.5);
    expect(numberOf('NaN')).toBe('NaN');
    expect(numberOf('')).toBe('');
  });

  test('decodeRef: 1-based row, 0-based column, $ ignored, lower case read', () => {
    expect(decodeRef('A1')).toEqual({ row: 1, column: 0 });
    expect(decodeRef('$XFD$1048576')).toEqual({ row: 1_048_576, column: 16_383 });
    expect(decodeRef('ab12')).toEqual({ row: 12, column: 27 });
    expect(decodeRef('12')).toBeUndefined();
  });
});
