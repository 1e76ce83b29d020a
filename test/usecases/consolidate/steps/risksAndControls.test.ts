import { defaultScale, scale5x5 } from '../../../../src/core';
import { SCALE_HEADERS, SOURCE_HEADERS } from '../../../../src/usecases/consolidate';
import { scaleLabel } from '../../../../src/usecases/consolidate/_lib/scaleLabel';
import { prepareSources } from '../../../../src/usecases/consolidate/steps/prepareSources';
import { risksAndControls } from '../../../../src/usecases/consolidate/steps/risksAndControls';
import { yearRegister } from '../../yearClose/_fixture';
import { KS, SBN, SN, TODAY } from '../_lib/kommun';
import { kommunSources } from './_lib/pipeline';

describe('risksAndControls', () => {
  const sources = kommunSources();
  const r = risksAndControls(prepareSources(sources, { today: TODAY }));

  test("risks on the first file's scale, in file order, keeping their ids where none clashes", () => {
    expect(r.risks.map((row) => row.values.id)).toEqual(['R2', 'R3', 'R8', 'R4', 'R9', 'R1', 'R5', 'R10']);
    expect(r.riskIds[0]).toEqual(
      new Map([
        ['r2', 'R2'],
        ['r3', 'R3'],
        ['r8', 'R8'],
      ]),
    );
  });

  test('each row says its scale (the files are mixed) and where it came from', () => {
    const r1 = r.risks.find((row) => row.values.id === 'R1')!;
    expect(r1.extra).toEqual({
      [SCALE_HEADERS.scale]: scaleLabel(defaultScale),
      [SOURCE_HEADERS.file]: `${SN}.xlsx`,
      [SOURCE_HEADERS.sheet]: 'Riskanalys',
      [SOURCE_HEADERS.row]: 4,
      [SOURCE_HEADERS.namnd]: SN,
    });
    expect(r.controls.find((row) => row.values.id === 'K2')!.extra[SOURCE_HEADERS.namnd]).toBe(KS);
  });

  test("a file whose ids clash with an earlier file's gets its prefix on all of them, and its controls follow", () => {
    // Samhällsbyggnadsnämnden's R1, R2 and K1 are Socialnämnden's and Kommunstyrelsen's ids too.
    expect(r.riskIds[3]).toEqual(
      new Map([
        ['r1', 'F4-R1'],
        ['r2', 'F4-R2'],
      ]),
    );
    expect(r.conflicts.map((c) => [c.kind, c.files])).toEqual([
      ['id', [`${SBN}.xlsx`]],
      ['id', [`${SBN}.xlsx`]],
    ]);
    expect(r.conflicts[0].message).toContain('Riskanalys');
    expect(r.conflicts[1].message).toContain('Internkontrollplan');
  });

  test('risks on another scale and their controls are kept apart, scored on their own scale', () => {
    expect(r.apart.risks.map((row) => [row.values.id, row.values.riskvarde, row.extra[SCALE_HEADERS.scale]])).toEqual([
      ['F4-R1', 4, scaleLabel(scale5x5)],
      ['F4-R2', 25, scaleLabel(scale5x5)],
    ]);
    expect(r.apart.risks[1].values.riskniva).toBe('Hög');
    expect(r.apart.controls.map((row) => [row.values.id, row.values.riskId])).toEqual([['F4-K1', 'F4-R2']]);
    expect([...r.apartRiskIds]).toEqual(['f4-r1', 'f4-r2']);
    expect(r.risks.some((row) => String(row.values.id).startsWith('F4'))).toBe(false);
    expect(r.controls.some((row) => String(row.values.id).startsWith('F4'))).toBe(false);
  });

  test('results follow their renumbered controls; helhetsbedömningar travel as they are', () => {
    const year = yearRegister();
    const y = risksAndControls(
      prepareSources(
        [
          { file: 'a.xlsx', register: year },
          { file: 'b.xlsx', register: year },
        ],
        { today: TODAY },
      ),
    );
    const results = year.tables.Kontrollutfall!.rows;
    expect(y.results).toHaveLength(2 * results.length);
    expect(y.results.slice(results.length).map((row) => row.values.kontrollId)).toEqual(results.map((row) => `F2-${String(row.values.kontrollId)}`));
    expect(y.results[0].extra[SOURCE_HEADERS.file]).toBe('a.xlsx');
    expect(y.assessments.map((row) => row.values)).toEqual([...year.tables.Helhetsbedömningar!.rows, ...year.tables.Helhetsbedömningar!.rows].map((row) => row.values));
    expect(y.apart.risks).toEqual([]);
  });
});
