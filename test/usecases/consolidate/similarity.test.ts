import { granskningKey, granskningYear } from '../../../src/usecases/consolidate/_lib/granskningKey';
import { compactKey, letterSimilarity, similarEnough } from '../../../src/usecases/consolidate/_lib/similarity';

describe('similarEnough', () => {
  test.each([
    ['a missing letter', 'Granskning av skyddade personuppgifter', 'Granskning av skydade personuppgifter', true],
    ['spacing and case', 'Säkerställa  att rutinen följs.', 'säkerställa att Rutinen följs', true],
    ['a different number', 'Granskning av område 31', 'Granskning av område 32', false],
    ['a different subject', 'Granskning av cybersäkerhet', 'Granskning av arbetsmarknadsåtgärder', false],
  ])('%s', (_name, a, b, same) => {
    expect(similarEnough(compactKey(a), compactKey(b), 0.85)).toBe(same);
  });

  test('letterSimilarity is 1 for equal keys and 0 for nothing in common', () => {
    expect(letterSimilarity('abc', 'abc')).toBe(1);
    expect(letterSimilarity('abc', 'xyz')).toBe(0);
  });
});

describe('granskningKey and granskningYear', () => {
  test('"Granskning av" and the year in brackets do not count; the year is read from År or the title', () => {
    expect(granskningKey('Granskning av skyddade personuppgifter (2022)')).toBe(granskningKey('skyddade personuppgifter'));
    expect(granskningYear('Granskning av skyddade personuppgifter (2022)', null)).toBe(2022);
    expect(granskningYear('Granskning av IT', 2023)).toBe(2023);
    expect(granskningYear('Granskning av IT', 'snart')).toBeUndefined();
  });
});
