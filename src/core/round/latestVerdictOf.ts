import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import { idKey } from '../register/latestVerdicts';
import { isLaterVerdict } from './isLaterVerdict';

/**
 * The current verdict of one recommendation from the columns of Uppföljning: the verdict of the latest round
 * that has one (see verdictSources, which applies the same rule to a whole register). What the workbook's
 * "Senaste bedömning" column computes through IK.SENASTEBEDÖMNING.
 *
 * @param id - The recommendation's id.
 * @param ids - Rekommendation-id of each follow-up row.
 * @param rounds - Omgång of each row (same length).
 * @param verdicts - Bedömning of each row (same length).
 * @returns The verdict as typed, or null when no round has assessed it.
 * @example
 * latestVerdictOf('R1', ['R1', 'R1'], ['2026', '2024'], ['', 'Delvis åtgärdad']) //=> 'Delvis åtgärdad'
 */
export function latestVerdictOf(id: CellValue, ids: readonly CellValue[], rounds: readonly CellValue[], verdicts: readonly CellValue[]): CellValue {
  const key = idKey(id);
  if (key === '') return null;
  let best: { round: CellValue; verdict: CellValue } | undefined;
  for (let i = 0; i < ids.length; i++) {
    const verdict = verdicts[i] ?? null;
    if (isBlank(verdict) || idKey(ids[i]) !== key) continue;
    const round = rounds[i] ?? null;
    if (!best || isLaterVerdict(round, verdict, best.round, best.verdict)) best = { round, verdict };
  }
  return best ? best.verdict : null;
}
