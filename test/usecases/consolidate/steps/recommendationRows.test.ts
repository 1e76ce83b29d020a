import { idKey, scale5x5, type TableRecords } from '../../../../src/core';
import { consolidateMessages as M, PER_NAMND_HEADER, SCALE_HEADERS, SOURCE_HEADERS } from '../../../../src/usecases/consolidate';
import { BUN, CONFLICT, KS, namndRecords, NAMNDER, SBN, sbnRecords, SN, TODAY } from '../_lib/kommun';
import { kommunSources, sourceOf, stepsOn } from './_lib/pipeline';

const options = { today: TODAY, namnder: NAMNDER };
const conflictId = (records: TableRecords) => {
  const g = records.Granskningar!.find((x) => x.titel === CONFLICT.title)!;
  return String(records.Rekommendationer!.find((r) => idKey(r.granskningId) === idKey(g.id) && r.nr === CONFLICT.nr)!.id);
};
/** Socialnämnden's records with the shared recommendation changed. */
function snWith(change: (row: Record<string, unknown>) => Record<string, unknown>, dropRounds = false): TableRecords {
  const records = namndRecords(SN);
  const id = conflictId(records);
  return {
    ...records,
    Rekommendationer: records.Rekommendationer!.map((r) => (r.id === id ? (change(r) as typeof r) : r)),
    Uppföljningar: dropRounds ? records.Uppföljningar!.filter((f) => f.rekommendationId !== id) : records.Uppföljningar,
  };
}
const sharedRow = (rows: ReturnType<typeof stepsOn>['recRows']['rows']) => rows.find((r) => r.values.id === conflictId(namndRecords(KS)))!;

describe('recommendationRows', () => {
  test("a shared recommendation judged differently: each nämnd's verdict, the least finished counted and written as the latest round, a conflict", () => {
    const { recRows, recIds } = stepsOn(kommunSources(), options);
    expect(recRows.rows).toHaveLength(recIds.recommendations.length);
    const row = sharedRow(recRows.rows);
    expect(row.values.granskningId).toBe('G3');
    expect(row.extra[PER_NAMND_HEADER]).toBe(`${KS}: Åtgärdad; ${BUN}: Åtgärdad; ${SN}: ${CONFLICT.snVerdict}`);
    expect(row.extra[SOURCE_HEADERS.file]).toBe(`${KS}.xlsx; ${BUN}.xlsx; ${SN}.xlsx`);
    // Rounds decide the verdict, so the counted one is a round of its own, not a typed Senaste bedömning.
    expect(row.values.senasteBedomning).toBeNull();
    expect(recRows.synthesized).toEqual([
      {
        values: {
          rekommendationId: row.values.id,
          omgang: '2024',
          bedomning: CONFLICT.snVerdict,
          kommentar: M.synthesizedComment([`${KS}: Åtgärdad`, `${BUN}: Åtgärdad`, `${SN}: ${CONFLICT.snVerdict}`]),
        },
        extra: { [SOURCE_HEADERS.file]: M.synthesizedSource, [SOURCE_HEADERS.sheet]: null, [SOURCE_HEADERS.row]: null, [SOURCE_HEADERS.namnd]: `${KS}, ${BUN}, ${SN}` },
      },
    ]);
    expect(recRows.conflicts.map((c) => [c.kind, c.files])).toEqual([['bedomning', [`${KS}.xlsx`, `${BUN}.xlsx`, `${SN}.xlsx`]]]);
    expect(recRows.missingVerdicts).toEqual([]);
  });

  test('a file holding it without a verdict is listed as missing it, never a conflict', () => {
    const [ks, bun] = kommunSources();
    const { recRows } = stepsOn(
      [
        ks,
        bun,
        sourceOf(
          `${SN}.xlsx`,
          snWith((r) => r, true),
          [SN],
        ),
      ],
      options,
    );
    expect(recRows.conflicts).toEqual([]);
    expect(recRows.synthesized).toEqual([]);
    expect(recRows.missingVerdicts).toEqual([
      { message: M.missingVerdict(CONFLICT.title, String(CONFLICT.nr), `${SN}.xlsx`, SN, 'Åtgärdad', [`${KS}.xlsx`, `${BUN}.xlsx`]), file: `${SN}.xlsx` },
    ]);
  });

  test("texts the nämnder wrote differently are each nämnd's on its own line; Klart senast is the earliest of a nämnd still working", () => {
    const [ks, bun] = kommunSources();
    // Socialnämnden still works on it (Delvis åtgärdad) and promised March; the others are done and gave January.
    const sn = snWith((r) => ({ ...r, svar: 'Nämnden gör en egen utredning.', klartSenast: '2025-03-31' }));
    const done = (records: TableRecords) => ({
      ...records,
      Rekommendationer: records.Rekommendationer!.map((r) => (r.id === conflictId(records) ? { ...r, klartSenast: '2025-01-31' } : r)),
    });
    const { recRows } = stepsOn(
      [sourceOf(ks.file, done(namndRecords(KS)), NAMNDER), sourceOf(bun.file, done(namndRecords(BUN)), [BUN]), sourceOf(`${SN}.xlsx`, sn, [SN])],
      options,
    );
    const row = sharedRow(recRows.rows);
    expect(row.values.svar).toBe(`${KS}, ${BUN}: Nämnden instämmer.\n${SN}: Nämnden gör en egen utredning.`);
    expect(row.values.klartSenast).toBe('2025-03-31');
  });

  test('a risk-id of a risk kept apart (another scale) is carried on as text; one on the main scale stays', () => {
    const sbn = sbnRecords();
    const linked = sourceOf(`${SBN}.xlsx`, { ...sbn, Rekommendationer: sbn.Rekommendationer!.map((r, i) => (i === 0 ? { ...r, riskId: 'R2' } : r)) }, [SBN], scale5x5);
    const [ks] = kommunSources();
    const { recRows, recs } = stepsOn([ks, linked], options);
    const first = recs.recommendations.findIndex((r) => r.members.some((m) => m.source.file === `${SBN}.xlsx` && m.item.row.values.riskId === 'R2'));
    const row = recRows.rows[first];
    expect(row.values.riskId).toBeNull();
    // Kommunstyrelsen has an R2, so Samhällsbyggnadsnämnden's risks have its prefix.
    expect(row.extra[SCALE_HEADERS.riskId]).toBe('F2-R2');
    expect(Object.keys(row.extra).pop()).toBe(SCALE_HEADERS.riskId);
    const onMain = recRows.rows.find((r) => r.values.id === 'G1-1')!;
    expect([onMain.values.riskId, SCALE_HEADERS.riskId in onMain.extra]).toEqual(['R3', false]);
  });
});
