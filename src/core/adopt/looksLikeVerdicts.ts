import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import { normalizeStatus } from '../status/normalizeStatus';

/**
 * Whether a column's cells look like follow-up verdicts: at least three filled, four in five of those a known
 * status, and some status repeated (a column of comments that mentions "åtgärdad" once is not one, nor a
 * legend listing each status once).
 *
 * @example
 * looksLikeVerdicts(['Åtgärdad', 'Delvis åtgärdad', 'Åtgärdad', null]) //=> true
 * looksLikeVerdicts(['Åtgärdad', 'Delvis åtgärdad', 'Ej åtgärdad', 'Ej bedömd']) //=> false
 */
export function looksLikeVerdicts(values: readonly CellValue[]): boolean {
  let filled = 0;
  const statuses: string[] = [];
  for (const v of values) {
    if (isBlank(v)) continue;
    filled++;
    const status = normalizeStatus(v);
    if (status) statuses.push(status);
  }
  return filled >= 3 && statuses.length * 5 >= filled * 4 && new Set(statuses).size < statuses.length;
}
