import fc from 'fast-check';
import {
  controlOverview,
  controlResults,
  controlStatus,
  defaultScale,
  hasDeviation,
  LAGE_COLORS,
  parsePeriod,
  planControls,
  registerFromRecords,
  reportingPoints,
  sortByLage,
  type CellValue,
  type Lage,
} from '../../../src/core';

type Row = Record<string, CellValue>;
const RISKS: Row[] = [
  { id: 'R1', namnd: 'Socialnämnden' },
  { id: 'R2', namnd: 'Kommunstyrelsen' },
];
const registerWith = (controls: Row[], results: Row[], risks: Row[] = RISKS) =>
  registerFromRecords(defaultScale, { Risker: risks, Kontroller: controls, Kontrollutfall: results }, { namnder: ['Kommunstyrelsen', 'Socialnämnden'] });

/** The läge of K1 (Frekvens given) with these results, up to a period, with the default points T1–T3. */
function lageOf(frekvens: string, results: Row[], upTo: string): Lage {
  const register = registerWith(
    [{ id: 'K1', riskId: 'R1', frekvens }],
    results.map((r) => ({ kontrollId: 'K1', ...r })),
  );
  const period = parsePeriod(upTo).value!;
  return controlStatus(planControls(register)[0], controlResults(register), period, reportingPoints(['T1', 'T2', 'T3'], period.year)).lage;
}

describe('hasDeviation', () => {
  test.each<[Row, boolean]>([
    [{}, false],
    [{ antalAvvikelser: 0 }, false],
    [{ antalAvvikelser: 1 }, true],
    [{ avvikelse: 'Ingen' }, false],
    [{ avvikelse: 'Mindre' }, true],
    [{ avvikelse: 'väsentlig' }, true],
    [{ antalAvvikelser: '2', avvikelse: 'Ingen' }, true],
  ])('%p → %p', (values, expected) => {
    const register = registerWith([], [{ kontrollId: 'K1', period: 'T1 2026', ...values }]);
    expect(hasDeviation(controlResults(register)[0])).toBe(expected);
  });
});

