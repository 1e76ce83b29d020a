import { recipientsOf, type CellValue } from '../../../core';

/** recipientsOf for one nämnd list, remembered per text: the same Mottagare is typed on thousands of rows. */
export type Recipients = (mottagare: CellValue) => readonly string[];

export function recipientsFor(namnder: readonly string[]): Recipients {
  const known = new Map<string, readonly string[]>();
  return (mottagare) => {
    if (typeof mottagare !== 'string') return recipientsOf(mottagare, namnder);
    let found = known.get(mottagare);
    if (!found) known.set(mottagare, (found = recipientsOf(mottagare, namnder)));
    return found;
  };
}
