import type { FollowUpStatus } from '../status/FollowUpStatus';

/** One row of a summary: a group (granskning or nämnd) with a count per canonical status. */
export interface SummaryRow {
  group: string;
  counts: Record<FollowUpStatus, number>;
  total: number;
}

/** A summary per group; `total` is the Totalt row and always equals the sum of `rows`. */
export interface StatusSummary {
  rows: SummaryRow[];
  total: SummaryRow;
}

/** Label of the total row and column. */
export const TOTAL_LABEL = 'Totalt';
