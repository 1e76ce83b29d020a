import { defaultScale, scale5x5 } from '../../../../src/core';
import { consolidateMessages as M } from '../../../../src/usecases/consolidate';
import { scaleLabel } from '../../../../src/usecases/consolidate/_lib/scaleLabel';
import { fileConflicts, unknownNamnder } from '../../../../src/usecases/consolidate/steps/fileConflicts';
import { prepareSources } from '../../../../src/usecases/consolidate/steps/prepareSources';
import { BUN, KS, namndRecords, NAMNDER, SBN, SN, TODAY } from '../_lib/kommun';
import { kommunSources, sourceOf } from './_lib/pipeline';

describe('fileConflicts', () => {
  test('says which file is on another scale than the first, and nothing else when every file has its own nämnd', () => {
    const conflicts = fileConflicts(prepareSources(kommunSources(), { today: TODAY }));
    expect(conflicts).toEqual([{ kind: 'skala', message: M.conflictScale(`${SBN}.xlsx`, scaleLabel(scale5x5), scaleLabel(defaultScale)), files: [`${SBN}.xlsx`] }]);
  });

  test('with the 5 × 5 file first, every other file is on another scale', () => {
    const conflicts = fileConflicts(prepareSources([...kommunSources()].reverse(), { today: TODAY, namnder: NAMNDER }));
    expect(conflicts.map((c) => [c.kind, c.files])).toEqual([
      ['skala', [`${SN}.xlsx`]],
      ['skala', [`${BUN}.xlsx`]],
      ['skala', [`${KS}.xlsx`]],
    ]);
  });

  test('files that each list only their own nämnd, with a recommendation to Samtliga nämnder, speak for their own nämnd alone', () => {
    const shared = (namnd: string) => {
      const records = namndRecords(namnd);
      const rec = { ...records.Rekommendationer![0], mottagare: 'Samtliga nämnder' };
      return sourceOf(`${namnd}.xlsx`, { ...records, Rekommendationer: [rec] }, [namnd]);
    };
    const prepared = prepareSources([shared(SN), shared(BUN)], { today: TODAY });
    expect(fileConflicts(prepared)).toEqual([]);
    expect(unknownNamnder(prepared)).toEqual([]);
  });

  test('two files speaking for one nämnd are a conflict naming both', () => {
    const [ks, , sn] = kommunSources();
    const conflicts = fileConflicts(prepareSources([sn, ks, { ...sn, file: 'sn-kopia.xlsx' }], { today: TODAY, namnder: NAMNDER }));
    expect(conflicts).toEqual([{ kind: 'namnd', message: M.conflictNamnd(SN, [`${SN}.xlsx`, 'sn-kopia.xlsx']), files: [`${SN}.xlsx`, 'sn-kopia.xlsx'] }]);
  });
});

describe('unknownNamnder', () => {
  test("none when every nämnd named is in the kommun's list", () => {
    expect(unknownNamnder(prepareSources(kommunSources(), { today: TODAY }))).toEqual([]);
  });

  test("a nämnd outside the list, as a file's own or as a Mottagare, with the files naming it", () => {
    const p = prepareSources(kommunSources().slice(0, 3), { today: TODAY, namnder: [KS, SN] });
    const unknown = unknownNamnder(p);
    // Barn- och utbildningsnämnden keeps its own file and is a Mottagare in Kommunstyrelsen's and Socialnämnden's.
    expect(unknown).toEqual([
      {
        kind: 'okandNamnd',
        message: M.conflictUnknownNamnd(BUN, [`${KS}.xlsx`, `${BUN}.xlsx`, `${SN}.xlsx`], M.listFromOption),
        files: [`${KS}.xlsx`, `${BUN}.xlsx`, `${SN}.xlsx`],
      },
    ]);
  });
});
