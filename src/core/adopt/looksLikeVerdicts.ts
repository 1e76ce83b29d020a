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
  let known = 0;
  let repeated = false;
  // Kept columns can be long (300,000 rows): each distinct text is folded once, and a column that is
  // clearly not verdicts is given up on after its first filled cells.
  const seen = new Map<CellValue, string | undefined>();
  const statuses = new Set<string>();
  for (const v of values) {
    if (isBlank(v)) continue;
    filled++;
    let status = seen.get(v);
    if (!seen.has(v)) seen.set(v, (status = normalizeStatus(v) ?? undefined));
    if (status) {
      known++;
      if (statuses.has(status)) repeated = true;
      statuses.add(status);
    }
    if (filled >= 20 && known * 5 < filled * 4) return false;
  }
  return filled >= 3 && known * 5 >= filled * 4 && repeated;
}
