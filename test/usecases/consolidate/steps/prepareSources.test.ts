import { idKey, recommendationStatuses, scale5x5 } from '../../../../src/core';
import { consolidateMessages as M } from '../../../../src/usecases/consolidate';
import { prepareSources } from '../../../../src/usecases/consolidate/steps/prepareSources';
import { BUN, KS, namndRecords, NAMNDER, SBN, SN, TODAY } from '../_lib/kommun';
import { kommunSources, sourceOf } from './_lib/pipeline';

describe('prepareSources', () => {
  test('numbers the files in order, with their nämnder, scale and recommendations', () => {
    const sources = kommunSources();
    const p = prepareSources(sources, { today: TODAY });
    expect(p.sources.map((s) => [s.index, s.file, s.prefix])).toEqual([
      [0, `${KS}.xlsx`, 'F1'],
      [1, `${BUN}.xlsx`, 'F2'],
      [2, `${SN}.xlsx`, 'F3'],
      [3, `${SBN}.xlsx`, 'F4'],
    ]);
    expect(p.sources.map((s) => s.namnder)).toEqual([[KS], [BUN], [SN], [SBN]]);
    expect(p.sources.map((s) => s.register)).toEqual(sources.map((s) => s.register));
    expect(p.sources[2].items).toEqual(recommendationStatuses(sources[2].register));
  });

  test("the first file's scale leads: a file on another is off the main scale, and the sources are mixed", () => {
    const p = prepareSources(kommunSources(), { today: TODAY });
    expect(p.sources.map((s) => s.onMain)).toEqual([true, true, true, false]);
    expect(p.mixed).toBe(true);
    expect(p.mainScale).toBe(kommunSources()[0].register.scale);
    const led = prepareSources([...kommunSources()].reverse(), { today: TODAY });
    expect(led.mainScale).toEqual(scale5x5);
    expect(led.sources.map((s) => s.onMain)).toEqual([true, false, false, false]);
    expect(prepareSources(kommunSources().slice(0, 3), { today: TODAY }).mixed).toBe(false);
  });

  test("the kommun's nämnder: given, else the first file's list, else those the files name", () => {
    const given = prepareSources(kommunSources(), { today: TODAY, namnder: [SN, KS] });
    expect([given.namndList, given.namndListSource]).toEqual([[SN, KS], M.listFromOption]);
    const fromFile = prepareSources(kommunSources(), { today: TODAY });
    expect([fromFile.namndList, fromFile.namndListSource]).toEqual([NAMNDER, M.listFromFile(`${KS}.xlsx`)]);
    const bare = [sourceOf('sn.xlsx', namndRecords(SN), []), sourceOf('bun.xlsx', namndRecords(BUN), []), sourceOf('sn2.xlsx', namndRecords(SN), [])];
    const found = prepareSources(bare, { today: TODAY });
    expect([found.namndList, found.namndListSource]).toEqual([[SN, BUN], M.listFromFound]);
    // Mottagare are then read against the nämnder found.
    expect(found.resolve(`${BUN} och ${SN}`)).toEqual([BUN, SN]);
  });

  test("a nämnd's file that lists only itself does not become the kommun's list: a list that holds the others leads, else all lists together", () => {
    const own = (file: string, namnd: string) => sourceOf(file, namndRecords(namnd), [namnd]);
    const lonely = prepareSources([own('sn.xlsx', SN), own('bun.xlsx', BUN)], { today: TODAY });
    expect([lonely.namndList, lonely.namndListSource]).toEqual([[SN, BUN], M.listFromFiles(['sn.xlsx', 'bun.xlsx'])]);
    // "Samtliga nämnder" is then every nämnd, not the first file's.
    expect(lonely.resolve('Samtliga nämnder')).toEqual([SN, BUN]);
    const withKs = prepareSources([own('sn.xlsx', SN), sourceOf('ks.xlsx', namndRecords(KS), NAMNDER)], { today: TODAY });
    expect([withKs.namndList, withKs.namndListSource]).toEqual([NAMNDER, M.listFromFile('ks.xlsx')]);
  });

  test('notes the rounds that gave each recommendation a verdict', () => {
    const records = namndRecords(SN);
    const [first, second] = records.Rekommendationer!;
    const rounds = [
      { rekommendationId: first.id, omgang: '2023', bedomning: 'Ej åtgärdad', kommentar: '' },
      { rekommendationId: first.id, omgang: '2024', bedomning: 'Åtgärdad', kommentar: '' },
      { rekommendationId: second.id, omgang: '2024', bedomning: '', kommentar: 'ej läst' },
    ];
    const p = prepareSources([sourceOf('sn.xlsx', { ...records, Uppföljningar: rounds }, [SN])], { today: TODAY });
    expect(p.sources[0].judged.get(idKey(first.id))).toEqual(['2023', '2024']);
    expect(p.sources[0].judged.has(idKey(second.id))).toBe(false);
  });
});
