import type { CellValue } from '../../cell/CellValue';
import { formatValue } from '../../cell/formatValue';
import { LEVEL_NOT_A_NUMBER, LEVEL_NOT_AN_INTEGER } from '../../cell/parseLevel';
import type { Issue, IssuePlace } from '../../issues/Issue';
import { makeIssue } from '../../issues/makeIssue';

/** The issue for a failed parseLevel code (not blank, not a level). */
export function levelIssue(code: number, value: CellValue, axis: string, levels: number, place: IssuePlace): Issue {
  const params = { axis, value: formatValue(value), levels };
  const where = { ...place, value };
  if (code === LEVEL_NOT_A_NUMBER) return makeIssue('levelNotANumber', params, where);
  if (code === LEVEL_NOT_AN_INTEGER) return makeIssue('levelNotAnInteger', params, where);
  return makeIssue('levelOutOfRange', params, where);
}
