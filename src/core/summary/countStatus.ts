import type { CellValue } from '../cell/CellValue';
import { formatValue } from '../cell/formatValue';
import type { Checked } from '../issues/Issue';
import { makeIssue } from '../issues/makeIssue';
import { normalizeStatus } from '../status/normalizeStatus';
import { groupKey, groupLabel } from './_lib/groupKey';
import { summarizeByGroup } from './summarizeByGroup';

/**
 * Number of rows with a given group and status, counted exactly as {@link summarizeByGroup} counts them, so a
 * grid of these always reconciles with the summary. A blank group counts across all groups.
 *
 * @param groups - Granskning or nämnd per row.
 * @param statuses - Follow-up status per row; same length.
 * @param group - The group to count (matched ignoring case and spacing), or blank for all.
 * @param status - The status to count, as a user would type it.
 * @returns The count, or issues (input 'status' when the status asked for is unknown).
 * @example
 * countStatus(['A', 'A', 'B'], ['Åtgärdad', 'delvis', 'Åtgärdat'], 'a', 'åtgärdad').value //=> 1
 */
export function countStatus(groups: readonly CellValue[], statuses: readonly CellValue[], group: CellValue, status: CellValue): Checked<number> {
  const wanted = normalizeStatus(status);
  if (!wanted) return { issues: [makeIssue('statusUnknown', { value: formatValue(status) }, { input: 'status', value: status })] };
  const summary = summarizeByGroup(groups, statuses);
  if (!summary.value) return { issues: summary.issues };
  const label = groupLabel(group);
  if (label === '') return { value: summary.value.total.counts[wanted], issues: summary.issues };
  const row = summary.value.rows.find((r) => groupKey(r.group) === groupKey(label));
  return { value: row ? row.counts[wanted] : 0, issues: summary.issues };
}
