import { countOverdue, isoFromSerial, parseDate, serialFromYmd } from '../../src/core';

describe('Excel date serials', () => {
  test('match Excel’s 1900 system from March 1900 on', () => {
    expect(serialFromYmd(2024, 3, 1)).toBe(45352);
    expect(serialFromYmd(1900, 3, 1)).toBe(61);
    expect(isoFromSerial(45352)).toBe('2024-03-01');
    expect(isoFromSerial(45352.75)).toBe('2024-03-01');
  });
});

describe('parseDate', () => {
  test.each([
    [45352, 45352],
    [45352.5, 45352],
    ['2024-03-01', 45352],
    ['2024-3-1', 45352],
    ['2024-03-01T00:00:00Z', 45352],
    ['1 mars 2024', 45352],
    ['den 1 mars 2024', 45352],
    ['1 Mar. 2024', 45352],
    [new Date(Date.UTC(2024, 2, 1)), 45352],
  ])('%p is serial %p', (value, expected) => expect(parseDate(value)).toBe(expected));

  test.each([['snart'], ['2024-02-30'], ['31 april 2024'], ['2024-13-01'], [0], [-5], [true], ['våren 2025']])('%p is not a date', (value) => expect(parseDate(value)).toBeNaN());

  test('blank is null', () => expect(parseDate('  ')).toBeNull());
});

describe('countOverdue', () => {
  const today = serialFromYmd(2024, 6, 1);
  test('counts unfinished items dated before today', () => {
    const dates = ['2024-05-31', '2024-05-31', '2024-06-01', '2024-07-01', '', '2024-01-01', 45000];
    const statuses = ['Ej åtgärdad', 'Åtgärdad', 'Delvis', 'Ej åtgärdad', 'Ej åtgärdad', '', 'delvis åtgärdat'];
    expect(countOverdue(dates, statuses, today)).toEqual({ value: 3, issues: [] });
  });
  test('reports unreadable dates and unknown statuses, not counting them', () => {
    const result = countOverdue(['snart', '2024-01-01'], ['Ej åtgärdad', 'klar'], today);
    expect(result.value).toBe(0);
    expect(result.issues.map((i) => [i.code, i.input, i.index])).toEqual([
      ['dateInvalid', 'dates', 0],
      ['statusUnknown', 'statuses', 1],
    ]);
  });
  test('ranges of different sizes are an issue', () => {
    expect(countOverdue(['2024-01-01'], [], today).issues[0].code).toBe('sizeMismatch');
  });
});
