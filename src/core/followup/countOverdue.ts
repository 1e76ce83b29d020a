import type { CellValue } from '../cell/CellValue';
import { formatValue } from '../cell/formatValue';
import { parseDate } from '../date/parseDate';
import type { Checked, Issue } from '../issues/Issue';
import { makeIssue } from '../issues/makeIssue';
import { sizeMismatch } from '../issues/sizeMismatch';
import { DONE_STATUS } from '../status/FollowUpStatus';
import { normalizeStatus } from '../status/normalizeStatus';

/**
 * Number of items that are not finished (status other than Åtgärdad, blank included) and whose date is
 * before `today`. Items without a date are not overdue; unreadable dates and unknown statuses are reported
 * with their index and not counted.
 *
 * @param dates - Promised date per item (serial, Date, ISO or Swedish text).
 * @param statuses - Status per item; same length.
 * @param today - The reference date as an Excel serial.
 * @returns The count, or only an issue when the lengths differ.
 * @example
 * countOverdue(['2024-01-31', '2024-01-31'], ['Åtgärdad', ''], 45352).value //=> 1
 */
export function countOverdue(dates: readonly CellValue[], statuses: readonly CellValue[], today: number): Checked<number> {
  const mismatch = sizeMismatch('datum', dates.length, 'statusar', statuses.length);
  if (mismatch) return { issues: [mismatch] };
  const issues: Issue[] = [];
  let overdue = 0;
  for (let i = 0; i < dates.length; i++) {
    const status = normalizeStatus(statuses[i]);
    if (status === undefined) {
      issues.push(makeIssue('statusUnknown', { value: formatValue(statuses[i]) }, { input: 'statuses', index: i, value: statuses[i] }));
      continue;
    }
    const date = parseDate(dates[i]);
    if (date !== null && Number.isNaN(date)) {
      issues.push(makeIssue('dateInvalid', { value: formatValue(dates[i]) }, { input: 'dates', index: i, value: dates[i] }));
      continue;
    }
    if (status !== DONE_STATUS && date !== null && date < Math.floor(today)) overdue++;
  }
  return { value: overdue, issues };
}
