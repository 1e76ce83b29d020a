import { checkRegister, defaultScale, registerFromRecords, serialFromYmd } from '../../../src/core';

const today = serialFromYmd(2027, 2, 10);
const base = {
  Risker: [{ id: 'R1', namnd: 'Socialnämnden', beskrivning: 'Felaktiga utbetalningar', sannolikhet: 3, konsekvens: 4 }],
  Kontroller: [{ id: 'K1', riskId: 'R1', kontrollmoment: 'Stickprov' }],
};
const yearClose = (records: Parameters<typeof registerFromRecords>[1], on = today) =>
  checkRegister(registerFromRecords(defaultScale, records, { namnder: ['Socialnämnden'] }), { today: on }).filter((f) =>
    ['checkAssessmentMissing', 'checkSignificantNotFollowedUp', 'checkAssessmentUnknown'].includes(f.code),
  );

describe('the year close in check', () => {
  test('results of last year and no helhetsbedömning: one warning for the nämnd, at its first result', () => {
    const findings = yearClose({
      ...base,
      Kontrollutfall: [
        { kontrollId: 'K1', period: 'T1 2026', genomford: 'Ja' },
        { kontrollId: 'K1', period: 'T2 2026', genomford: 'Ja' },
      ],
    });
    expect(findings).toEqual([
      {
        severity: 'warning',
        code: 'checkAssessmentMissing',
        sheet: 'Kontrollutfall',
        cell: 'B4',
        message:
          'Socialnämnden har kontrollutfall för 2026 men ingen helhetsbedömning för 2026; fyll i nämndens beslut på fliken Helhetsbedömning innan uppföljningen rapporteras.',
      },
    ]);
  });

  test('a helhetsbedömning for the year, or results only of this year: no warning', () => {
    const results = [{ kontrollId: 'K1', period: 'T1 2026', genomford: 'Ja' }];
    expect(yearClose({ ...base, Kontrollutfall: results, Helhetsbedömningar: [{ ar: 2026, namnd: 'socialnämnden', helhetsbedomning: 'Tillräcklig' }] })).toEqual([]);
    expect(yearClose({ ...base, Kontrollutfall: results }, serialFromYmd(2026, 9, 1))).toEqual([]);
  });

  test('a väsentlig avvikelse of last year, its åtgärd open, whose control left the plan', () => {
    const findings = yearClose({
      ...base,
      Kontrollutfall: [
        { kontrollId: 'K9', period: 'T3 2026', genomford: 'Ja', avvikelse: 'Väsentlig', atgard: 'Ny rutin', atgardad: 'Nej' },
        { kontrollId: 'K8', period: 'T3 2026', genomford: 'Ja', avvikelse: 'Väsentlig', atgard: 'Ny rutin', atgardad: 'Ja' },
        { kontrollId: 'K1', period: 'T3 2026', genomford: 'Ja', avvikelse: 'Väsentlig', atgard: 'Ny rutin', atgardad: 'Nej' },
      ],
      Helhetsbedömningar: [{ ar: 2026, namnd: 'Socialnämnden', helhetsbedomning: 'Inte helt tillräcklig' }],
    });
    expect(findings.map((f) => [f.code, f.cell])).toEqual([['checkSignificantNotFollowedUp', 'A4']]);
    expect(findings[0].message).toBe(
      'Kontroll K9 hade en väsentlig avvikelse T3 2026 vars åtgärd inte är klar, men kontrollen finns inte i internkontrollplanen; följ upp bristen i planen för 2027 eller skriv i Åtgärd hur den hanteras.',
    );
  });

  test('a helhetsbedömning off the scale is an error at its cell', () => {
    const findings = yearClose({ ...base, Helhetsbedömningar: [{ ar: 2026, namnd: 'Socialnämnden', helhetsbedomning: 'Godkänd' }] });
    expect(findings.map((f) => [f.severity, f.sheet, f.cell])).toEqual([['error', 'Helhetsbedömning', 'C4']]);
  });
});
