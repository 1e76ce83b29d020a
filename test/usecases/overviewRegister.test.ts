import { appendRows, checkRegister, defaultScale, formatRoundProgress, newFollowUpRound, registerFromRecords, serialFromYmd } from '../../src/core';
import { exampleRegister } from '../../src/usecases/exampleRegister';
import { countRegisterMatrix } from '../../src/usecases/countRegisterMatrix';
import { overviewRegister } from '../../src/usecases/overviewRegister';
import { summarizeRegister } from '../../src/usecases/summarizeRegister';

describe('overviewRegister', () => {
  test('the example: risks per risknivå from S × K, recommendations per current verdict', () => {
    const o = overviewRegister(exampleRegister(defaultScale), serialFromYmd(2026, 11, 22));
    // R8 = 1×3 Låg; R4, R5, R6, R7, R9 = 8, 6, 4, 6, 8 Medel; R1, R2, R3, R10 = 12, 9, 9, 9 Hög.
    expect(o.risksPerLevel.map((l) => [l.name, l.count])).toEqual([
      ['Låg', 1],
      ['Medel', 5],
      ['Hög', 4],
    ]);
    expect(o.risksNotScored).toBe(0);
    expect(o.recommendationsPerStatus).toEqual({ Åtgärdad: 2, 'Delvis åtgärdad': 2, 'Ej åtgärdad': 0, 'Ej bedömd': 2 });
    expect(o.parts.every((p) => p.foundOn === p.sheet)).toBe(true);
    expect(o.errors).toBe(0);
  });

  test('invalid levels and unknown statuses are counted apart, never in a level or status', () => {
    const register = registerFromRecords(defaultScale, {
      Risker: [
        { id: 'R1', sannolikhet: 5, konsekvens: 1 },
        { id: 'R2', sannolikhet: 'hög', konsekvens: 2 },
        { id: 'R3', sannolikhet: '2', konsekvens: 2 },
      ],
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

  describe('the same figures as the CLI (uppsikt matrix, summary, check)', () => {
    const today = serialFromYmd(2026, 11, 22);
    const registers = {
      example: exampleRegister(defaultScale),
      'bad levels': registerFromRecords(defaultScale, {
        Risker: [
          { id: 'R1', sannolikhet: 5, konsekvens: 1 },
          { id: 'R2', sannolikhet: 4, konsekvens: 4 },
          { id: 'R3', sannolikhet: '2', konsekvens: 2 },
          { id: 'R4', sannolikhet: 4, konsekvens: null },
        ],
        Rekommendationer: [
          { id: 'A', mottagare: 'KS', senasteBedomning: 'Delvis', klartSenast: '2020-01-01' },
          { id: 'B', mottagare: 'SN', klartSenast: '2030-01-01' },
        ],
      }),
    };

    test.each(Object.entries(registers))("%s: the matrix counts are countRegisterMatrix's and each cell lists exactly its risks", (_name, register) => {
      const o = overviewRegister(register, today);
      const { matrix } = countRegisterMatrix(register);
      expect(o.matrix.map((row) => row.map((c) => c.count))).toEqual(matrix.counts);
      expect(o.matrix.map((row) => row.map((c) => c.risks.length))).toEqual(matrix.counts);
      const listed = o.matrix.flat().flatMap((c) => c.risks.map((r) => r.id));
      expect(new Set(listed).size).toBe(listed.length);
    });

    test.each(Object.entries(registers))("%s: per nämnd and per granskning are summarizeRegister's", (_name, register) => {
      const o = overviewRegister(register, today);
      expect(o.byNamnd).toEqual(summarizeRegister(register, 'namnd').summary);
      expect(o.byGranskning).toEqual(summarizeRegister(register, 'granskning').summary);
    });

    test.each(Object.entries(registers))("%s: overdue actions and high risks without a control are the check's findings", (_name, register) => {
      const o = overviewRegister(register, today);
      const findings = checkRegister(register, { today });
      const of = (code: string) => findings.filter((f) => f.code === code).map((f) => `${f.sheet}!${f.cell}`);
      expect(o.overdueActions.map((a) => `${a.sheet}!${a.cell}`)).toEqual(of('checkActionOverdue'));
      expect(o.highRisksWithoutControl.map((a) => `${a.sheet}!${a.cell}`)).toEqual(of('checkHighRiskWithoutControl'));
      expect(o.overdueActions).toHaveLength(o.overdue);
    });
  });

  test('the example: cells carry their risknivå, the listed rows name their risk and cell', () => {
    const o = overviewRegister(exampleRegister(defaultScale), serialFromYmd(2026, 11, 22));
    const cell = o.matrix[2][2]; // S 3, K 3 = 9, Hög: R2, R3, R10.
    expect([cell.score, cell.band?.name, cell.risks.map((r) => r.id)]).toEqual([9, 'Hög', ['R2', 'R3', 'R10']]);
    expect(o.highRisksWithoutControl.map((r) => [r.id, r.namnd, r.sheet])).toEqual([['R10', 'Socialnämnden', 'Riskanalys']]);
    expect(o.overdueActions.map((a) => [a.id, a.cell])).toEqual([
      ['G1-1', 'I4'],
      ['G1-2', 'I5'],
      ['G1-3', 'I6'],
    ]);
    expect(o.currentRound).toEqual({ round: '2025', total: 1, assessed: 1 });
    expect(o.empty).toBe(false);
  });

  test('an empty register is empty, with no round and nothing flagged', () => {
    const o = overviewRegister(registerFromRecords(defaultScale, {}), serialFromYmd(2026, 11, 22));
    expect([o.empty, o.currentRound, o.overdueActions.length, o.highRisksWithoutControl.length, o.byNamnd.total.total]).toEqual([true, undefined, 0, 0, 0]);
  });
});

describe('issue 22: a date cell Excel cannot show', () => {
  test('an Omgång that ExcelJS read as a Date no calendar holds: Översikt counts, names the round as Excel shows it, and check finds the cell', () => {
    const register = registerFromRecords(defaultScale, {
      Rekommendationer: [{ id: 'R1', granskningId: 'G1', mottagare: 'Socialnämnden', rekommendation: 'Text' }],
      Uppföljningar: [{ rekommendationId: 'R1', omgang: new Date(Number.NaN), bedomning: 'Åtgärdad' }],
    });
    const o = overviewRegister(register, serialFromYmd(2026, 1, 1));
    expect(JSON.stringify(o)).not.toMatch(/Invalid|NaN/);
    expect(
      checkRegister(register, { today: serialFromYmd(2026, 1, 1) })
        .filter((f) => f.code === 'dateInvalid')
        .map((f) => `${f.sheet}!${f.cell}`),
    ).toEqual(['Uppföljning!B4']);
  });
});
