import type { CellValue } from '../cell/CellValue';
import type { FollowUpStatus } from './FollowUpStatus';
import { STATUS_SYNONYMS } from './statusSynonyms';
import { statusKey } from './statusKey';

const BY_KEY = new Map<string, FollowUpStatus>();
for (const [status, words] of Object.entries(STATUS_SYNONYMS) as [FollowUpStatus, readonly string[]][]) {
  for (const word of [status, ...words]) BY_KEY.set(statusKey(word), status);
}

/**
 * The canonical status for what a user typed.
 *
 * @param value - The status cell.
 * @returns The canonical status, null for blank, undefined when the text is unknown (report it).
 * @example
 * normalizeStatus('Åtgärdat') //=> 'Åtgärdad'
 * normalizeStatus('inte åtgärdad') //=> 'Ej åtgärdad'
 * normalizeStatus('klar') //=> undefined
 */
export function normalizeStatus(value: CellValue): FollowUpStatus | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return undefined;
  if (value.trim() === '') return null;
  // A dash or dot folds to '' but is not blank: it is text nobody defined, so it is reported.
  return BY_KEY.get(statusKey(value));
}
