import { countText, FOLLOW_UP_STATUSES, statusCountText } from '../../../core';

/** "1 risk", "3 risker": a count with the word that fits it. */
export const plural = (n: number, one: string, many: string) => countText(n, { one, many });

/** "1 delvis åtgärdad, 2 ej bedömda" — the statuses a group has, in the fixed order. */
export function statusLine(counts: Record<string, number>): string {
  return FOLLOW_UP_STATUSES.filter((s) => counts[s] > 0)
    .map((s) => statusCountText(counts[s], s))
    .join(', ');
}
