import type { FollowUpStatus } from '../status/FollowUpStatus';

/** One row of a summary: a group (granskning or nämnd) with a count per canonical status. */
export interface SummaryRow {
  group: string;
  counts: Record<FollowUpStatus, number>;
  total: number;
}

/**
 * A summary per group; `total` is the Totalt row. It equals the sum of `rows` when each item is in one group;
 * per nämnd, where a recommendation to three nämnder is in three rows, it counts each item once.
 */
export interface StatusSummary {
  rows: SummaryRow[];
  total: SummaryRow;
}

/** Label of the total row and column. */
export const TOTAL_LABEL = 'Totalt';
