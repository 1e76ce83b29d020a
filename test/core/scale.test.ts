import { bandForScore, defaultScale, possibleScores, scaleFromRange, scaleToRange, scoreRisk, validateScale, type RiskScale } from '../../src/core';

const codes = (scale: RiskScale) => validateScale(scale).issues.map((i) => i.code);

describe('defaultScale', () => {
  test('is the 4 × 4 default of the domain brief and valid', () => {
    expect(validateScale(defaultScale)).toEqual({ value: defaultScale, issues: [] });
    expect(defaultScale.likelihood.labels).toEqual(['Osannolik', 'Mindre sannolik', 'Möjlig', 'Sannolik']);
    expect(defaultScale.consequence.labels).toEqual(['Försumbar', 'Lindrig', 'Kännbar', 'Allvarlig']);
    expect(defaultScale.bands.map((b) => [b.name, b.min, b.max])).toEqual([
      ['Låg', 1, 3],
      ['Medel', 4, 8],
      ['Hög', 9, 16],
    ]);
  });
  test('scores are products and fall in the documented bands', () => {
    expect(possibleScores(defaultScale)).toEqual([1, 2, 3, 4, 6, 8, 9, 12, 16]);
    expect(scoreRisk(defaultScale, 3, 4)).toBe(12);
    expect([1, 3, 4, 8, 9, 16].map((s) => bandForScore(defaultScale, s)?.name)).toEqual(['Låg', 'Låg', 'Medel', 'Medel', 'Hög', 'Hög']);
    expect(bandForScore(defaultScale, 17)).toBeUndefined();
  });
});

describe('validateScale', () => {
  const labels = (n: number) => Array.from({ length: n }, (_, i) => `Nivå ${i + 1}`);

  test('accepts 3 to 6 levels per axis, axes may differ', () => {
    const scale: RiskScale = {
      likelihood: { labels: labels(3) },
      consequence: { labels: labels(6) },
      method: 'product',
      bands: [
        { name: 'Låg', min: 1, max: 4, color: '#00b050' },
        { name: 'Hög', min: 5, max: 18, color: '#FF0000' },
      ],
    };
    const checked = validateScale(scale);
    expect(checked.issues).toEqual([]);
    expect(checked.value?.bands[0].color).toBe('#00B050');
  });

  test('rejects 2 and 7 levels with the axis named', () => {
    const two = validateScale({ ...defaultScale, likelihood: { labels: labels(2) } });
    expect(two.value).toBeUndefined();
    expect(two.issues[0].message).toBe('Sannolikhet har 2 nivåer; skalan ska ha 3–6 nivåer per axel.');
    expect(codes({ ...defaultScale, consequence: { labels: labels(7) } })).toEqual(['scaleLevelCount']);
  });

  test('reports empty and duplicate labels', () => {
    expect(codes({ ...defaultScale, likelihood: { labels: ['A', '', 'C', 'D'] } })).toEqual(['scaleLabelMissing']);
    expect(codes({ ...defaultScale, likelihood: { labels: ['A', 'B', 'a', 'D'] } })).toEqual(['scaleLabelDuplicate']);
  });

  test('reports overlapping bands by name', () => {
    const issues = validateScale({
      ...defaultScale,
      bands: [
        { name: 'Låg', min: 1, max: 4, color: '#00B050' },
        { name: 'Medel', min: 4, max: 8, color: '#FFC000' },
        { name: 'Hög', min: 9, max: 16, color: '#FF0000' },
      ],
    }).issues;
    expect(issues.map((i) => i.code)).toEqual(['scaleBandOverlap']);
    expect(issues[0].message).toContain('”Låg” och ”Medel” överlappar');
  });

  test('reports scores no band covers (missing bands)', () => {
    const checked = validateScale({ ...defaultScale, bands: [defaultScale.bands[0], defaultScale.bands[2]] });
    expect(checked.value).toBeUndefined();
    expect(checked.issues[0].message).toBe('Riskvärdena 4, 6, 8 hör inte till någon risknivå; utöka nivåernas intervall så att de täcks.');
  });

  test('a gap no achievable score falls in is allowed', () => {
    // 4 × 4 products never give 5, 7, 10, 11, 13, 14, 15.
    const bands = [
      { name: 'Låg', min: 1, max: 4, color: '#00B050' },
      { name: 'Hög', min: 6, max: 16, color: '#FF0000' },
    ];
    expect(codes({ ...defaultScale, bands })).toEqual([]);
  });

  test('reports bad band ranges, names and colours', () => {
    expect(codes({ ...defaultScale, bands: [{ name: 'X', min: 16, max: 1, color: '#FF0000' }] })).toEqual(['scaleBandRange']);
    expect(codes({ ...defaultScale, bands: [{ name: '', min: 1, max: 16, color: '#FF0000' }] })).toEqual(['scaleBandName']);
    expect(codes({ ...defaultScale, bands: [{ name: 'X', min: 1, max: 16, color: 'röd' }] })).toEqual(['scaleBandColor']);
    expect(codes({ ...defaultScale, bands: [] })).toEqual(['scaleBandsMissing']);
    expect(codes({ ...defaultScale, bands: [...defaultScale.bands, { ...defaultScale.bands[0], min: 20, max: 21 }] })).toEqual(['scaleBandDuplicate']);
  });

  test('a grid scale scores from the grid and must have the axes’ size', () => {
    const grid = [
      [1, 2, 3, 4],
      [2, 4, 6, 9],
      [3, 6, 9, 12],
      [5, 9, 12, 16],
    ];
    const scale: RiskScale = { ...defaultScale, method: 'grid', grid };
    expect(validateScale(scale).issues).toEqual([]);
    expect(scoreRisk(scale, 4, 1)).toBe(5);
    expect(scoreRisk(scale, 2, 4)).toBe(9);
    const wrong = validateScale({ ...scale, grid: grid.slice(0, 3) });
    expect(wrong.issues[0].message).toBe('Rutnätet är 3 × 4 men skalan kräver 4 × 4 (sannolikhet × konsekvens).');
    expect(codes({ ...scale, grid: undefined })).toEqual(['scaleGridMissing']);
    expect(
      codes({
        ...scale,
        grid: [
          [1, 2, 3, 4],
          [2, 4, 6, NaN],
          [3, 6, 9, 12],
          [4, 8, 12, 16],
        ],
      }),
    ).toEqual(['scaleGridValue']);
  });
});

