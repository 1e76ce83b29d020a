import { textColorOn, type RiskBand } from '../../core';

/*
 * Colours of risk levels: the fill is the band's colour, the text black or white by WCAG contrast (the
 * core's textColorOn, used by every sheet, report and the task pane), so a user's own dark red still shows
 * its text.
 */
export { textColorOn };

/** One rule per band: a Risknivå cell equal to the band's name gets its colours. */
export function levelColorRules(bands: readonly RiskBand[]): { text: string; fill: string; font: string }[] {
  return bands.map((band) => ({ text: band.name, fill: band.color.toUpperCase(), font: textColorOn(band.color) }));
}
