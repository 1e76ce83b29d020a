import type { ControlStatus } from './controlStatus';
import { LAGEN } from './Lage';

/**
 * Control statuses worst first (Ej genomförd, Avvikelse, Genomförd, Ej aktuell än), plan order within a
 * läge: how `utfall` and Översikt list them, red ones first.
 *
 * @param statuses - The statuses.
 * @returns A new sorted array.
 * @example
 * sortByLage(overview.controls)[0].lage //=> 'Ej genomförd'
 */
export function sortByLage(statuses: readonly ControlStatus[]): ControlStatus[] {
  return statuses
    .map((s, i) => ({ s, i }))
    .sort((a, b) => LAGEN.indexOf(a.s.lage) - LAGEN.indexOf(b.s.lage) || a.i - b.i)
    .map(({ s }) => s);
}
