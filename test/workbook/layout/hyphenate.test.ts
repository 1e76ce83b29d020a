import { hyphenateLongWords } from '../../../src/workbook/layout/hyphenation';

describe('hyphenateLongWords', () => {
  test('a word too long for the line breaks with a hyphen at a syllable, the rest of the text as it was', () => {
    expect(hyphenateLongWords('Behörighetshantering', 14)).toBe('Behörighets-\nhantering');
    expect(hyphenateLongWords('Analys av leverantörsreskontran mot', 18)).toBe('Analys av leverantörsres-\nkontran mot');
    expect(hyphenateLongWords('kort text', 5)).toBe('kort text');
    // "ch" is one sound: Upphand-lingschef, never Upphandlingsc-hef.
    expect(hyphenateLongWords('Upphandlingschef', 14)).toBe('Upphand-\nlingschef');
  });

  test('every piece fits its line and the letters are all kept', () => {
    for (const word of ['verksamhetssystem', 'informationssäkerhet', 'kommungemensam', 'digitaliseringsavdelningen']) {
      const out = hyphenateLongWords(word, 10);
      expect(out.replace(/-\n/g, '')).toBe(word);
      for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(10);
    }
  });
});
