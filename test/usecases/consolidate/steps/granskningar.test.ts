import { consolidateMessages as M } from '../../../../src/usecases/consolidate';
import { granskningar, spellingConflicts } from '../../../../src/usecases/consolidate/steps/granskningar';
import { prepareSources } from '../../../../src/usecases/consolidate/steps/prepareSources';
import { CONFLICT, KS, namndRecords, NAMNDER, SN, TODAY } from '../_lib/kommun';
import { kommunSources, sourceOf } from './_lib/pipeline';

const titled = (from: string, to: string) => {
  const records = namndRecords(SN);
  return sourceOf('sn.xlsx', { ...records, Granskningar: records.Granskningar!.map((g) => (g.titel === from ? { ...g, titel: to } : g)) }, [SN]);
};
const run = (sources: Parameters<typeof prepareSources>[0]) => {
  const prepared = prepareSources(sources, { today: TODAY, namnder: NAMNDER });
  return { prepared, found: granskningar(prepared) };
};

describe('granskningar', () => {
  test('one per granskning across the files, in the order first met, each with the places it was read', () => {
    const { found } = run(kommunSources());
    expect(found.index.list.map((g) => g.title)).toHaveLength(8);
    expect(found.index.list.map((g) => g.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    // Kommunstyrelsen's six, then Barn- och utbildningsnämnden's G4, then Socialnämnden's G2.
    expect(found.byId[0]).toEqual(
      new Map([
        ['g1', 0],
        ['g3', 1],
        ['g5', 2],
        ['g6', 3],
        ['g7', 4],
        ['g8', 5],
      ]),
    );
    expect(found.byId[1]).toEqual(
      new Map([
        ['g3', 1],
        ['g4', 6],
        ['g6', 3],
      ]),
    );
    expect(found.byId[2]).toEqual(
      new Map([
        ['g2', 7],
        ['g3', 1],
        ['g6', 3],
        ['g8', 5],
      ]),
    );
    const shared = found.index.list[1];
    expect(shared.title).toBe(CONFLICT.title);
    expect(shared.places.map((p) => p.file)).toEqual([`${KS}.xlsx`, 'Barn- och utbildningsnämnden.xlsx', `${SN}.xlsx`]);
    // The first file's row is the one it keeps.
    expect(shared.row!.source.file).toBe(`${KS}.xlsx`);
    expect(spellingConflicts(found.index.list)).toEqual([]);
  });

  test('a title spelt with a letter missing is the same granskning, and its spellings are a conflict', () => {
    const [ks] = kommunSources();
    const { found } = run([ks, titled(CONFLICT.title, CONFLICT.title.replace('skyddade', 'skydade'))]);
    expect(found.index.list).toHaveLength(6 + 1);
    const g = found.index.list[found.byId[1].get('g3')!];
    expect(g.title).toBe(CONFLICT.title);
    const conflicts = spellingConflicts(found.index.list);
    expect(conflicts).toEqual([
      {
        kind: 'granskning',
        message: M.conflictGranskning([M.spelling(CONFLICT.title, [`${KS}.xlsx`]), M.spelling(CONFLICT.title.replace('skyddade', 'skydade'), ['sn.xlsx'])]),
        files: [`${KS}.xlsx`, 'sn.xlsx'],
      },
    ]);
  });

  test('the same title in another year is another granskning', () => {
    const [ks] = kommunSources();
    const records = namndRecords(SN);
    const later = sourceOf('sn.xlsx', { ...records, Granskningar: records.Granskningar!.map((g) => (g.titel === CONFLICT.title ? { ...g, ar: Number(g.ar) + 1 } : g)) }, [SN]);
    const { found } = run([ks, later]);
    const ksG3 = found.byId[0].get('g3');
    const snG3 = found.byId[1].get('g3');
    expect(snG3).not.toBe(ksG3);
    expect(found.index.list[snG3!].year).toBe(Number(records.Granskningar!.find((g) => g.titel === CONFLICT.title)!.ar) + 1);
  });
});
