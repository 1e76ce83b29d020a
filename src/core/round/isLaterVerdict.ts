import type { CellValue } from '../cell/CellValue';
import { FOLLOW_UP_STATUSES } from '../status/FollowUpStatus';
import { normalizeStatus } from '../status/normalizeStatus';
import { compareRounds } from './roundKey';

// Two verdicts in the very same round: the less finished one counts, whatever the row order (a known status
// before an unknown text, which Kontrollera reports).
const rank = (value: CellValue): number => {
  const status = normalizeStatus(value);
  return status ? FOLLOW_UP_STATUSES.indexOf(status) : FOLLOW_UP_STATUSES.length;
};

/**
 * Whether a verdict given in one round supersedes a verdict given in another: the later round wins (see
 * compareRounds); within the same round the less finished verdict, so the answer never depends on row order.
 *
 * @example
 * isLaterVerdict('2026', 'Åtgärdad', '2024', 'Ej åtgärdad') //=> true
 * isLaterVerdict('2024', 'Åtgärdad', '2024', 'Delvis åtgärdad') //=> false
 */
export function isLaterVerdict(round: CellValue, verdict: CellValue, otherRound: CellValue, otherVerdict: CellValue): boolean {
  const byRound = compareRounds(round, otherRound);
  if (byRound !== 0) return byRound > 0;
  const byRank = rank(verdict) - rank(otherVerdict);
  if (byRank !== 0) return byRank > 0;
  return String(verdict).trim() > String(otherVerdict).trim();
}
