import type { RiskBand } from '../../core';

/*
 * Colours of risk levels: the fill is the band's colour, the text black or white, whichever reads better on
 * it (WCAG relative luminance), so a user's own dark red still shows its text.
 */

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The font colour (#RRGGBB) to use on a band's fill. */
export function textColorOn(fill: string): string {
  return luminance(fill) > 0.35 ? '#000000' : '#FFFFFF';
}

/** One rule per band: a Risknivå cell equal to the band's name gets its colours. */
export function levelColorRules(bands: readonly RiskBand[]): { text: string; fill: string; font: string }[] {
  return bands.map((band) => ({ text: band.name, fill: band.color.toUpperCase(), font: textColorOn(band.color) }));
}
