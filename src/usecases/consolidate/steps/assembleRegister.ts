import { idKey, LISTS, type CellValue, type ListKey, type RegisterData } from '../../../core';
import { PER_NAMND_HEADER, SCALE_HEADERS } from '../messages.sv';
import { buildTable, mergeHeaders, type OutRow } from '../_lib/buildTable';
import { foldName } from '../_lib/fileNamnder';
import type { Granskning } from '../_lib/granskningIndex';
import { ownExtras, ownHeaders, SOURCE_EXTRAS, sourceColumns } from '../_lib/sourceColumns';
import { placeOf, type Source } from '../_lib/Source';
import type { Ids } from './ids';
import type { Prepared } from './prepareSources';
import type { RecommendationRows } from './recommendationRows';
import type { RisksAndControls } from './risksAndControls';

/**
 * The consolidated register: the rows of the earlier steps as the schema's tables, each table's extra
 * columns those of every file in order then the Källa columns, the lists merged (nämnder: the kommun's).
 *
 * @example
 * assembleRegister(prepared, rows, granskningList, ids, recRows).tables.Granskningar.rows.length //=> 8
 */
export function assembleRegister(prepared: Prepared, rows: RisksAndControls, granskningar: readonly Granskning[], ids: Ids, recs: RecommendationRows): RegisterData {
  const sources = prepared.sources;
  const tableExtras = (name: string, more: readonly string[]) => mergeHeaders([...sources.map((s) => ownHeaders(s.register.tables[name])), more, SOURCE_EXTRAS], []);
  const recMore = [[PER_NAMND_HEADER], recs.rows.some((r) => SCALE_HEADERS.riskId in r.extra) ? [SCALE_HEADERS.riskId] : [], SOURCE_EXTRAS];
  return {
    scale: prepared.mainScale,
    lists: mergeLists(sources, prepared.namndList),
    tables: {
      Risker: buildTable('Risker', rows.risks, tableExtras('Risker', prepared.mixed ? [SCALE_HEADERS.scale] : [])),
      Kontroller: buildTable('Kontroller', rows.controls, tableExtras('Kontroller', [])),
      Granskningar: buildTable('Granskningar', granskningRows(granskningar, ids), tableExtras('Granskningar', [])),
      Rekommendationer: buildTable('Rekommendationer', recs.rows, mergeHeaders([...sources.map((s) => ownHeaders(s.register.tables.Rekommendationer)), ...recMore], [])),
      Uppföljningar: buildTable('Uppföljningar', followUpRows(prepared, ids, recs.synthesized), tableExtras('Uppföljningar', [])),
      Kontrollutfall: buildTable('Kontrollutfall', rows.results, tableExtras('Kontrollutfall', [])),
      Helhetsbedömningar: buildTable('Helhetsbedömningar', rows.assessments, tableExtras('Helhetsbedömningar', [])),
    },
  };
}

/** A granskning's first Granskningar row with its new id, or one made from its title and year. */
function granskningRows(granskningar: readonly Granskning[], ids: Ids): OutRow[] {
  return granskningar.map((g) => {
    const first = g.row;
    const id = ids.granskningar[g.index];
    const values: Record<string, CellValue> = first ? { ...first.row.values, id } : { id, titel: g.title, ar: g.year ?? null };
    const places = g.places.length > 0 ? g.places : [...g.recPlaces.values()];
    return { values, extra: { ...(first ? ownExtras(first.row) : {}), ...sourceColumns(places, [...g.namnder.values()]) } };
  });
}

/** Every file's rounds, pointing at the consolidated recommendation ids, then the written counted verdicts. */
function followUpRows(prepared: Prepared, ids: Ids, synthesized: readonly OutRow[]): OutRow[] {
  const out: OutRow[] = [];
  for (const s of prepared.sources) {
    const namnderOf = new Map(s.items.map((item) => [idKey(item.row.values.id), prepared.resolve(item.row.values.mottagare ?? null)]));
    for (const row of s.register.tables.Uppföljningar?.rows ?? []) {
      const ref = idKey(row.values.rekommendationId);
      const values = { ...row.values, rekommendationId: ids.recIds[s.index].get(ref) ?? row.values.rekommendationId ?? null };
      out.push({ values, extra: { ...ownExtras(row), ...sourceColumns([placeOf(s, row)], namnderOf.get(ref) ?? s.namnder) } });
    }
  }
  for (const row of synthesized) out.push(row);
  return out;
}

/** Each list the files' values once, first spelling kept (a list none fills keeps its defaults); nämnder is the kommun's. */
function mergeLists(sources: readonly Source[], namnder: readonly string[]): Record<ListKey, readonly string[]> {
  const lists = {} as Record<ListKey, readonly string[]>;
  for (const spec of LISTS) {
    if (spec.key === 'namnder') {
      lists.namnder = namnder;
      continue;
    }
    const seen = new Map<string, string>();
    for (const s of sources) for (const v of s.register.lists[spec.key] ?? []) if (!seen.has(foldName(v))) seen.set(foldName(v), v);
    lists[spec.key] = seen.size > 0 ? [...seen.values()] : spec.defaults;
  }
  return lists;
}
