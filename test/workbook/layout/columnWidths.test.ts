import { shareWidths, widthBudget, widthForLongestWord, wrappedLines } from '../../../src/workbook/layout/printLayout';

describe('widthForLongestWord', () => {
  test('the width at which the longest word takes one line, so no word breaks inside', () => {
    const width = widthForLongestWord(['Process', 'Behörighetshantering', 'IT och informationssäkerhet'], 10);
    expect(wrappedLines('Behörighetshantering', width, 10)).toBe(1);
    expect(wrappedLines('informationssäkerhet', width, 10)).toBe(1);
    // One unit less and the word would no longer fit on its line (the measure is tight, not generous).
    expect(wrappedLines('Behörighetshantering', width - 1, 10)).toBe(2);
  });

  test('no text needs no width', () => {
    expect(widthForLongestWord(['', '  '], 10)).toBe(0);
  });
});

describe('shareWidths', () => {
  test('every column keeps its minimum; the rest goes by the amount of text', () => {
    expect(
      shareWidths(
        [
          { min: 8, text: 900 },
          { min: 8, text: 0 },
        ],
        40,
      ),
    ).toEqual([32, 8]);
    expect(
      shareWidths(
        [
          { min: 10, text: 100 },
          { min: 10, text: 300 },
        ],
        60,
      ),
    ).toEqual([20, 40]);
  });

  test('never more than the total: minimums too wide for it are lowered, the widest first; even shares when there is no text', () => {
    const widths = shareWidths(
      [
        { min: 9, text: 7 },
        { min: 8, text: 13 },
        { min: 12, text: 1 },
      ],
      50,
    );
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(50);
    expect(
      shareWidths(
        [
          { min: 8, text: 0 },
          { min: 8, text: 0 },
        ],
        30,
      ),
    ).toEqual([15, 15]);
    expect(
      shareWidths(
        [
          { min: 20, text: 5 },
          { min: 20, text: 5 },
        ],
        30,
      ),
    ).toEqual([15, 15]);
    expect(
      shareWidths(
        [
          { min: 26, text: 5 },
          { min: 10, text: 5 },
        ],
        30,
      ),
    ).toEqual([20, 10]);
  });
});

describe('widthBudget', () => {
  test('what fits across a landscape page at the smallest allowed scale grows as the type allows shrinking', () => {
    expect(widthBudget(11, 10, 'landscape')).toBeGreaterThan(widthBudget(11, 8, 'landscape'));
    expect(widthBudget(11, 10, 'landscape')).toBeGreaterThan(widthBudget(11, 10, 'portrait'));
  });
});
