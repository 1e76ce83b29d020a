/*
 * Text on a coloured fill (risk levels in the matrix, the sheets, the task pane and the reports): black or
 * white, whichever contrasts more with the fill by WCAG 2's formula. One of the two always reaches at least
 * 4.58:1, above WCAG AA's 4.5:1 for normal text, whatever colour a kommun picks for its levels.
 */

function channel(hex: string, at: number): number {
  const c = parseInt(hex.slice(at, at + 2), 16) / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/**
 * WCAG 2 relative luminance of a #RRGGBB colour (0 black … 1 white).
 *
 * @param hex - The colour, "#RRGGBB" (case-insensitive).
 * @returns The luminance.
 * @example
 * relativeLuminance('#FFFFFF') //=> 1
 */
export function relativeLuminance(hex: string): number {
  const h = hex.replace('#', '');
  return 0.2126 * channel(h, 0) + 0.7152 * channel(h, 2) + 0.0722 * channel(h, 4);
}

/**
 * WCAG 2 contrast ratio between two #RRGGBB colours (1 … 21).
 *
 * @param a - One colour.
 * @param b - The other.
 * @returns The ratio, lighter over darker.
 * @example
 * contrastRatio('#000000', '#FFFFFF') //=> 21
 */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [relativeLuminance(a), relativeLuminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * The text colour for a fill: black or white, whichever has the higher contrast ratio with it.
 *
 * @param fill - The fill, "#RRGGBB".
 * @returns "#000000" or "#FFFFFF".
 * @example
 * textColorOn('#FF0000') //=> '#000000'
 */
export function textColorOn(fill: string): string {
  return contrastRatio(fill, '#000000') >= contrastRatio(fill, '#FFFFFF') ? '#000000' : '#FFFFFF';
}
