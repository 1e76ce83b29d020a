import { countRiskMatrix, defaultScale, levelOfScore, scoreRiskCells, validateScale, type RiskScale } from '../../src/core';

describe('scoreRiskCells', () => {
  test.each([
    [3, 4, 12],
    ['3', '4', 12],
    ['3,0', 2, 6],
    [1, 1, 1],
    [4, 4, 16],
  ])('scores %p × %p as %p', (s, k, expected) => expect(scoreRiskCells(s, k, defaultScale)).toEqual({ value: expected, issues: [] }));

  test('a blank level leaves the risk unscored without an issue', () => {
    expect(scoreRiskCells('', 3, defaultScale)).toEqual({ value: null, issues: [] });
    expect(scoreRiskCells(null, null, defaultScale)).toEqual({ value: null, issues: [] });
  });

  test('reports invalid levels with the axis and the value, never a score', () => {
    expect(scoreRiskCells(5, 2, defaultScale)).toEqual({
      issues: [expect.objectContaining({ code: 'levelOutOfRange', input: 'likelihood', message: 'Sannolikhet: 5 ligger utanför skalan; ange ett heltal 1–4.' })],
    });
    expect(scoreRiskCells(2, 'hög', defaultScale).issues[0].message).toBe('Konsekvens: ”hög” är inte en nivå; ange ett heltal 1–4.');
    expect(scoreRiskCells(2.5, 1, defaultScale).issues[0].message).toBe('Sannolikhet: 2,5 är inte ett heltal; ange ett heltal 1–4.');
    expect(scoreRiskCells(0, 9, defaultScale).issues.map((i) => i.input)).toEqual(['likelihood', 'consequence']);
  });
});

describe('levelOfScore', () => {
  test('follows the band table', () => {
    expect(levelOfScore(12, defaultScale).value?.name).toBe('Hög');
    expect(levelOfScore('4', defaultScale).value?.name).toBe('Medel');
    expect(levelOfScore(3, defaultScale).value?.name).toBe('Låg');
  });
  test('follows an edited band table (4 is Låg in some municipalities)', () => {
    const scale = validateScale({
      ...defaultScale,
      bands: [
        { name: 'Låg', min: 1, max: 4, color: '#00B050' },
        { name: 'Medel', min: 5, max: 8, color: '#FFC000' },
        { name: 'Hög', min: 9, max: 16, color: '#FF0000' },
      ],
    }).value as RiskScale;
    expect(levelOfScore(4, scale).value?.name).toBe('Låg');
  });
  test('blank is null; non-numbers and scores outside every band are reported', () => {
    expect(levelOfScore('', defaultScale)).toEqual({ value: null, issues: [] });
    expect(levelOfScore('hög', defaultScale).issues[0].message).toBe('Riskvärdet ”hög” är inte ett tal.');
    expect(levelOfScore(17, defaultScale).issues[0].message).toBe('Riskvärdet 17 hör inte till någon risknivå (skalans nivåer täcker 1–16).');
  });
});

describe('countRiskMatrix', () => {
  test('counts[s-1][k-1] risks per cell, blanks skipped', () => {
    const result = countRiskMatrix([3, '3', 1, '', 4, null], [4, 4, '1,0', 2, '', null], defaultScale);
    expect(result.issues).toEqual([]);
    expect(result.value?.counts).toEqual([
      [1, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 2],
      [0, 0, 0, 0],
    ]);
    expect(result.value?.unscored).toBe(2);
  });

  test('reports invalid rows by index and never counts them', () => {
    const result = countRiskMatrix([5, 2, 'hög', 2.5], [1, 2, 3, 1], defaultScale);
    expect(result.issues.map((i) => [i.code, i.input, i.index])).toEqual([
      ['levelOutOfRange', 'likelihoods', 0],
      ['levelNotANumber', 'likelihoods', 2],
      ['levelNotAnInteger', 'likelihoods', 3],
    ]);
    const total = result.value!.counts.flat().reduce((a, b) => a + b, 0);
    expect(total).toBe(1);
  });

  test('ranges of different sizes are an issue, not a count', () => {
    expect(countRiskMatrix([1, 2, 3], [1, 2], defaultScale)).toEqual({
      issues: [expect.objectContaining({ code: 'sizeMismatch', message: expect.stringContaining('olika storlek') })],
    });
  });

  test('uses the scale’s axes: a 5 × 3 matrix', () => {
    const scale = validateScale({
      likelihood: { labels: ['a', 'b', 'c', 'd', 'e'] },
      consequence: { labels: ['x', 'y', 'z'] },
      method: 'product',
      bands: [{ name: 'Alla', min: 1, max: 15, color: '#FFFFFF' }],
    }).value as RiskScale;
    const result = countRiskMatrix([5, 5], [3, 4], scale);
    expect(result.value?.counts.length).toBe(5);
    expect(result.value?.counts[0].length).toBe(3);
    expect(result.value?.counts[4][2]).toBe(1);
    expect(result.issues.map((i) => i.message)).toEqual(['Konsekvens: 4 ligger utanför skalan; ange ett heltal 1–3.']);
  });

  test('the total of the matrix plus unscored and invalid rows reconciles with the input', () => {
    const s = [1, 2, '', 5, 'x', 3, null, '4'];
    const k = [1, '', 3, 1, 2, 3, null, 4];
    const result = countRiskMatrix(s, k, defaultScale);
    const counted = result.value!.counts.flat().reduce((a, b) => a + b, 0);
    const invalidRows = new Set(result.issues.map((i) => i.index)).size;
    const emptyRows = 1;
    expect(counted + result.value!.unscored + invalidRows + emptyRows).toBe(s.length);
  });
});
