import type { RegisterRow } from '../../../core';
import { granskningKey } from './granskningKey';
import { compactKey, MAX_FUZZY, similarEnough } from './similarity';
import type { Place, Source } from './Source';

/** Titles at least this similar (letter pairs, see letterSimilarity) are one granskning spelt differently. */
const TITLE_SIMILARITY = 0.85;

/** One granskning of the consolidated register, however each file spells it. */
export interface Granskning {
  /** Its position in the index: the order of the consolidated Granskningar. */
  readonly index: number;
  readonly key: string;
  year?: number;
  readonly title: string;
  /** The first Granskningar row that named it, whose values it keeps. */
  row?: { readonly source: Source; readonly row: RegisterRow };
  readonly spellings: Map<string, { title: string; files: Set<string> }>;
  readonly places: Place[];
  /** Without a Granskningar row (a hand-made register names it on each recommendation): its first row per file. */
  readonly recPlaces: Map<string, Place>;
  /** The nämnder its recommendations go to, by folded name. */
  readonly namnder: Map<string, string>;
}

/**
 * The granskningar found so far, matched by title key and year, else by a similar title (among the first
 * MAX_FUZZY, so matching stays linear in the rows). Finding one notes the file's spelling and the place.
 */
export class GranskningIndex {
  readonly list: Granskning[] = [];
  private readonly byKey = new Map<string, Granskning[]>();

  find(title: string, year: number | undefined, file: string, place: Place | undefined): Granskning {
    const key = granskningKey(title) || compactKey(title);
    const fits = (g: Granskning) => g.year === undefined || year === undefined || g.year === year;
    let found = (this.byKey.get(key) ?? []).find(fits);
    if (!found && key !== '') {
      let tried = 0;
      for (const g of this.list) {
        if (tried++ >= MAX_FUZZY) break;
        if (fits(g) && similarEnough(key, g.key, TITLE_SIMILARITY)) {
          found = g;
          break;
        }
      }
    }
    if (!found) {
      found = { index: this.list.length, key, year, title, spellings: new Map(), places: [], recPlaces: new Map(), namnder: new Map() };
      this.add(found);
    }
    if (found.year === undefined && year !== undefined) found.year = year;
    const spelling = found.spellings.get(key) ?? { title, files: new Set<string>() };
    spelling.files.add(file);
    found.spellings.set(key, spelling);
    if (place) found.places.push(place);
    return found;
  }

  /** A copy to add to, leaving this index as it is. */
  copy(): GranskningIndex {
    const out = new GranskningIndex();
    for (const g of this.list) {
      out.add({
        ...g,
        spellings: new Map([...g.spellings].map(([k, sp]) => [k, { title: sp.title, files: new Set(sp.files) }])),
        places: [...g.places],
        recPlaces: new Map(g.recPlaces),
        namnder: new Map(g.namnder),
      });
    }
    return out;
  }

  private add(g: Granskning): void {
    this.list.push(g);
    this.byKey.set(g.key, [...(this.byKey.get(g.key) ?? []), g]);
  }
}
