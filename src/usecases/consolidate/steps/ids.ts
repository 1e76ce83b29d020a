import { idKey, isBlank, type CellValue } from '../../../core';
import type { Conflict } from '../Consolidation';
import { idConflict } from '../_lib/idConflict';
import type { Granskning } from '../_lib/granskningIndex';
import { freeId } from '../_lib/renumber';
import type { Source } from '../_lib/Source';
import type { Recommendation } from './recommendations';

/** The ids of the consolidated granskningar and recommendations. */
export interface Ids {
  /** By granskning index. */
  readonly granskningar: readonly string[];
  /** In the order of the recommendations. */
  readonly recommendations: readonly string[];
  /** Per file (by its index): the file's Rekommendation-id key → the consolidated id, for its Uppföljningar. */
  readonly recIds: readonly ReadonlyMap<string, string>[];
  /** Per file, the ids that clashed with an earlier file's and got the file's prefix. */
  readonly conflicts: Conflict[];
}

/**
 * Ids of granskningar and recommendations: the first file's id where free, else with its file's prefix
 * ("F2-G1", "F2-G1-2"); one without an id gets the next free one ("G9", "R48").
 *
 * @example
 * ids(prepared.sources, recs.granskningar, recs.recommendations).granskningar //=> ['G1', 'G3', 'G5', 'G6', 'G7', 'G8', 'G4', 'G2']
 */
export function ids(sources: readonly Source[], granskningar: readonly Granskning[], recommendations: readonly Recommendation[]): Ids {
  const clashes = new Map<Source, { table: string; ids: string[] }[]>();
  const claimId = (wanted: CellValue, s: Source | undefined, letter: string, taken: Set<string>, table: string): string => {
    if (isBlank(wanted) || !s) return freeId(letter, taken);
    const id = String(wanted).trim();
    if (!taken.has(idKey(id))) {
      taken.add(idKey(id));
      return id;
    }
    const list = clashes.get(s) ?? [];
    let entry = list.find((e) => e.table === table);
    if (!entry) list.push((entry = { table, ids: [] }));
    entry.ids.push(id);
    clashes.set(s, list);
    let next = `${s.prefix}-${id}`;
    for (let n = 2; taken.has(idKey(next)); n++) next = `${s.prefix}-${id}-${n}`;
    taken.add(idKey(next));
    return next;
  };

  const granskningTaken = new Set<string>();
  const granskningIds = granskningar.map((g) => claimId(g.row?.row.values.id ?? null, g.row?.source, 'G', granskningTaken, 'Granskningar'));
  const recTaken = new Set<string>();
  const recIds = sources.map(() => new Map<string, string>());
  const recommendationIds = recommendations.map((r) => {
    const first = r.members[0];
    const id = claimId(first.item.row.values.id ?? null, first.source, 'R', recTaken, 'Rekommendationer');
    for (const m of r.members) if (!isBlank(m.item.row.values.id)) recIds[m.source.index].set(idKey(m.item.row.values.id), id);
    return id;
  });
  const conflicts: Conflict[] = [];
  for (const [s, entries] of clashes) for (const e of entries) conflicts.push(idConflict(s, e.table === 'Granskningar' ? 'Granskningar' : 'Rekommendationer', e.ids));
  return { granskningar: granskningIds, recommendations: recommendationIds, recIds, conflicts };
}
