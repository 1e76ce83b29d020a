import type { CellValue } from '../cell/CellValue';
import { formatValue } from '../cell/formatValue';
import type { Checked, Issue } from '../issues/Issue';
import { makeIssue } from '../issues/makeIssue';
import { sizeMismatch } from '../issues/sizeMismatch';
import { FOLLOW_UP_STATUSES, UNJUDGED_STATUS, type FollowUpStatus } from '../status/FollowUpStatus';
import { normalizeStatus } from '../status/normalizeStatus';
import { groupKey, groupLabel } from './_lib/groupKey';
import { TOTAL_LABEL, type StatusSummary, type SummaryRow } from './StatusSummary';

const STATUS_COUNT = FOLLOW_UP_STATUSES.length;
const UNKNOWN = -1;
const BLANK = -2;
const STATUS_INDEX = new Map<FollowUpStatus, number>(FOLLOW_UP_STATUSES.map((s, i) => [s, i]));

/**
 * Counts rows per group and canonical status, groups in first-seen order. A row with a group and a blank
 * status is "Ej bedömd"; a fully blank row is skipped; an unknown status or a status without a group is
 * reported with its index and not counted. The Totalt row always equals the sum of the group rows.
 *
 * @param groups - Granskning or nämnd per row.
 * @param statuses - Follow-up status per row; same length.
 * @returns The summary, or only an issue when the lengths differ.
 * @example
 * summarizeByGroup(['A', 'A', 'B'], ['Åtgärdad', 'delvis', 'Åtgärdat']).value?.total.total //=> 3
 */
export function summarizeByGroup(groups: readonly CellValue[], statuses: readonly CellValue[]): Checked<StatusSummary> {
  const mismatch = sizeMismatch('grupper', groups.length, 'statusar', statuses.length);
  if (mismatch) return { issues: [mismatch] };

  // Caches keyed by the raw cell value: a register repeats a handful of groups and statuses, so each distinct
  // text is folded once and a million rows cost two Map look-ups each.
  const groupIndexOf = new Map<CellValue, number>();
  const indexOfKey = new Map<string, number>();
  const labels: string[] = [];
  const counts: number[][] = [];
  const statusIndexOf = new Map<CellValue, number>();
  const issues: Issue[] = [];

  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    const st = statuses[i];
    let gi = groupIndexOf.get(g);
    if (gi === undefined) {
      const label = groupLabel(g);
      if (label === '') gi = BLANK;
      else {
        const key = groupKey(label);
        gi = indexOfKey.get(key);
        if (gi === undefined) {
          gi = labels.length;
          indexOfKey.set(key, gi);
          labels.push(label);
          counts.push(new Array<number>(STATUS_COUNT).fill(0));
        }
      }
      groupIndexOf.set(g, gi);
    }
    let si = statusIndexOf.get(st);
    if (si === undefined) {
      const status = normalizeStatus(st);
      si = status === null ? BLANK : status === undefined ? UNKNOWN : STATUS_INDEX.get(status)!;
      statusIndexOf.set(st, si);
    }
    if (gi >= 0 && si >= 0) counts[gi][si]++;
    else if (gi >= 0 && si === BLANK) counts[gi][STATUS_INDEX.get(UNJUDGED_STATUS)!]++;
    else if (si === UNKNOWN) issues.push(makeIssue('statusUnknown', { value: formatValue(st) }, { input: 'statuses', index: i, value: st }));
    else if (si >= 0) issues.push(makeIssue('groupMissing', { value: formatValue(st) }, { input: 'groups', index: i, value: g }));
  }

  const rows = labels.map((group, gi) => toRow(group, counts[gi]));
  const totals = new Array<number>(STATUS_COUNT).fill(0);
  for (const row of counts) row.forEach((n, si) => (totals[si] += n));
  return { value: { rows, total: toRow(TOTAL_LABEL, totals) }, issues };
}

function toRow(group: string, counts: readonly number[]): SummaryRow {
  const record = {} as Record<FollowUpStatus, number>;
  let total = 0;
  FOLLOW_UP_STATUSES.forEach((status, si) => {
    record[status] = counts[si];
    total += counts[si];
  });
  return { group, counts: record, total };
}
