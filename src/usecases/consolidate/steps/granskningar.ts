import { idKey, isBlank } from '../../../core';
import type { Conflict } from '../Consolidation';
import { consolidateMessages as M } from '../messages.sv';
import { text, unique } from '../_lib/cellText';
import { GranskningIndex, type Granskning } from '../_lib/granskningIndex';
import { granskningYear } from '../_lib/granskningKey';
import { placeOf } from '../_lib/Source';
import type { Prepared } from './prepareSources';

/** The granskningar of every file's Granskningar table, one per granskning however each file spells it. */
export interface Granskningar {
  readonly index: GranskningIndex;
  /** Per file (by its index): Granskning-id key → the granskning's index in `index.list`. */
  readonly byId: readonly ReadonlyMap<string, number>[];
}

/**
 * Matches the Granskningar rows of every file in order: by title and year, tolerant of spelling (a title
 * without a year matches any year). The first row of a granskning is the one it keeps.
 *
 * @example
 * granskningar(prepareSources([ks, bun, sn, sbn], { today })).index.list.length //=> 8
 */
export function granskningar(prepared: Prepared): Granskningar {
  const index = new GranskningIndex();
  const byId = prepared.sources.map((s) => {
    const ids = new Map<string, number>();
    for (const row of s.register.tables.Granskningar?.rows ?? []) {
      const title = text(row.values.titel) || text(row.values.id);
      const g = index.find(title, granskningYear(title, row.values.ar ?? null), s.file, placeOf(s, row));
      if (!g.row) g.row = { source: s, row };
      if (!isBlank(row.values.id)) ids.set(idKey(row.values.id), g.index);
    }
    return ids;
  });
  return { index, byId };
}

/**
 * One conflict per granskning that the files spell in more than one way, each spelling with its files.
 *
 * @example
 * spellingConflicts([granskningSpeltTwice])[0].kind //=> 'granskning'
 */
export function spellingConflicts(list: readonly Granskning[]): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const g of list) {
    if (g.spellings.size < 2) continue;
    const spellings = [...g.spellings.values()];
    conflicts.push({
      kind: 'granskning',
      message: M.conflictGranskning(spellings.map((sp) => M.spelling(sp.title, [...sp.files]))),
      files: unique(spellings.flatMap((sp) => [...sp.files])),
    });
  }
  return conflicts;
}
