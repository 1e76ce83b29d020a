import { defaultScale, latestVerdicts, recommendationStatuses, registerFromRecords, scale5x5, validateScale, verdictSources, PRESET_SCALES } from '../../../src/core';

describe('PRESET_SCALES', () => {
  test('4x4 and 5x5 are valid scales', () => {
    expect(PRESET_SCALES['4x4']).toBe(defaultScale);
    expect(validateScale(scale5x5).issues).toEqual([]);
    expect(scale5x5.likelihood.labels).toHaveLength(5);
  });
});

describe('registerFromRecords', () => {
  test('places rows as the schema lays them out, lists default', () => {
    const register = registerFromRecords(defaultScale, { Risker: [{ id: 'R1' }, { id: 'R2' }] }, { namnder: ['Socialnämnden'] });
    const risks = register.tables.Risker!;
    expect(risks.sheet).toBe('Riskanalys');
    expect(risks.rows.map((r) => r.row)).toEqual([3, 4]);
    expect(risks.rows[0].columns.sannolikhet).toBe(5);
    expect(register.lists.namnder).toEqual(['Socialnämnden']);
    expect(register.lists.statusar).toEqual(['Åtgärdad', 'Delvis åtgärdad', 'Ej åtgärdad', 'Ej bedömd']);
    expect(register.tables.Kontroller!.rows).toEqual([]);
  });
});

describe('latestVerdicts and recommendationStatuses', () => {
  const register = registerFromRecords(defaultScale, {
    Granskningar: [{ id: 'G1', titel: 'Granskning av IT' }],
    Rekommendationer: [
      { id: 'R1', granskningId: 'g1', mottagare: 'Kommunstyrelsen' },
      { id: 'R2', granskningId: 'G1', mottagare: 'Socialnämnden', senasteBedomning: 'Åtgärdat' },
      { id: 'R3', granskningId: 'G9', mottagare: 'Socialnämnden' },
      { granskning: 'Egen titel', mottagare: 'Socialnämnden', senasteBedomning: 'Delvis' },
    ],
    Uppföljningar: [
      { rekommendationId: 'R1', omgang: '2023', bedomning: 'Ej åtgärdad' },
      { rekommendationId: 'r1 ', omgang: '2024', bedomning: 'Delvis åtgärdad' },
      { rekommendationId: 'R3', omgang: '2024', bedomning: '' },
    ],
  });

  test('the latest round wins over earlier rounds and over the row’s own status', () => {
    const verdicts = latestVerdicts(register);
    expect(verdicts.get('r1')).toBe('Delvis åtgärdad');
    expect(verdicts.get('r2')).toBe('Åtgärdat');
    // R3's only round is not assessed yet: no verdict, rather than a blank one.
    expect(verdicts.get('r3')).toBeUndefined();
    expect(verdictSources(register).get('r1')?.row.row).toBe(4);
  });

  test('each recommendation gets its granskning title, addressee, verdict and the verdict’s cell', () => {
    const items = recommendationStatuses(register);
    expect(items.map((i) => [i.granskning, i.mottagare, i.status])).toEqual([
      ['Granskning av IT', 'Kommunstyrelsen', 'Delvis åtgärdad'],
      ['Granskning av IT', 'Socialnämnden', 'Åtgärdat'],
      ['G9', 'Socialnämnden', null],
      ['Egen titel', 'Socialnämnden', 'Delvis'],
    ]);
    expect(items[0].statusAt.row.sheet).toBe('Uppföljning');
    expect(items[0].statusAt.key).toBe('bedomning');
    expect(items[3].statusAt).toEqual({ row: items[3].row, key: 'senasteBedomning' });
    expect(items.map((i) => i.round)).toEqual(['2024', null, null, null]);
  });
});
