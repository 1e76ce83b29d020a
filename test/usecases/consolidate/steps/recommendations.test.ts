import { idKey, type TableRecords } from '../../../../src/core';
import { consolidateMessages as M } from '../../../../src/usecases/consolidate';
import { granskningar } from '../../../../src/usecases/consolidate/steps/granskningar';
import { prepareSources } from '../../../../src/usecases/consolidate/steps/prepareSources';
import { recommendations } from '../../../../src/usecases/consolidate/steps/recommendations';
import { BUN, CONFLICT, KS, kommunRecords, namndRecords, NAMNDER, SN, TODAY } from '../_lib/kommun';
import { kommunSources, sourceOf } from './_lib/pipeline';

const run = (sources: Parameters<typeof prepareSources>[0]) => {
  const prepared = prepareSources(sources, { today: TODAY, namnder: NAMNDER });
  const found = granskningar(prepared);
  return { prepared, found, recs: recommendations(prepared, found) };
};

/** Socialnämnden's records with each recommendation's text changed. */
function snWithTexts(change: (text: string, nr: number) => string): TableRecords {
  const records = namndRecords(SN);
  return { ...records, Rekommendationer: records.Rekommendationer!.map((r) => ({ ...r, rekommendation: change(String(r.rekommendation), Number(r.nr)) })) };
}

describe('recommendations', () => {
  test("a recommendation kept by several nämnder is one, with each file's row speaking for its own nämnd", () => {
    const { recs } = run(kommunSources());
    expect(recs.recommendations).toHaveLength(kommunRecords().Rekommendationer!.length);
    const shared = recs.recommendations.find((r) => r.granskning.title === CONFLICT.title && r.nr === String(CONFLICT.nr))!;
    expect(shared.members.map((m) => [m.source.file, m.namnder])).toEqual([
      [`${KS}.xlsx`, [KS]],
      [`${BUN}.xlsx`, [BUN]],
      [`${SN}.xlsx`, [SN]],
    ]);
    expect(shared.granskning.namnder).toEqual(new Map([KS, BUN, SN].map((n) => [n.toLocaleLowerCase('sv').replace(/\s+/g, ''), n])));
    expect(recs.conflicts).toEqual([]);
  });

  test('texts that differ in spacing and capitals are one recommendation', () => {
    const [ks] = kommunSources();
    const plain = run([ks, sourceOf('sn.xlsx', namndRecords(SN), [SN])]).recs.recommendations;
    const spaced = run([
      ks,
      sourceOf(
        'sn.xlsx',
        snWithTexts((t) => t.replace(' att ', '  att ').replace('Säkerställa', 'säkerställa')),
        [SN],
      ),
    ]).recs;
    expect(spaced.recommendations).toHaveLength(plain.length);
    expect(spaced.conflicts).toEqual([]);
  });

  test('another text under the same granskning and number is another recommendation, and a conflict', () => {
    const [ks] = kommunSources();
    const { recs } = run([
      ks,
      sourceOf(
        'sn.xlsx',
        snWithTexts((t, nr) => (t.includes('skyddade') && nr === CONFLICT.nr ? 'Införa en helt ny rutin för utlämnande av handlingar.' : t)),
        [SN],
      ),
    ]);
    const under = recs.recommendations.filter((r) => r.granskning.title === CONFLICT.title && r.nr === String(CONFLICT.nr));
    expect(under.map((r) => r.members.map((m) => m.source.file))).toEqual([[`${KS}.xlsx`], ['sn.xlsx']]);
    const ksText = namndRecords(KS).Rekommendationer!.find((r) => String(r.rekommendation).includes('skyddade') && r.nr === CONFLICT.nr)!.rekommendation;
    expect(recs.conflicts).toEqual([
      {
        kind: 'rekommendation',
        message: M.conflictSameNumber(CONFLICT.title, String(CONFLICT.nr), String(ksText), 'Införa en helt ny rutin för utlämnande av handlingar.'),
        files: [`${KS}.xlsx`, 'sn.xlsx'],
      },
    ]);
  });

  test('a granskning named only on recommendations is found by title or added, leaving the granskningar given as they were', () => {
    // Socialnämnden's register without Granskningar: each recommendation names its granskning and year.
    const records = namndRecords(SN);
    const byTitle = new Map(records.Granskningar!.map((g) => [idKey(g.id), `${String(g.titel)} (${String(g.ar)})`]));
    const handMade = sourceOf(
      'sn.xlsx',
      { ...records, Granskningar: [], Rekommendationer: records.Rekommendationer!.map((r) => ({ ...r, granskningId: '', granskning: byTitle.get(idKey(r.granskningId)) })) },
      [SN],
    );
    const [, bun] = kommunSources();
    const { found, recs } = run([bun, handMade]);
    const before = found.index.list.map((g) => ({ title: g.title, namnder: [...g.namnder.values()], recPlaces: g.recPlaces.size }));
    expect(before.map((g) => g.namnder)).toEqual([[], [], []]);
    // Barn- och utbildningsnämnden's three, then försörjningsstöd and arbetsmarknadsåtgärder from Socialnämnden's rows.
    expect(recs.granskningar).toHaveLength(5);
    expect(found.index.list.map((g) => ({ title: g.title, namnder: [...g.namnder.values()], recPlaces: g.recPlaces.size }))).toEqual(before);
    const added = recs.granskningar.slice(3);
    expect(added.map((g) => [g.row, [...g.namnder.values()], [...g.recPlaces.keys()]])).toEqual([
      [undefined, [SN], ['sn.xlsx']],
      [undefined, [SN], ['sn.xlsx']],
    ]);
    // A shared one matched by title: Socialnämnden's rows join Barn- och utbildningsnämnden's.
    const shared = recs.recommendations.find((r) => r.granskning.title === CONFLICT.title && r.nr === String(CONFLICT.nr))!;
    expect(shared.members.map((m) => m.source.file)).toEqual([`${BUN}.xlsx`, 'sn.xlsx']);
    expect(shared.granskning).toBe(recs.granskningar[found.byId[0].get('g3')!]);
  });
});
