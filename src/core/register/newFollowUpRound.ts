import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import { DONE_STATUS } from '../status/FollowUpStatus';
import { normalizeStatus } from '../status/normalizeStatus';
import type { RegisterData } from './RegisterData';
import { idKey, latestVerdicts } from './latestVerdicts';

/**
 * The rows a new follow-up round adds to Uppföljning: one per recommendation not yet judged Åtgärdad, with
 * the round filled in and the verdict left for the user. Earlier rounds are never touched, and a
 * recommendation that already has a row for this round gets no second one (running it twice adds nothing).
 *
 * @param register - The register.
 * @param round - The round: a year ("2025") or a date.
 * @returns Rows for Uppföljningar, keyed by column key, in the order of Rekommendationer.
 * @example
 * newFollowUpRound(register, '2025').map((r) => r.rekommendationId) //=> ['G1-1', 'G1-2']
 */
export function newFollowUpRound(register: RegisterData, round: string): Record<string, CellValue>[] {
  const verdicts = latestVerdicts(register);
  const roundKey = round.trim().toLocaleLowerCase('sv');
  const hasRound = new Set(
    (register.tables.Uppföljningar?.rows ?? [])
      .filter(
        (r) =>
          String(r.values.omgang ?? '')
            .trim()
            .toLocaleLowerCase('sv') === roundKey,
      )
      .map((r) => idKey(r.values.rekommendationId)),
  );
  const rows: Record<string, CellValue>[] = [];
  for (const rec of register.tables.Rekommendationer?.rows ?? []) {
    const key = idKey(rec.values.id);
    if (key === '' || hasRound.has(key)) continue;
    if (normalizeStatus(verdicts.get(key) ?? null) === DONE_STATUS) continue;
    hasRound.add(key);
    rows.push({ rekommendationId: isBlank(rec.values.id) ? null : String(rec.values.id).trim(), omgang: round.trim(), bedomning: null, kommentar: null });
  }
  return rows;
}
