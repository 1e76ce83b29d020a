import { idKey, type RecommendationStatus } from '../../../core';
import type { Conflict } from '../Consolidation';
import { consolidateMessages as M } from '../messages.sv';
import { text, unique } from '../_lib/cellText';
import { foldName } from '../_lib/fileNamnder';
import type { Granskning } from '../_lib/granskningIndex';
import { granskningYear } from '../_lib/granskningKey';
import { compactKey, MAX_FUZZY, similarEnough } from '../_lib/similarity';
import { placeOf, type Source } from '../_lib/Source';
import type { Granskningar } from './granskningar';
import type { Prepared } from './prepareSources';

/** Texts at least this similar are one recommendation written with variants. */
const TEXT_SIMILARITY = 0.8;

/** One file's row of a recommendation. */
export interface Member {
  readonly source: Source;
  readonly item: RecommendationStatus;
  /** The nämnder this row's verdict speaks for. */
  readonly namnder: string[];
}

/** One recommendation of the consolidated register with the rows every file keeps of it. */
export interface Recommendation {
  readonly granskning: Granskning;
  readonly nr: string;
  /** Its text as matched (compactKey). */
  readonly text: string;
  readonly members: Member[];
}

export interface Recommendations {
  /** Every granskning: those of the Granskningar tables and those only named on recommendations. */
  readonly granskningar: readonly Granskning[];
  readonly recommendations: readonly Recommendation[];
  /** Two texts under one granskning and number that are not one recommendation. */
  readonly conflicts: Conflict[];
}

const sets = new WeakMap<readonly string[], Set<string>>();
/** The folded names of a resolved Mottagare, built once per distinct text (see recipientsFor). */
function setOf(names: readonly string[]): Set<string> {
  let set = sets.get(names);
  if (!set) sets.set(names, (set = new Set(names.map(foldName))));
  return set;
}

/**
 * Matches every file's recommendations into one per granskning, number and text (tolerant of spelling and
 * spacing), each row with the nämnder its verdict speaks for. A recommendation whose granskning has no
 * Granskningar row finds or adds it by title; the granskningar given are copied, not changed.
 *
 * @example
 * recommendations(prepared, granskningar(prepared)).recommendations.length //=> 47 (four nämnders 107 rows)
 */
export function recommendations(prepared: Prepared, found: Granskningar): Recommendations {
  const index = found.index.copy();
  const list: Recommendation[] = [];
  const conflicts: Conflict[] = [];
  const buckets = new Map<string, Recommendation[]>();
  for (const s of prepared.sources) {
    const ids = found.byId[s.index];
    const mine = new Set(s.namnder.map(foldName));
    for (const item of s.items) {
      const row = item.row;
      const recipients = prepared.resolve(row.values.mottagare ?? null);
      // A group names every nämnd: look the file's own nämnder up in it rather than the other way round.
      const own = recipients.length > mine.size ? s.namnder.filter((n) => setOf(recipients).has(foldName(n))) : recipients.filter((n) => mine.has(foldName(n)));
      const namnder = own.length > 0 ? own : [...recipients];
      const title = text(item.granskning) || M.noGranskning;
      const at = ids.get(idKey(row.values.granskningId));
      const g = at !== undefined ? index.list[at] : index.find(title, granskningYear(title, null), s.file, undefined);
      for (const n of namnder) g.namnder.set(foldName(n), n);
      if (!g.row && !g.recPlaces.has(s.file)) g.recPlaces.set(s.file, placeOf(s, row));
      const nr = text(row.values.nr).replace(/\.$/, '');
      const body = text(row.values.rekommendation);
      const key = compactKey(body);
      const bucketKey = `${g.index}|${nr}`;
      const bucket = buckets.get(bucketKey) ?? [];
      let match = bucket.find((r) => r.text === key);
      if (!match && key !== '') match = bucket.slice(0, MAX_FUZZY).find((r) => r.text !== '' && similarEnough(key, r.text, TEXT_SIMILARITY));
      if (!match && key === '' && nr !== '') match = bucket[0];
      if (!match) {
        const other = bucket.find((r) => r.text !== '');
        if (nr !== '' && other && key !== '') {
          const first = other.members[0];
          conflicts.push({
            kind: 'rekommendation',
            message: M.conflictSameNumber(g.title, nr, text(first.item.row.values.rekommendation), body),
            files: unique([first.source.file, s.file]),
          });
        }
        match = { granskning: g, nr, text: key, members: [] };
        bucket.push(match);
        buckets.set(bucketKey, bucket);
        list.push(match);
      }
      match.members.push({ source: s, item, namnder });
    }
  }
  return { granskningar: index.list, recommendations: list, conflicts };
}
