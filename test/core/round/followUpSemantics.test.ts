import fc from 'fast-check';
import { compareRounds, defaultScale, latestVerdicts, newFollowUpRound, registerFromRecords, roundKey, roundProgress, type CellValue } from '../../../src/core';
import { summarizeRegister } from '../../../src/usecases/summarizeRegister';

const rec = (id: string, granskningId = 'G1') => ({ id, granskningId, mottagare: 'Socialnämnden', rekommendation: `Text ${id}` });

describe('roundKey and compareRounds', () => {
  it('orders rounds by what they say, not how they are typed', () => {
    const rounds: CellValue[] = ['2026', 'Delår 2025', '2025-09-30', 2025, '2024', 'Omgång 2', 'Omgång 1', 'T1 2025'];
    expect([...rounds].sort(compareRounds)).toEqual(['Omgång 1', 'Omgång 2', '2024', 'T1 2025', 'Delår 2025', '2025-09-30', 2025, '2026']);
  });

  it('treats a year as text or number alike', () => {
    expect(compareRounds('2025', 2025)).toBe(0);
    expect(compareRounds(' 2025 ', '2025')).toBe(0);
    expect(roundKey(null)).toBeUndefined();
  });

  it('reads a date cell as a date', () => {
    expect(compareRounds(new Date(Date.UTC(2025, 2, 1)), '2025-02-28')).toBeGreaterThan(0);
  });
});

describe('current verdict: the latest round that has one', () => {
  const base = {
    Granskningar: [{ id: 'G1', titel: 'IT' }],
    Rekommendationer: [rec('R1'), rec('R2'), rec('R3')],
    Uppföljningar: [
      { rekommendationId: 'R1', omgang: '2024', bedomning: 'Delvis åtgärdad' },
      { rekommendationId: 'R2', omgang: '2024', bedomning: 'Åtgärdad' },
      { rekommendationId: 'R3', omgang: '2024', bedomning: 'Ej åtgärdad' },
    ],
  };

  it('a new, unassessed round changes no verdict (the ny-omgång bug)', () => {
    const register = registerFromRecords(defaultScale, base);
    const before = summarizeRegister(register, 'granskning').summary;
    const added = newFollowUpRound(register, '2026');
    expect(added.map((r) => r.rekommendationId)).toEqual(['R1', 'R3']);
    const after = registerFromRecords(defaultScale, { ...base, Uppföljningar: [...base.Uppföljningar, ...added] });
    expect(summarizeRegister(after, 'granskning').summary).toEqual(before);
    expect(roundProgress(after).map((p) => [p.round, p.assessed, p.total])).toEqual([
      ['2024', 3, 3],
      ['2026', 0, 2],
    ]);
  });

  it('a later assessed round wins even when its row comes first', () => {
    const register = registerFromRecords(defaultScale, {
      ...base,
      Uppföljningar: [{ rekommendationId: 'R1', omgang: '2026', bedomning: 'Åtgärdad' }, ...base.Uppföljningar],
    });
    expect(latestVerdicts(register).get('r1')).toBe('Åtgärdad');
  });

  it('an earlier round typed later in the sheet does not win', () => {
    const register = registerFromRecords(defaultScale, {
      ...base,
      Uppföljningar: [...base.Uppföljningar, { rekommendationId: 'R1', omgang: '2022', bedomning: 'Ej åtgärdad' }],
    });
    expect(latestVerdicts(register).get('r1')).toBe('Delvis åtgärdad');
  });

  // Properties over random registers: blank rounds and row order never change a summary.
  const statuses = fc.constantFrom('Åtgärdad', 'Delvis åtgärdad', 'Ej åtgärdad', 'åtgärdat', '', null);
  const round = fc.constantFrom('2022', '2023', 2024, 'Delår 2025', '2025-09-30', '2026', 'Omgång 3');
  const followUps = fc.array(fc.record({ rekommendationId: fc.constantFrom('R1', 'R2', 'R3', 'R4'), omgang: round, bedomning: statuses }), { maxLength: 30 });
  const registerOf = (rows: Record<string, CellValue>[]) =>
    registerFromRecords(defaultScale, { Granskningar: [{ id: 'G1', titel: 'IT' }], Rekommendationer: [rec('R1'), rec('R2'), rec('R3'), rec('R4', 'G2')], Uppföljningar: rows });

  it('adding a blank round leaves every summary unchanged (property)', () => {
    fc.assert(
      fc.property(followUps, fc.constantFrom('2027', 'Delår 2030', '2099-01-01'), (rows, next) => {
        const register = registerOf(rows);
        const blank = newFollowUpRound(register, next);
        const after = registerOf([...rows, ...blank]);
        for (const by of ['granskning', 'namnd'] as const) expect(summarizeRegister(after, by).summary).toEqual(summarizeRegister(register, by).summary);
      }),
    );
  });

  it('shuffling the rows of Uppföljningar leaves every summary unchanged (property)', () => {
    fc.assert(
      fc.property(
        followUps.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }))),
        ([rows, shuffled]) => {
          for (const by of ['granskning', 'namnd'] as const) expect(summarizeRegister(registerOf(shuffled), by).summary).toEqual(summarizeRegister(registerOf(rows), by).summary);
          expect(roundProgress(registerOf(shuffled))).toEqual(roundProgress(registerOf(rows)));
        },
      ),
    );
  });
});
