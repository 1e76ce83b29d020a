import { countControls, type CountedFigures, type CountedStatus } from './countControls';
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
  return countPerNamnd(
    statuses,
    statuses.map((s) => s.namnd),
    listed,
  );
}

/**
 * perNamnd over figures with their nämnder beside them, for the functions, whose decisions carry no nämnd.
 *
 * @param figures - The controls' figures (decideTally or statuses).
 * @param namnder - Each control's nämnd, by the same index.
 * @param listed - The list Nämnder.
 * @returns One NamndCounts per nämnd.
 */
export function countPerNamnd(figures: readonly CountedFigures[], namnder: readonly string[], listed: readonly string[]): NamndCounts[] {
  const groups = new Map<string, { namnd: string; figures: CountedFigures[] }>();
  // A plan names a few nämnder over thousands of controls: each written form is folded once.
  const folded = new Map<string, string>();
  for (let i = 0; i < figures.length; i++) {
    const namnd = namnder[i];
    let key = folded.get(namnd);
    if (key === undefined) folded.set(namnd, (key = foldName(namnd)));
    const group = groups.get(key);
    if (group) group.figures.push(figures[i]);
    else groups.set(key, { namnd, figures: [figures[i]] });
  }
  const order = new Map(listed.map((n, i) => [foldName(String(n)), i]));
  const rank = (key: string): number => (key === '' ? Number.MAX_SAFE_INTEGER : (order.get(key) ?? listed.length));
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b, 'sv')).map(([, group]) => countControls(group.namnd, group.figures));
}