describe('controlStatus: the läge rules', () => {
  test.each<[string, string, Row[], string, Lage]>([
    ['nothing due yet, nothing done', 'Årligen', [], 'T1 2026', 'Ej aktuell än'],
    ['a yearly control due at T3, not yet done at T3', 'Årligen', [], 'T3 2026', 'Ej genomförd'],
    ['a tertial control with no result at T1', 'Tertialvis', [], 'T1 2026', 'Ej genomförd'],
    ['carried out, no deviation', 'Tertialvis', [{ period: 'T1 2026', genomford: 'Ja', antalAvvikelser: 0 }], 'T1 2026', 'Genomförd'],
    ['partly carried out counts as carried out', 'Tertialvis', [{ period: 'T1 2026', genomford: 'Delvis' }], 'T1 2026', 'Genomförd'],
    ['a missed T1 stays red at T2 though T2 was done', 'Tertialvis', [{ period: 'T2 2026', genomford: 'Ja' }], 'T2 2026', 'Ej genomförd'],
    ['Genomförd = Nej', 'Tertialvis', [{ period: 'T1 2026', genomford: 'Nej', resultat: 'Sjukskrivning' }], 'T1 2026', 'Ej genomförd'],
    ['Nej before it is due is still red', 'Årligen', [{ period: 'T1 2026', genomford: 'Nej', resultat: 'Ej hunnit' }], 'T1 2026', 'Ej genomförd'],
    [
      'Nej, then done at the same occasion',
      'Tertialvis',
      [
        { period: 'T1 2026', genomford: 'Nej' },
        { period: '2026-04-20', genomford: 'Ja' },
      ],
      'T1 2026',
      'Genomförd',
    ],
    ['done early, before it is due', 'Årligen', [{ period: 'T1 2026', genomford: 'Ja' }], 'T1 2026', 'Genomförd'],
    ['deviation with open åtgärd', 'Tertialvis', [{ period: 'T1 2026', genomford: 'Ja', antalAvvikelser: 2, atgard: 'Utbildning' }], 'T1 2026', 'Avvikelse'],
    ['deviation, Åtgärdad blank', 'Tertialvis', [{ period: 'T1 2026', genomford: 'Ja', avvikelse: 'Mindre' }], 'T1 2026', 'Avvikelse'],
    ['deviation, åtgärd done', 'Tertialvis', [{ period: 'T1 2026', genomford: 'Ja', avvikelse: 'Mindre', atgard: 'Rättat', atgardad: 'Ja' }], 'T1 2026', 'Genomförd'],
    ['Väsentlig with no åtgärd is red', 'Tertialvis', [{ period: 'T1 2026', genomford: 'Ja', avvikelse: 'Väsentlig' }], 'T1 2026', 'Ej genomförd'],
    ['Väsentlig with an open åtgärd is yellow', 'Tertialvis', [{ period: 'T1 2026', genomford: 'Ja', avvikelse: 'Väsentlig', atgard: 'Ny rutin' }], 'T1 2026', 'Avvikelse'],
    [
      'a result after the period is not read',
      'Tertialvis',
      [
        { period: 'T1 2026', genomford: 'Ja' },
        { period: 'T2 2026', genomford: 'Ja', avvikelse: 'Väsentlig' },
      ],
      'T1 2026',
      'Genomförd',
    ],
    ['a result of another year is not read', 'Årligen', [{ period: 'T3 2025', genomford: 'Ja' }], 'T3 2026', 'Ej genomförd'],
    ['a Period that is not a period is not read', 'Årligen', [{ period: 'T3', genomford: 'Ja' }], 'T3 2026', 'Ej genomförd'],
    ['blank Genomförd does not count as done', 'Årligen', [{ period: 'T3 2026', resultat: 'Inga fel' }], 'T3 2026', 'Ej genomförd'],
  ])('%s', (_what, frekvens, results, upTo, lage) => {
    expect(lageOf(frekvens, results, upTo)).toBe(lage);
  });

  test('status names due and missing occasions, and "X av Y"', () => {
    const register = registerWith(
      [{ id: 'K1', riskId: 'R1', frekvens: 'Tertialvis' }],
      [
        { kontrollId: 'k1 ', period: 'T1 2026', genomford: 'Ja' },
        { kontrollId: 'K1', period: 'T3 2026', genomford: 'Ja', antalAvvikelser: 1, atgard: 'Påminnelse', atgardad: 'Ja' },
      ],
    );
    const [status] = controlOverview(register, { period: 'T3 2026' }).value!.controls;
    expect(status).toMatchObject({
      id: 'K1',
      namnd: 'Socialnämnden',
      lage: 'Ej genomförd',
      color: LAGE_COLORS['Ej genomförd'],
      due: ['T1 2026', 'T2 2026', 'T3 2026'],
      missing: ['T2 2026'],
      tillfallen: 3,
      genomfordaTillfallen: 2,
      genomford: true,
      medAvvikelse: true,
      vasentlig: false,
      atgarderKlara: 1,
      atgarderOppna: 0,
    });
    expect(status.results.map((r) => r.period?.name)).toEqual(['T1 2026', 'T3 2026']);
  });

  test('every läge has a colour and the colours differ', () => {
    expect(new Set(Object.values(LAGE_COLORS)).size).toBe(4);
  });
});

