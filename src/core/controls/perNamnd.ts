import { countControls, type CountedStatus } from './countControls';
import type { NamndCounts } from './NamndCounts';

const foldName = (s: string): string => s.trim().toLocaleLowerCase('sv');

/**
 * Counts per nämnd, nämnder matched ignoring case and surrounding spaces: the Nämnder list's order first, then
 * others alphabetically, "" (no nämnd) last; each group named as its first control's nämnd is written.
 *
 * @param statuses - The controls' statuses, each with its nämnd.
 * @param listed - The list Nämnder.
 * @returns One NamndCounts per nämnd.
 * @example
 * perNamnd(statuses, ['Socialnämnden'])[0].namnd //=> 'Socialnämnden'
 */
export function perNamnd(statuses: readonly CountedStatus[], listed: readonly string[]): NamndCounts[] {
  const groups = new Map<string, CountedStatus[]>();
  // A plan names a few nämnder over thousands of controls: each written form is folded once.
  const folded = new Map<string, string>();
  for (const s of statuses) {
    let key = folded.get(s.namnd);
    if (key === undefined) folded.set(s.namnd, (key = foldName(s.namnd)));
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  const order = new Map(listed.map((n, i) => [foldName(String(n)), i]));
  const rank = (key: string): number => (key === '' ? Number.MAX_SAFE_INTEGER : (order.get(key) ?? listed.length));
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b, 'sv')).map(([, group]) => countControls(group[0].namnd, group));
}
