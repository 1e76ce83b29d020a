import { countText, FOLLOW_UP_STATUSES, statusCountText } from '../../../src/core';

describe('countText', () => {
  test.each([
    [0, '0 rader'],
    [1, '1 rad'],
    [2, '2 rader'],
    [1200, '1 200 rader'],
  ])('%d → %s', (n, text) => {
    expect(countText(n, { one: 'rad', many: 'rader' }).replace(/\u00a0/g, ' ')).toBe(text);
  });
});

describe('statusCountText', () => {
  test.each([
    [1, 'Åtgärdad', '1 åtgärdad'],
    [2, 'Åtgärdad', '2 åtgärdade'],
    [1, 'Delvis åtgärdad', '1 delvis åtgärdad'],
    [2, 'Delvis åtgärdad', '2 delvis åtgärdade'],
    [3, 'Ej åtgärdad', '3 ej åtgärdade'],
    [1, 'Ej bedömd', '1 ej bedömd'],
    [2, 'Ej bedömd', '2 ej bedömda'],
  ] as const)('%d %s → %s', (n, status, text) => {
    expect(statusCountText(n, status)).toBe(text);
  });

  test('every status has both forms, the singular being the status in lower case', () => {
    for (const s of FOLLOW_UP_STATUSES) expect(statusCountText(1, s)).toBe(`1 ${s.toLocaleLowerCase('sv')}`);
  });
});
