import type { CellValue } from '../cell/CellValue';
import { LEVEL_BLANK, parseLevel } from '../cell/parseLevel';
import type { Checked, Issue } from '../issues/Issue';
import type { RiskScale } from '../scale/RiskScale';
import { scoreRisk } from '../scale/scoreRisk';
import { AXIS_NAMES } from '../scale/validateScale';
import { levelIssue } from './_lib/levelIssue';

/**
 * Risk score (riskvärde) of one risk from the cells a user typed. A risk with a blank level is not scored
 * yet: the value is null and there is no issue (checks for required cells report it elsewhere).
 *
 * @param likelihood - The sannolikhet cell.
 * @param consequence - The konsekvens cell.
 * @param scale - A validated scale.
 * @returns The score, null when a level is blank, or issues (input 'likelihood' / 'consequence').
 * @example
 * scoreRiskCells('3', 4, defaultScale).value //=> 12
 */
export function scoreRiskCells(likelihood: CellValue, consequence: CellValue, scale: RiskScale): Checked<number | null> {
  const sLevels = scale.likelihood.labels.length;
  const kLevels = scale.consequence.labels.length;
  const s = parseLevel(likelihood, sLevels);
  const k = parseLevel(consequence, kLevels);
  const issues: Issue[] = [];
  if (s < LEVEL_BLANK) issues.push(levelIssue(s, likelihood, AXIS_NAMES.likelihood, sLevels, { input: 'likelihood' }));
  if (k < LEVEL_BLANK) issues.push(levelIssue(k, consequence, AXIS_NAMES.consequence, kLevels, { input: 'consequence' }));
  if (issues.length > 0) return { issues };
  if (s === LEVEL_BLANK || k === LEVEL_BLANK) return { value: null, issues };
  return { value: scoreRisk(scale, s, k), issues };
}
