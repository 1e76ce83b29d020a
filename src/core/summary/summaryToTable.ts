import { FOLLOW_UP_STATUSES } from '../status/FollowUpStatus';
import { TOTAL_LABEL, type StatusSummary } from './StatusSummary';

/** Default heading of the group column, as in auditors' follow-up tables. */
export const DEFAULT_GROUP_HEADING = 'Granskning';

/**
 * Lays a summary out as a table: a header row, one row per group with a count per status and Totalt, and
 * the Totalt row. The shape of the summary table in auditors' follow-up reports, plus "Ej bedömd".
 *
 * @param summary - The summary.
 * @param heading - Heading of the first column.
 * @returns Rows of cells.
 * @example
 * summaryToTable(summary)[0] //=> ['Granskning', 'Åtgärdad', 'Delvis åtgärdad', 'Ej åtgärdad', 'Ej bedömd', 'Totalt']
 */
export function summaryToTable(summary: StatusSummary, heading: string = DEFAULT_GROUP_HEADING): (string | number)[][] {
  const header = [heading, ...FOLLOW_UP_STATUSES, TOTAL_LABEL];
  const body = [...summary.rows, summary.total].map((row) => [row.group, ...FOLLOW_UP_STATUSES.map((s) => row.counts[s]), row.total]);
  return [header, ...body];
}
