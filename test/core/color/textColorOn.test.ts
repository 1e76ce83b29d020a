import { contrastRatio, defaultScale, scale5x5, textColorOn } from '../../../src/core';

describe('textColorOn', () => {
  test('the default levels’ colours get text of at least 4.5:1 (red gets black: white on #FF0000 is only 4.0:1)', () => {
    for (const band of [...defaultScale.bands, ...scale5x5.bands]) expect(contrastRatio(band.color, textColorOn(band.color))).toBeGreaterThanOrEqual(4.5);
    expect(textColorOn('#FF0000')).toBe('#000000');
    expect(textColorOn('#1F4E79')).toBe('#FFFFFF');
  });

  test('every colour a kommun may pick reaches WCAG AA with black or white', () => {
    for (let r = 0; r <= 255; r += 17)
      for (let g = 0; g <= 255; g += 17)
        for (let b = 0; b <= 255; b += 17) {
          const fill = `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
          expect(contrastRatio(fill, textColorOn(fill))).toBeGreaterThanOrEqual(4.5);
        }
  });

  test('contrastRatio is WCAG’s: black on white 21:1, symmetric', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#FFC000', '#000000')).toBeCloseTo(contrastRatio('#000000', '#FFC000'), 10);
  });
});
