import { assessmentFor, defaultScale, normalizeAssessment, proposeAssessment, registerFromRecords, yearAssessments } from '../../../src/core';

describe('normalizeAssessment', () => {
  test.each([
    ['Tillräcklig', 'Tillräcklig'],
    [' i allt väsentligt  tillräcklig ', 'I allt väsentligt tillräcklig'],
    ['Ej tillräcklig', 'Inte tillräcklig'],
    ['INTE HELT TILLRÄCKLIG', 'Inte helt tillräcklig'],
  ])('%s is on the scale as %s', (typed, level) => expect(normalizeAssessment(typed)).toBe(level));

  test('blank is null, other words and numbers are unknown', () => {
    expect(normalizeAssessment('  ')).toBeNull();
    expect(normalizeAssessment(null)).toBeNull();
    expect(normalizeAssessment('Godkänd')).toBeUndefined();
    expect(normalizeAssessment(3)).toBeUndefined();
  });
});

describe('yearAssessments and assessmentFor', () => {
  const register = registerFromRecords(defaultScale, {
    Helhetsbedömningar: [
      { ar: 2025, namnd: 'Socialnämnden', helhetsbedomning: 'Tillräcklig', motivering: 'Alla kontroller gjordes.', beslutsdatum: '2026-02-20', paragraf: '§ 12' },
      { ar: 2026, namnd: 'Socialnämnden', helhetsbedomning: 'Godkänd', motivering: '', beslutsdatum: null, paragraf: '' },
      { ar: '2026', namnd: 'socialnämnden ', helhetsbedomning: 'Inte helt tillräcklig', motivering: 'Två kontroller gjordes inte.', beslutsdatum: 46100, paragraf: '§ 14' },
      { ar: 2026, namnd: null, helhetsbedomning: 'Tillräcklig' },
    ],
  });

  test('rows without a nämnd are skipped; unknown text keeps what was typed', () => {
    const all = yearAssessments(register);
    expect(all.map((a) => [a.ar, a.level])).toEqual([
      [2025, 'Tillräcklig'],
      [2026, undefined],
      [2026, 'Inte helt tillräcklig'],
    ]);
    expect(all[1].typed).toBe('Godkänd');
    expect(all[0].beslutsdatum).toBe(46073);
  });

  test('the last row of a year and nämnd counts', () => {
    const a = assessmentFor(register, 2026, 'SOCIALNÄMNDEN');
    expect(a?.level).toBe('Inte helt tillräcklig');
    expect(a?.paragraf).toBe('§ 14');
    expect(assessmentFor(register, 2024, 'Socialnämnden')).toBeUndefined();
  });
});

describe('proposeAssessment', () => {
  const base = { kontroller: 10, genomforda: 10, vasentliga: 0, atgarderOppna: 0 };
  test.each([
    [base, 'Tillräcklig'],
    [{ ...base, genomforda: 8 }, 'I allt väsentligt tillräcklig'],
    [{ ...base, genomforda: 7 }, 'Inte helt tillräcklig'],
    [{ ...base, genomforda: 5 }, 'Inte helt tillräcklig'],
    [{ ...base, genomforda: 4 }, 'Inte tillräcklig'],
    [{ ...base, atgarderOppna: 2 }, 'I allt väsentligt tillräcklig'],
    [{ ...base, vasentliga: 1 }, 'I allt väsentligt tillräcklig'],
    [{ ...base, vasentliga: 1, atgarderOppna: 1 }, 'Inte helt tillräcklig'],
  ])('%o → %s', (counts, level) => expect(proposeAssessment(counts).level).toBe(level));

  test('the deciding reason comes first and every rule is shown', () => {
    const p = proposeAssessment({ kontroller: 4, genomforda: 2, vasentliga: 1, atgarderOppna: 0 });
    expect(p.level).toBe('Inte helt tillräcklig');
    expect(p.reasons.map((r) => [r.code, r.step])).toEqual([
      ['carriedOut', 2],
      ['significant', 1],
      ['openActions', 0],
    ]);
  });

  test('no controls: nothing to propose from', () => {
    expect(proposeAssessment({ kontroller: 0, genomforda: 0, vasentliga: 0, atgarderOppna: 0 })).toEqual({ level: undefined, reasons: [] });
  });
});
