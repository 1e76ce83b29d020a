import { ownText } from '../../../../src/workbook/xlsx/read/ownText';

describe('ownText', () => {
  it('gives the same text, short or long, with characters outside the BMP kept whole', () => {
    const chunk = '<c><f>SUMMA(Riskanalys!E4:E200004)</f><t>Åtgärd 😀 för nämnden</t><v>12</v></c>';
    for (const [from, to] of [
      [6, 33],
      [43, 64],
      [68, 70],
    ]) {
      const sliced = chunk.slice(from, to);
      expect(ownText(sliced)).toBe(sliced);
    }
    expect(ownText('')).toBe('');
    expect(ownText('😀'.repeat(7))).toBe('😀'.repeat(7));
  });
});
