import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import type { RegisterData } from './RegisterData';

/** The key recommendation ids are matched by: text, trimmed, case-insensitive ("R1" = "r1 "). */
export function idKey(value: CellValue): string {
  return isBlank(value) ? '' : String(value).trim().toLocaleLowerCase('sv');
}

/**
 * The current verdict of each recommendation: the latest follow-up round (the last row in Uppföljningar for
 * that recommendation, as rounds are added in order), else the recommendation's own "Senaste bedömning"
 * cell (hand-made registers keep the status there), else blank.
 *
 * @param register - The register.
 * @returns Verdict per recommendation id key (see idKey), as typed (normalise with normalizeStatus).
 * @example
 * latestVerdicts(register).get('r1') //=> 'Delvis åtgärdad'
 */
export function latestVerdicts(register: RegisterData): Map<string, CellValue> {
  const verdicts = new Map<string, CellValue>();
  for (const row of register.tables.Rekommendationer?.rows ?? []) {
    const key = idKey(row.values.id);
    if (key !== '' && !isBlank(row.values.senasteBedomning)) verdicts.set(key, row.values.senasteBedomning);
  }
  for (const round of register.tables.Uppföljningar?.rows ?? []) {
    const key = idKey(round.values.rekommendationId);
    if (key !== '') verdicts.set(key, round.values.bedomning ?? null);
  }
  return verdicts;
}
