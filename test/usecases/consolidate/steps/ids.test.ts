import { idKey, type CellValue, type TableRecords } from '../../../../src/core';
import { granskningar } from '../../../../src/usecases/consolidate/steps/granskningar';
import { ids } from '../../../../src/usecases/consolidate/steps/ids';
import { prepareSources } from '../../../../src/usecases/consolidate/steps/prepareSources';
import { recommendations } from '../../../../src/usecases/consolidate/steps/recommendations';
import { BUN, namndRecords, NAMNDER, SN, TODAY } from '../_lib/kommun';
import { kommunSources, sourceOf } from './_lib/pipeline';

const run = (sources: Parameters<typeof prepareSources>[0]) => {
  const prepared = prepareSources(sources, { today: TODAY, namnder: NAMNDER });
  const recs = recommendations(prepared, granskningar(prepared));
  return { recs, ids: ids(prepared.sources, recs.granskningar, recs.recommendations) };
};

/** Barn- och utbildningsnämnden's records under other granskningar and texts, with the same ids as Socialnämnden's. */
function otherBun(): TableRecords {
  const records = namndRecords(BUN);
  return {
    ...records,
    Granskningar: records.Granskningar!.map((g) => ({ ...g, titel: `Tillsyn av verksamhet ${String(g.id)}` })),
    Rekommendationer: records.Rekommendationer!.map((r) => ({ ...r, rekommendation: `Införa kontroll ${String(r.id)} av verksamheten.` })),
  };
}

describe('ids', () => {
  test("every granskning and recommendation keeps its first file's id when none clashes", () => {
    const { recs, ids: result } = run(kommunSources());
    expect(result.granskningar).toEqual(['G1', 'G3', 'G5', 'G6', 'G7', 'G8', 'G4', 'G2']);
    expect(result.recommendations).toEqual(recs.recommendations.map((r) => String(r.members[0].item.row.values.id)));
    // Each file's rows point at the one id of their recommendation.
    const sn = namndRecords(SN).Rekommendationer!;
    expect(result.recIds[2]).toEqual(new Map(sn.map((r) => [idKey(r.id), String(r.id)])));
    expect(result.conflicts).toEqual([]);
  });

  test("an id an earlier file took gets the file's prefix, and a further number if that is taken too; the clashes are said per table", () => {
    // Socialnämnden's G6 is renamed F2-G3, so Barn- och utbildningsnämnden's G3 becomes F2-G3-2.
    const sn = namndRecords(SN);
    const renamed = (id: CellValue | undefined): CellValue => (idKey(id ?? null) === 'g6' ? 'F2-G3' : (id ?? null));
    const first = sourceOf(
      'sn.xlsx',
      {
        ...sn,
        Granskningar: sn.Granskningar!.map((g) => ({ ...g, id: renamed(g.id) })),
        Rekommendationer: sn.Rekommendationer!.map((r) => ({ ...r, granskningId: renamed(r.granskningId) })),
      },
      [SN],
    );
    const { recs, ids: result } = run([first, sourceOf('bun.xlsx', otherBun(), [BUN])]);
    const bunIds = recs.granskningar.filter((g) => g.row?.source.file === 'bun.xlsx').map((g) => [String(g.row!.row.values.id), result.granskningar[g.index]]);
    expect(bunIds).toEqual([
      ['G3', 'F2-G3-2'],
      ['G4', 'G4'],
      // Socialnämnden's G6 was renamed, so this one is free.
      ['G6', 'G6'],
    ]);
    const bunRec = recs.recommendations.findIndex((r) => r.members[0].source.file === 'bun.xlsx' && r.members[0].item.row.values.id === 'G3-1');
    expect(result.recommendations[bunRec]).toBe('F2-G3-1');
    expect(result.recIds[1].get('g3-1')).toBe('F2-G3-1');
    expect(result.recIds[0].get('g3-1')).toBe('G3-1');
    expect(result.conflicts.map((c) => [c.kind, c.files, c.message.includes('Granskningar'), c.message.includes('Rekommendationer')])).toEqual([
      ['id', ['bun.xlsx'], true, false],
      ['id', ['bun.xlsx'], false, true],
    ]);
    expect(result.conflicts[0].message).toContain('G3');
    expect(result.conflicts[0].message).not.toContain('G6');
  });

  test('a granskning without a row and a recommendation without an id get the next free ones', () => {
    const sn = namndRecords(SN);
    const title = new Map(sn.Granskningar!.map((g) => [idKey(g.id), `${String(g.titel)} (${String(g.ar)})`]));
    const handMade = sourceOf(
      'sn.xlsx',
      {
        ...sn,
        Granskningar: [],
        Uppföljningar: [],
        Rekommendationer: sn.Rekommendationer!.map((r) => ({ ...r, id: '', granskningId: '', granskning: title.get(idKey(r.granskningId)) })),
      },
      [SN],
    );
    const { recs, ids: result } = run([handMade]);
    expect(result.granskningar).toEqual(recs.granskningar.map((_, i) => `G${i + 1}`));
    expect(result.recommendations).toEqual(recs.recommendations.map((_, i) => `R${i + 1}`));
    expect(result.recIds[0].size).toBe(0);
    expect(result.conflicts).toEqual([]);
  });
});