describe('controlOverview: per nämnd', () => {
  const controls: Row[] = [
    { id: 'K1', riskId: 'R1', frekvens: 'Tertialvis' },
    { id: 'K2', riskId: 'R1', frekvens: 'Årligen' },
    { id: 'K3', riskId: 'R2', frekvens: 'Halvårsvis' },
    { id: 'K4', riskId: 'R9', frekvens: 'Årligen' },
    { id: '', riskId: 'R1' },
  ];
  const results: Row[] = [
    { kontrollId: 'K1', period: 'T1 2026', genomford: 'Ja', urval: 20, antalAvvikelser: 0 },
    { kontrollId: 'K1', period: 'T2 2026', genomford: 'Ja', urval: 20, antalAvvikelser: 3, avvikelse: 'Väsentlig', atgard: 'Ny rutin' },
    { kontrollId: 'K3', period: 'T2 2026', genomford: 'Delvis', avvikelse: 'Mindre', atgard: 'Rättat', atgardad: 'Ja' },
    { kontrollId: 'K9', period: 'T2 2026', genomford: 'Ja' },
    { kontrollId: 'K2', period: 'T3 2025', genomford: 'Ja' },
  ];
  const register = registerWith(controls, results);

  test('without a period, the latest period that has results', () => {
    expect(controlOverview(register).value!.period?.name).toBe('T2 2026');
  });

  test('the counts per nämnd, in the Nämnder list order, no nämnd last', () => {
    const overview = controlOverview(register, { period: 'T2 2026' }).value!;
    expect(overview.byNamnd.map(({ lagen: _l, ...counts }) => counts)).toEqual([
      {
        namnd: 'Kommunstyrelsen',
        kontroller: 1,
        genomforda: 1,
        ejGenomforda: 0,
        medAvvikelse: 1,
        vasentliga: 0,
        atgarderKlara: 1,
        atgarderOppna: 0,
        tillfallen: 1,
        genomfordaTillfallen: 1,
      },
      {
        namnd: 'Socialnämnden',
        kontroller: 2,
        genomforda: 1,
        ejGenomforda: 1,
        medAvvikelse: 1,
        vasentliga: 1,
        atgarderKlara: 0,
        atgarderOppna: 1,
        tillfallen: 2,
        genomfordaTillfallen: 2,
      },
      { namnd: '', kontroller: 1, genomforda: 0, ejGenomforda: 1, medAvvikelse: 0, vasentliga: 0, atgarderKlara: 0, atgarderOppna: 0, tillfallen: 0, genomfordaTillfallen: 0 },
    ]);
    expect(overview.controls.map((c) => [c.id, c.lage])).toEqual([
      ['K1', 'Avvikelse'],
      ['K2', 'Ej aktuell än'],
      ['K3', 'Genomförd'],
      ['K4', 'Ej aktuell än'],
    ]);
    expect(overview.total).toMatchObject({ kontroller: 4, genomforda: 2, ejGenomforda: 2, tillfallen: 3, genomfordaTillfallen: 3 });
    expect(overview.total.lagen).toEqual({ 'Ej genomförd': 0, Avvikelse: 1, Genomförd: 1, 'Ej aktuell än': 2 });
  });

  test('one nämnd only, matched ignoring case', () => {
    const overview = controlOverview(register, { period: 'T3 2026', namnd: ' socialnämnden' }).value!;
    expect(overview.controls.map((c) => c.id)).toEqual(['K1', 'K2']);
    expect(sortByLage(overview.controls).map((c) => c.lage)).toEqual(['Ej genomförd', 'Ej genomförd']);
    expect(overview.byNamnd.map((n) => n.namnd)).toEqual(['Socialnämnden']);
  });

  test('a period that is not a period is an issue, not a guess', () => {
    expect(controlOverview(register, { period: 'T2' }).issues.map((i) => i.code)).toEqual(['roundNameNoYear']);
  });

  test('no results and no period: every control Ej aktuell än', () => {
    const overview = controlOverview(registerWith(controls, [])).value!;
    expect(overview.period).toBeUndefined();
    expect(overview.controls.every((c) => c.lage === 'Ej aktuell än')).toBe(true);
  });

  test('the counts are sums over the control rows, whatever the results (property)', () => {
    const result = fc.record({
      kontrollId: fc.constantFrom('K1', 'K2', 'K3', 'K4', 'K9'),
      period: fc.constantFrom('T1 2026', 'T2 2026', 'T3 2026', '2026-06-01', 'T1 2027', 'T2'),
      genomford: fc.constantFrom('Ja', 'Delvis', 'Nej', '', 'kanske'),
      antalAvvikelser: fc.constantFrom(0, 1, 5, ''),
      avvikelse: fc.constantFrom('Ingen', 'Mindre', 'Väsentlig', ''),
      atgard: fc.constantFrom('', 'Åtgärd'),
      atgardad: fc.constantFrom('Ja', 'Nej', ''),
    });
    fc.assert(
      fc.property(fc.array(result, { maxLength: 30 }), fc.constantFrom('T1 2026', 'T2 2026', 'T3 2026', '2026'), (rows, period) => {
        const overview = controlOverview(registerWith(controls, rows), { period }).value!;
        const sum = (f: (n: (typeof overview.byNamnd)[number]) => number) => overview.byNamnd.reduce((a, n) => a + f(n), 0);
        expect(sum((n) => n.kontroller)).toBe(overview.controls.length);
        expect(sum((n) => n.genomforda)).toBe(overview.controls.filter((c) => c.genomford).length);
        expect(sum((n) => n.tillfallen)).toBe(overview.total.tillfallen);
        for (const c of overview.controls) {
          expect(c.genomfordaTillfallen).toBeLessThanOrEqual(c.tillfallen);
          expect(c.color).toBe(LAGE_COLORS[c.lage]);
          if (c.missing.length > 0) expect(c.lage).toBe('Ej genomförd');
          if (c.lage === 'Ej aktuell än') expect([c.genomford, c.missing]).toEqual([false, []]);
          if (c.lage === 'Genomförd') expect(c.genomford).toBe(true);
        }
        for (const n of overview.byNamnd) {
          expect(n.genomforda + n.ejGenomforda).toBe(n.kontroller);
          expect(Object.values(n.lagen).reduce((a, b) => a + b, 0)).toBe(n.kontroller);
        }
      }),
      { numRuns: 60 },
    );
  });
});
