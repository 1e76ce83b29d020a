import { defaultScale, scale5x5 } from '../../../../src/core';
import { consolidateMessages as M, type Conflict, type SourceRegister } from '../../../../src/usecases/consolidate';
import { scaleLabel } from '../../../../src/usecases/consolidate/_lib/scaleLabel';
import { assemble } from '../../../../src/usecases/consolidate/steps/assemble';
import { assembleRegister } from '../../../../src/usecases/consolidate/steps/assembleRegister';
import { summarizeRegister } from '../../../../src/usecases/summarizeRegister';
import { yearRegister } from '../../yearClose/_fixture';
import { BUN, CONFLICT, KS, NAMNDER, SBN, SN, TODAY } from '../_lib/kommun';
import { kommunSources, stepsOn } from './_lib/pipeline';

const options = { today: TODAY, namnder: NAMNDER };
const conflicts: Conflict[] = [{ kind: 'namnd', message: 'två filer', files: ['a.xlsx', 'b.xlsx'] }];
function assembled(sources: readonly SourceRegister[]) {
  const s = stepsOn(sources, options);
  const register = assembleRegister(s.prepared, s.rows, s.recs.granskningar, s.recIds, s.recRows);
  return { ...s, register, c: assemble({ prepared: s.prepared, register, rows: s.rows, recommendations: s.recs, recommendationRows: s.recRows, conflicts }, options) };
}

describe('assemble', () => {
  const sources = kommunSources();
  const { c, register, rows, recs, recRows } = assembled(sources);

  test('the register with what each file gave', () => {
    expect(c.register).toBe(register);
    expect(c.files.map((f) => [f.file, f.prefix, f.namnder, f.onMainScale, f.scale])).toEqual([
      [`${KS}.xlsx`, 'F1', [KS], true, scaleLabel(defaultScale)],
      [`${BUN}.xlsx`, 'F2', [BUN], true, scaleLabel(defaultScale)],
      [`${SN}.xlsx`, 'F3', [SN], true, scaleLabel(defaultScale)],
      [`${SBN}.xlsx`, 'F4', [SBN], false, scaleLabel(scale5x5)],
    ]);
    expect(c.files[2]).toMatchObject({ risker: 3, kontroller: 1, granskningar: 4, rekommendationer: 33, uppfoljningar: 33 });
  });

  test('the conflicts and verdicts of the earlier steps as given, the rows and recommendations counted', () => {
    expect(c.conflicts).toBe(conflicts);
    expect(c.missingVerdicts).toBe(recRows.missingVerdicts);
    expect(c.apart).toBe(rows.apart);
    expect(c.recommendations).toBe(recs.recommendations.length);
    expect(c.recommendationRows).toBe(37 + 24 + 33 + 13);
    expect([c.namndList, c.namndListSource]).toEqual([NAMNDER, M.listFromOption]);
  });

  test("the summary per granskning is the register's own, with the nämnder each granskning goes to", () => {
    expect(c.perGranskning).toEqual(summarizeRegister(register, 'granskning').summary);
    expect(c.granskningNamnder[CONFLICT.title]).toEqual([KS, BUN, SN]);
    expect(Object.keys(c.granskningNamnder)).toHaveLength(recs.granskningar.length);
  });

  test('the comparison per nämnd and the scales: a nämnd of the list without a file is incomplete', () => {
    expect(c.byNamnd.map((n) => n.namnd)).toEqual(expect.arrayContaining([KS, BUN, SN, SBN]));
    expect(c.completeness.find((n) => n.namnd === 'Kultur- och fritidsnämnden')!.missing).toContain('ingen arbetsbok');
    expect(c.scales.map((g) => [g.label, g.files, g.onMainScale])).toEqual([
      [scaleLabel(defaultScale), [`${KS}.xlsx`, `${BUN}.xlsx`, `${SN}.xlsx`], true],
      [scaleLabel(scale5x5), [`${SBN}.xlsx`], false],
    ]);
  });

  test("the year's follow-up when the files carry results", () => {
    expect(c.yearFollowUp).toBeUndefined();
    const year = assembled([{ file: 'a.xlsx', register: yearRegister() }]).c.yearFollowUp!;
    expect(year.year).toBe(2026);
    expect(year.namnder).toEqual(expect.arrayContaining(['Socialnämnden', 'Kulturnämnden', 'Tekniska nämnden']));
  });

  test('the rules say how the scale was handled: mixed when a file is on another scale', () => {
    expect(c.rules).toEqual([M.verdictRule, M.sameRecommendation, M.renumberRule('F2'), M.scaleMixed(scaleLabel(defaultScale), `${KS}.xlsx`)]);
    expect(assembled(sources.slice(0, 3)).c.rules.at(-1)).toBe(M.scaleSame(scaleLabel(defaultScale)));
  });
});
