import fc from 'fast-check';
import { countRiskMatrix, defaultScale, LEVEL_BLANK, parseLevel, scale5x5, type CellValue } from '../../../src/core';

/*
 * countRiskMatrix reads common levels (whole numbers, one digit as text, blanks) in a fast loop of its own;
 * whatever it reads must be what parseLevel reads, row by row: same counts, same unscored, same issues.
 */
function reference(likelihoods: CellValue[], consequences: CellValue[], sLevels: number, kLevels: number) {
  const counts = Array.from({ length: sLevels }, () => new Array<number>(kLevels).fill(0));
  let unscored = 0;
  const bad: number[] = [];
  likelihoods.forEach((sv, i) => {
    const s = parseLevel(sv, sLevels);
    const k = parseLevel(consequences[i], kLevels);
    if (s > 0 && k > 0) counts[s - 1][k - 1]++;
    else if (s < LEVEL_BLANK || k < LEVEL_BLANK) bad.push(i);
    else if ((s === LEVEL_BLANK) !== (k === LEVEL_BLANK)) unscored++;
  });
  return { counts, unscored, bad };
}

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.integer({ min: -1, max: 7 }),
  fc.double({ min: -1, max: 7, noNaN: true }),
  fc.constantFrom('', ' ', '0', '1', '3', '4', '5', '9', 'a', '3,0', '2.0', ' 2', '12', '٣', null, undefined, true, new Date(0)),
);

describe('countRiskMatrix reads levels as parseLevel does', () => {
  it.each([
    ['4 × 4', defaultScale],
    ['5 × 5', scale5x5],
  ])('on a %s scale, for any mix of numbers, texts and blanks (property)', (_name, scale) => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { maxLength: 60 }), (pairs) => {
        const likelihoods = pairs.map((p) => p[0]);
        const consequences = pairs.map((p) => p[1]);
        const sLevels = scale.likelihood.labels.length;
        const kLevels = scale.consequence.labels.length;
        const result = countRiskMatrix(likelihoods, consequences, scale);
        const expected = reference(likelihoods, consequences, sLevels, kLevels);
        expect(result.value?.counts).toEqual(expected.counts);
        expect(result.value?.unscored).toBe(expected.unscored);
        expect([...new Set(result.issues.map((i) => i.index))]).toEqual(expected.bad);
      }),
      { numRuns: 300 },
    );
  });
});
