import { FOLLOW_UP_STATUSES, normalizeStatus } from '../../src/core';

describe('normalizeStatus', () => {
  test.each([
    ['Åtgärdad', 'Åtgärdad'],
    ['åtgärdad', 'Åtgärdad'],
    ['ÅTGÄRDAT', 'Åtgärdad'],
    ['  Åtgärdats. ', 'Åtgärdad'],
    ['Atgardad', 'Åtgärdad'],
    ['Delvis åtgärdad', 'Delvis åtgärdad'],
    ['delvis   åtgärdat', 'Delvis åtgärdad'],
    ['Delvis', 'Delvis åtgärdad'],
    ['Ej åtgärdad', 'Ej åtgärdad'],
    ['Inte åtgärdad', 'Ej åtgärdad'],
    ['ej åtgärdat', 'Ej åtgärdad'],
    ['Ej bedömd', 'Ej bedömd'],
    ['ej följd upp', 'Ej bedömd'],
  ])('%p is %p', (typed, canonical) => expect(normalizeStatus(typed)).toBe(canonical));

  test('blank is null', () => {
    expect(normalizeStatus('')).toBeNull();
    expect(normalizeStatus('   ')).toBeNull();
    expect(normalizeStatus(null)).toBeNull();
  });

  test.each([['klar'], ['pågår'], ['ej'], ['ja'], ['-'], ['–'], [1], [true], ['Åtgärdad?']])('unknown %p is not guessed', (typed) =>
    expect(normalizeStatus(typed)).toBeUndefined(),
  );

  test('every canonical status maps to itself', () => {
    for (const status of FOLLOW_UP_STATUSES) expect(normalizeStatus(status)).toBe(status);
  });
});
