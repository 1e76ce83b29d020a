import {
  cellRef,
  columnLetters,
  formatValue,
  isBlank,
  parseLevel,
  parseNumber,
  parseRangeStart,
  quoteSheetName,
  LEVEL_BLANK,
  LEVEL_NOT_A_NUMBER,
  LEVEL_NOT_AN_INTEGER,
  LEVEL_OUT_OF_RANGE,
} from '../../src/core';

describe('parseNumber', () => {
  test.each([
    [3, 3],
    ['3', 3],
    [' 3 ', 3],
    ['3,0', 3],
    ['2,5', 2.5],
    ['2.5', 2.5],
    ['\u00a04\u00a0', 4],
    ['-1', -1],
  ])('reads %p as %p', (input, expected) => expect(parseNumber(input)).toBe(expected));

  test.each([[''], ['   '], [null], [undefined]])('reads blank %p as null', (input) => expect(parseNumber(input)).toBeNull());

  test.each([['hög'], ['3 st'], ['3,0,0'], [true], [NaN], [Infinity], ['1e3']])('rejects %p', (input) => expect(parseNumber(input as never)).toBeNaN());
});

describe('parseLevel', () => {
  test.each([
    [1, 4, 1],
    [4, 4, 4],
    ['3', 4, 3],
    ['3,0', 4, 3],
    [' 2 ', 4, 2],
    ['', 4, LEVEL_BLANK],
    [null, 4, LEVEL_BLANK],
    ['hög', 4, LEVEL_NOT_A_NUMBER],
    [true, 4, LEVEL_NOT_A_NUMBER],
    [2.5, 4, LEVEL_NOT_AN_INTEGER],
    ['2,5', 4, LEVEL_NOT_AN_INTEGER],
    [5, 4, LEVEL_OUT_OF_RANGE],
    [0, 4, LEVEL_OUT_OF_RANGE],
    [-1, 4, LEVEL_OUT_OF_RANGE],
    [5, 5, 5],
  ])('parseLevel(%p, %p) is %p', (value, levels, expected) => expect(parseLevel(value, levels)).toBe(expected));
});

describe('isBlank', () => {
  test('treats null, undefined and white space as blank, 0 and FALSKT as values', () => {
    expect([null, undefined, '', ' \t'].map(isBlank)).toEqual([true, true, true, true]);
    expect([0, false, 'x'].map(isBlank)).toEqual([false, false, false]);
  });
});

describe('formatValue', () => {
  test('shows values as a Swedish user reads them', () => {
    expect(formatValue(2.5)).toBe('2,5');
    expect(formatValue('hög')).toBe('”hög”');
    expect(formatValue(true)).toBe('SANT');
    expect(formatValue(null)).toBe('(tom)');
    expect(formatValue('x'.repeat(100)).length).toBeLessThan(50);
  });
});

describe('A1 references', () => {
  test('columnLetters', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
  test('cellRef quotes sheet names that need it', () => {
    expect(cellRef('Riskanalys', 6, 5)).toBe('Riskanalys!F7');
    expect(cellRef('Min flik', 0, 0)).toBe("'Min flik'!A1");
    expect(cellRef("Kalle's", 0, 0)).toBe("'Kalle''s'!A1");
    expect(cellRef('', 1, 1)).toBe('B2');
  });
  test('quoteSheetName quotes what Excel would misread, and parseRangeStart reads every name back', () => {
    const cases: [string, string][] = [
      ['Riskanalys', 'Riskanalys'],
      ['Blad1', 'Blad1'],
      ['Ver.2', 'Ver.2'],
      ['Inställningar (Uppsikt)', "'Inställningar (Uppsikt)'"],
      ["Kalle's", "'Kalle''s'"],
      ['2025', "'2025'"],
      ['Q1', "'Q1'"],
      ['R1C1', "'R1C1'"],
      ['R', "'R'"],
      ['SANT', 'SANT'],
      ['True', "'True'"],
    ];
    expect(cases.map(([name]) => quoteSheetName(name))).toEqual(cases.map(([, quoted]) => quoted));
    for (const [name] of cases) expect(parseRangeStart(`${quoteSheetName(name)}!B3`)?.sheet).toBe(name);
  });
  test('parseRangeStart reads what Excel reports as parameter addresses', () => {
    expect(parseRangeStart('Sheet1!A2:A45')).toEqual({ sheet: 'Sheet1', row: 1, column: 0 });
    expect(parseRangeStart("'Min flik'!$B$3:$B$9")).toEqual({ sheet: 'Min flik', row: 2, column: 1 });
    expect(parseRangeStart('[Bok1]Blad1!AB10')).toEqual({ sheet: 'Blad1', row: 9, column: 27 });
    expect(parseRangeStart('C4')).toEqual({ sheet: '', row: 3, column: 2 });
    expect(parseRangeStart('inte en adress')).toBeUndefined();
  });
});
