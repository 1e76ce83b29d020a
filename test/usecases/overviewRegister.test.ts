import { appendRows, defaultScale, formatRoundProgress, newFollowUpRound, registerFromRecords, serialFromYmd } from '../../src/core';
import { exampleRegister } from '../../src/usecases/exampleRegister';
import { overviewRegister } from '../../src/usecases/overviewRegister';

describe('overviewRegister', () => {
  test('the example: risks per risknivå from S × K, recommendations per current verdict', () => {
    const o = overviewRegister(exampleRegister(defaultScale), serialFromYmd(2026, 11, 22));
    // R8 = 1×3 Låg; R4, R5, R6, R7, R9 = 8, 6, 4, 6, 8 Medel; R1, R2, R3, R10 = 12, 9, 9, 9 Hög.
    expect(o.risksPerLevel.map((l) => [l.name, l.count])).toEqual([['Låg', 1], ['Medel', 5], ['Hög', 4]]);
    expect(o.risksNotScored).toBe(0);
    expect(o.recommendationsPerStatus).toEqual({ Åtgärdad: 2, 'Delvis åtgärdad': 2, 'Ej åtgärdad': 0, 'Ej bedömd': 2 });
    expect(o.parts.every((p) => p.foundOn === p.sheet)).toBe(true);
    expect(o.errors).toBe(0);
  });

  test('invalid levels and unknown statuses are counted apart, never in a level or status', () => {
    const register = registerFromRecords(defaultScale, {
      Risker: [{ id: 'R1', sannolikhet: 5, konsekvens: 1 }, { id: 'R2', sannolikhet: 'hög', konsekvens: 2 }, { id: 'R3', sannolikhet: '2', konsekvens: 2 }],
      Rekommendationer: [
        { id: 'A', senasteBedomning: 'klar', klartSenast: '2020-01-01' },
        { id: 'B', senasteBedomning: 'Delvis', klartSenast: '2020-01-01' },
        { id: 'C', senasteBedomning: 'Åtgärdat', klartSenast: '2020-01-01' },
      ],
    });
    const o = overviewRegister(register, serialFromYmd(2026, 1, 1));
    expect(o.risksPerLevel.map((l) => l.count)).toEqual([0, 1, 0]);
    expect(o.risksNotScored).toBe(2);
    expect(o.recommendationsUnknownStatus).toBe(1);
    expect(o.recommendationsPerStatus['Delvis åtgärdad']).toBe(1);
    expect(o.overdue).toBe(1); // B: past its date and not Åtgärdad; A's status is unknown, C is done.
    expect(o.errors).toBeGreaterThan(0);
    expect(o.parts.find((p) => p.table === 'Risker')?.rows).toBe(3);
  });

  test('a new round shows its progress and changes no count', () => {
    const today = serialFromYmd(2026, 11, 22);
    const before = overviewRegister(exampleRegister(defaultScale), today);
    const register = appendRows(exampleRegister(defaultScale), 'Uppföljningar', newFollowUpRound(exampleRegister(defaultScale), '2026'));
    const after = overviewRegister(register, today);
    expect(after.recommendationsPerStatus).toEqual(before.recommendationsPerStatus);
    const latest = after.rounds[after.rounds.length - 1];
    expect([latest.round, latest.assessed, latest.total]).toEqual(['2026', 0, 4]);
    expect(formatRoundProgress(latest)).toBe('Omgång 2026: 0 av 4 bedömda; rekommendationer som inte är bedömda i omgången räknas med sin tidigare bedömning');
  });
});
