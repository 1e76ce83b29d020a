import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import { isLaterVerdict } from '../round/isLaterVerdict';
import type { RegisterData, RegisterRow } from './RegisterData';

/** The key recommendation ids are matched by: text, trimmed, case-insensitive ("R1" = "r1 "). */
export function idKey(value: CellValue): string {
  if (isBlank(value)) return '';
  const text = String(value).trim();
  // An id is nearly always ASCII ("K12", "R3"), where toLowerCase is the same and several times cheaper.
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return text.toLocaleLowerCase('sv');
  return text.toLowerCase();
}

/** A current verdict and the cell it was read from. */
export interface VerdictSource {
  value: CellValue;
  row: RegisterRow;
  key: 'bedomning' | 'senasteBedomning';
  /** The round (Omgång) the verdict was given in; null when it is the recommendation's own cell. */
  round: CellValue;
}

/**
 * The current verdict of each recommendation with the cell it comes from: the verdict of the latest
 * follow-up round that has one, rounds ordered by what the Omgång cell says (year, date, "Delår 2025"; see
 * compareRounds), never by row order. A round that has started but is not yet assessed (blank Bedömning)
 * never hides an earlier verdict. Without any assessed round, the recommendation's own "Senaste bedömning"
 * cell counts (hand-made registers keep the status there).
 *
 * @param register - The register.
 * @returns Verdict source per recommendation id key (see idKey).
 * @example
 * verdictSources(register).get('r1')?.round //=> '2024'
 */
export function verdictSources(register: RegisterData): Map<string, VerdictSource> {
  const verdicts = new Map<string, VerdictSource>();
  for (const row of register.tables.Uppföljningar?.rows ?? []) {
    const key = idKey(row.values.rekommendationId);
    const value = row.values.bedomning ?? null;
    if (key === '' || isBlank(value)) continue;
    const source: VerdictSource = { value, row, key: 'bedomning', round: row.values.omgang ?? null };
    const current = verdicts.get(key);
    if (!current || isLaterVerdict(source.round, value, current.round, current.value)) verdicts.set(key, source);
  }
  for (const row of register.tables.Rekommendationer?.rows ?? []) {
    const key = idKey(row.values.id);
    if (key !== '' && !verdicts.has(key) && !isBlank(row.values.senasteBedomning)) {
      verdicts.set(key, { value: row.values.senasteBedomning, row, key: 'senasteBedomning', round: null });
    }
  }
  return verdicts;
}

/**
 * The current verdict of each recommendation, as typed (normalise with normalizeStatus); see verdictSources.
 *
 * @param register - The register.
 * @returns Verdict per recommendation id key (see idKey).
 * @example
 * latestVerdicts(register).get('r1') //=> 'Delvis åtgärdad'
 */
export function latestVerdicts(register: RegisterData): Map<string, CellValue> {
  const verdicts = new Map<string, CellValue>();
  for (const [key, source] of verdictSources(register)) verdicts.set(key, source.value);
  return verdicts;
}
