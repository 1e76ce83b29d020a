import { textColorOn, type RiskBand } from '../../core';
import { textLiteral } from './textLiteral';

/*
 * Colours of risk levels: the fill is the band's colour, the text black or white by WCAG contrast (the
 * core's textColorOn, used by every sheet, report and the task pane), so a user's own dark red still shows
 * its text.
 */
export { textColorOn };

/** A rule colouring the cells equal to one band's name: `literal` is the name as a formula's string. */
export interface LevelColorRule {
  text: string;
  literal: string;
  fill: string;
  font: string;
}

/** One rule per band: a Risknivå cell equal to the band's name gets its colours. */
export function levelColorRules(bands: readonly RiskBand[]): LevelColorRule[] {
  return bands.map((band) => ({ text: band.name, literal: textLiteral(band.name), fill: band.color.toUpperCase(), font: textColorOn(band.color) }));
}
