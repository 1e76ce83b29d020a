import type { CellValue } from '../cell/CellValue';
import { formatValue } from '../cell/formatValue';
import { parseNumber } from '../cell/parseNumber';
import type { Checked } from '../issues/Issue';
import { makeIssue } from '../issues/makeIssue';
import { bandForScore } from '../scale/bandForScore';
import type { RiskBand, RiskScale } from '../scale/RiskScale';

/**
 * Risk level (risknivå) of a score cell, following the scale's band table.
 *
 * @param score - The riskvärde cell: a number or number text.
 * @param scale - A validated scale.
 * @returns The band, null for a blank score, or an issue (input 'score').
 * @example
 * levelOfScore(12, defaultScale).value?.name //=> 'Hög'
 */
export function levelOfScore(score: CellValue, scale: RiskScale): Checked<RiskBand | null> {
  const n = parseNumber(score);
  if (n === null) return { value: null, issues: [] };
  const place = { input: 'score', value: score };
  if (Number.isNaN(n)) return { issues: [makeIssue('scoreNotANumber', { value: formatValue(score) }, place)] };
  const band = bandForScore(scale, n);
  if (!band) {
    const min = formatValue(scale.bands[0].min);
    const max = formatValue(scale.bands[scale.bands.length - 1].max);
    return { issues: [makeIssue('scoreOutsideBands', { value: formatValue(score), min, max }, place)] };
  }
  return { value: band, issues: [] };
}
