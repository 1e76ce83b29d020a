import { widthForLongestWord, wrappedLines } from '../../../src/workbook/layout/printLayout';

describe('widthForLongestWord', () => {
  test('the width at which the longest word takes one line, so no word breaks inside', () => {
    const width = widthForLongestWord(['Process', 'Behörighetshantering', 'IT och informationssäkerhet'], 10);
    expect(wrappedLines('Behörighetshantering', width, 10)).toBe(1);
    expect(wrappedLines('informationssäkerhet', width, 10)).toBe(1);
    // One unit less and the word would no longer fit on its line (the measure is tight, not generous).
    expect(wrappedLines('Behörighetshantering', width - 2, 10)).toBe(2);
  });

  test('no text needs no width', () => {
    expect(widthForLongestWord(['', '  '], 10)).toBe(0);
  });
});
