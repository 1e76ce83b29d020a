import fc from 'fast-check';
import type { CellValue } from '../../../src/core';
import { matchKey } from '../../../src/core/controls/matchKey';
import { idKey } from '../../../src/core/register/latestVerdicts';

// Ids as users write them, and the forms that fold into one another or only look alike.
const TRICKY: CellValue[] = [
  'K1',
  'k1',
  ' K1 ',
  'K1\u00a0',
  '\tK1',
  'K\u212a1',
  'KK1',
  'İ1',
  'i\u03071',
  'I1',
  'i1',
  'ı1',
  'ẞ1',
  'ß1',
  'SS1',
  'ss1',
  '\u0000K1',
  '\u0000k1',
  5,
  '5',
  5.5,
  true,
  'TRUE',
  'true',
  '',
  ' ',
  null,
];
const cell = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string({ unit: fc.constantFrom('K', 'k', 'İ', 'i', '\u0307', 'ß', 'S', 's', ' ', '\u00a0', '1', '\u212a', '\u0000') }),
  fc.integer({ min: 0, max: 20 }),
);

describe('matchKey', () => {
  test('two ids share a key exactly when their idKey is the same', () => {
    fc.assert(
      fc.property(cell, cell, (a, b) => {
        expect(matchKey(a) === matchKey(b)).toBe(idKey(a) === idKey(b));
      }),
      { numRuns: 5000 },
    );
  });

  test.each<[CellValue, CellValue]>([
    ['K12', ' k12 '],
    ['K\u212a1', 'kk1'],
    [5, '5'],
  ])('%p and %p are one id', (a, b) => {
    expect(matchKey(a)).toBe(matchKey(b));
  });

  test('an id written in capitals is its own key, and a blank cell has none', () => {
    expect(matchKey('K12')).toBe('K12');
    expect(matchKey('  ')).toBe('');
    expect(matchKey(null)).toBe('');
  });
});