describe('scaleFromRange', () => {
  test('round-trips the default scale through its cell layout', () => {
    const cells = scaleToRange(defaultScale);
    expect(cells[1]).toEqual(['Sannolikhet', 'Osannolik', 'Mindre sannolik', 'Möjlig', 'Sannolik']);
    expect(scaleFromRange(cells)).toEqual({ value: defaultScale, issues: [] });
  });

  test('round-trips a 5 × 3 grid scale', () => {
    const scale: RiskScale = {
      likelihood: { labels: ['1', '2', '3', '4', '5'] },
      consequence: { labels: ['Liten', 'Märkbar', 'Stor'] },
      method: 'grid',
      grid: [
        [1, 1, 2],
        [1, 2, 3],
        [2, 3, 3],
        [2, 3, 3],
        [3, 3, 3],
      ],
      bands: [
        { name: 'Låg', min: 1, max: 1, color: '#00B050' },
        { name: 'Medel', min: 2, max: 2, color: '#FFC000' },
        { name: 'Hög', min: 3, max: 3, color: '#FF0000' },
      ],
    };
    expect(scaleFromRange(scaleToRange(scale))).toEqual({ value: scale, issues: [] });
  });

  test('reads what a user types: any case, colons, colour without #, numbers as text, blank rows', () => {
    const cells = [
      ['sannolikhet:', 'A', 'B', 'C', null],
      [null, null, null, null, null],
      ['KONSEKVENS', 'x', 'y', 'z', ''],
      ['Risknivå', 'Låg', '1', '3', '00b050'],
      ['Risknivå', 'Hög', '4', '9,0', 'FF0000'],
    ];
    const checked = scaleFromRange(cells);
    expect(checked.issues).toEqual([]);
    expect(checked.value?.bands).toEqual([
      { name: 'Låg', min: 1, max: 3, color: '#00B050' },
      { name: 'Hög', min: 4, max: 9, color: '#FF0000' },
    ]);
    expect(checked.value?.method).toBe('product');
  });

  test('points each problem at its row and column in the block', () => {
    const cells = scaleToRange(defaultScale).map((r) => [...r]);
    cells[6][2] = 2; // Medel from 2 overlaps Låg 1–3
    const checked = scaleFromRange(cells);
    expect(checked.value).toBeUndefined();
    expect(checked.issues).toMatchObject([{ code: 'scaleBandOverlap', input: 'scale', row: 6, column: 1 }]);

    const typo = scaleToRange(defaultScale).map((r) => [...r]);
    typo[3][0] = 'Beräkningar';
    expect(scaleFromRange(typo).issues).toMatchObject([{ code: 'scaleRangeUnknownKey', row: 3, column: 0 }]);

    const label = scaleToRange(defaultScale).map((r) => [...r]);
    label[2][3] = ' ';
    label[2][4] = 'Lindrig';
    expect(scaleFromRange(label).issues).toMatchObject([
      { code: 'scaleLabelMissing', row: 2, column: 3 },
      { code: 'scaleLabelDuplicate', row: 2, column: 4 },
    ]);
  });

  test('names the cell of a band bound that is not a number', () => {
    const cells = scaleToRange(defaultScale).map((r) => [...r]);
    cells[5][3] = 'tre';
    cells[6][2] = '';
    expect(scaleFromRange(cells).issues.map((i) => [i.message, i.row, i.column])).toEqual([
      ['Risknivån ”Låg”: ”tre” är inte ett tal; ange från och till som tal.', 5, 3],
      ['Risknivån ”Medel”: (tom) är inte ett tal; ange från och till som tal.', 6, 2],
    ]);
  });

  test('requires both axes and a known method', () => {
    expect(scaleFromRange([['Sannolikhet', 'a', 'b', 'c']]).issues.map((i) => i.message)).toEqual(['Skalan saknar raden Konsekvens med nivåernas benämningar.']);
    const cells = scaleToRange(defaultScale).map((r) => [...r]);
    cells[3][1] = 'Summa';
    expect(scaleFromRange(cells).issues).toMatchObject([{ code: 'scaleMethodUnknown', row: 3, column: 1 }]);
  });
});
