import { ambiguousIds, defaultScale, nearIdKey, planFollowUpImport, registerFromRecords, type FollowUpReport } from '../../../src/core';

describe('ambiguousIds', () => {
  test('ids equal but for case, spaces (also no-break and zero-width) or NFC/NFD are one id', () => {
    expect(nearIdKey(' G1 -1\u00a0')).toBe('g1-1');
    expect(nearIdKey('Å1'.normalize('NFD'))).toBe(nearIdKey('å1'));
    const register = registerFromRecords(defaultScale, {
      Granskningar: [{ id: 'G1' }, { id: 'G2' }],
      Rekommendationer: [{ id: 'R1' }, { id: 'r1' }, { id: 'R2' }, { id: 'R\u200b2 ' }, { id: 'R3' }],
    });
    expect(ambiguousIds(register).map((a) => [a.table, a.ids.map((i) => i.id)])).toEqual([
      ['Rekommendationer', ['R1', 'r1']],
      ['Rekommendationer', ['R2', 'R\u200b2 ']],
    ]);
  });

  test('a follow-up plan over ambiguous ids inserts and fills nothing', () => {
    const register = registerFromRecords(defaultScale, {
      Granskningar: [{ id: 'G1', titel: 'Granskning av IT', ar: 2023 }],
      Rekommendationer: [
        { id: 'G1-1', granskningId: 'G1', nr: 1, rekommendation: 'Ta fram en plan för kontinuitet' },
        { id: 'g1-1', granskningId: 'G1', nr: 2, rekommendation: 'Säkerställ att behörigheter följs upp' },
      ],
    });
    const report: FollowUpReport = {
      round: '2024',
      granskningar: [{ nr: 1, title: 'Granskning av IT', year: 2023 }],
      recommendations: [
        { granskning: 1, nr: 1, text: 'Ta fram en plan för kontinuitet', verdict: 'Åtgärdad' },
        { granskning: 1, nr: 2, text: 'Säkerställ att behörigheter följs upp', verdict: 'Ej åtgärdad' },
      ],
    } as unknown as FollowUpReport;
    const plan = planFollowUpImport(register, report);
    expect(plan.insert).toEqual([]);
    expect(plan.fill).toEqual([]);
    expect(plan.ambiguousIds[0].ids.map((i) => i.id)).toEqual(['G1-1', 'g1-1']);
    // The same register with distinct ids gets both verdicts.
    const distinct = registerFromRecords(defaultScale, {
      Granskningar: [{ id: 'G1', titel: 'Granskning av IT', ar: 2023 }],
      Rekommendationer: [
        { id: 'G1-1', granskningId: 'G1', nr: 1, rekommendation: 'Ta fram en plan för kontinuitet' },
        { id: 'G1-2', granskningId: 'G1', nr: 2, rekommendation: 'Säkerställ att behörigheter följs upp' },
      ],
    });
    expect(planFollowUpImport(distinct, report).insert.map((r) => [r.rekommendationId, r.bedomning])).toEqual([
      ['G1-1', 'Åtgärdad'],
      ['G1-2', 'Ej åtgärdad'],
    ]);
  });
});
