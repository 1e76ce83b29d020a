import { formatValue } from '../cell/formatValue';
import { parseDate } from '../date/parseDate';
import type { Checked } from '../issues/Issue';
import { makeIssue } from '../issues/makeIssue';

/** At most this many characters: a round's name is a column value and a heading, not a description. */
export const MAX_ROUND_NAME = 40;

const YEAR = /(?<![\d])(\d{4})(?![\d])/g;
// Text that starts like an ISO date must be a real one; "2025-13-45" is a typo, not a label.
const DATE_LIKE = /^\d{4}-\d{1,2}-\d{1,2}/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Reads the name of a follow-up round as kommuner name them: a year ("2025"), the date of the follow-up
 * ("2025-09-30") or a label with the year in it ("2025 T2", "Delår 2025", "VT 2026", "Uppföljning 2024/2025").
 * A year 1900–2100 must be in it, so rounds can be told apart and ordered by time; an ISO date must exist;
 * no control characters and at most MAX_ROUND_NAME characters. Surrounding and repeated spaces are removed.
 *
 * @param value - The name as typed.
 * @returns The cleaned name, or an issue saying what is wrong with examples.
 * @example
 * parseRoundName('  Delår   2025 ').value //=> 'Delår 2025'
 * parseRoundName('hej hopp').issues[0].code //=> 'roundNameNoYear'
 */
export function parseRoundName(value: string): Checked<string> {
  const name = value.trim().replace(/\s+/g, ' ');
  const shown = formatValue(value);
  if (name === '') return { issues: [makeIssue('roundNameMissing', {})] };
  if (CONTROL.test(name)) return { issues: [makeIssue('roundNameControl', { value: shown })] };
  if (name.length > MAX_ROUND_NAME) return { issues: [makeIssue('roundNameTooLong', { value: shown, length: name.length, max: MAX_ROUND_NAME })] };
  if (DATE_LIKE.test(name) && Number.isNaN(parseDate(name.slice(0, name.search(/\s|$/))) ?? NaN)) {
    return { issues: [makeIssue('roundNameDateInvalid', { value: shown })] };
  }
  const years = [...name.matchAll(YEAR)].map((m) => Number(m[1]));
  if (!years.some((year) => year >= 1900 && year <= 2100)) return { issues: [makeIssue('roundNameNoYear', { value: shown })] };
  return { value: name, issues: [] };
}
