import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import type { RegisterData, RegisterRow } from './RegisterData';

/** The key recommendation ids are matched by: text, trimmed, case-insensitive ("R1" = "r1 "). */
export function idKey(value: CellValue): string {
  return isBlank(value) ? '' : String(value).trim().toLocaleLowerCase('sv');
}

/** A current verdict and the cell it was read from. */
export interface VerdictSource {
  value: CellValue;
  row: RegisterRow;
  key: 'bedomning' | 'senasteBedomning';
}

/**
 * The current verdict of each recommendation with the cell it comes from: the latest follow-up round (the
 * last row in Uppföljningar for that recommendation, as rounds are added in order), else the
 * recommendation's own "Senaste bedömning" cell (hand-made registers keep the status there).
 *
 * @param register - The register.
 * @returns Verdict source per recommendation id key (see idKey).
 * @example
 * verdictSources(register).get('r1')?.row.sheet //=> 'Uppföljning'
 */
export function verdictSources(register: RegisterData): Map<string, VerdictSource> {
  const verdicts = new Map<string, VerdictSource>();
  for (const row of register.tables.Rekommendationer?.rows ?? []) {
    const key = idKey(row.values.id);
    if (key !== '' && !isBlank(row.values.senasteBedomning)) verdicts.set(key, { value: row.values.senasteBedomning, row, key: 'senasteBedomning' });
  }
  for (const row of register.tables.Uppföljningar?.rows ?? []) {
    const key = idKey(row.values.rekommendationId);
    if (key !== '') verdicts.set(key, { value: row.values.bedomning ?? null, row, key: 'bedomning' });
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
