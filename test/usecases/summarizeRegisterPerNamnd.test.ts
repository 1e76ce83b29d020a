import { defaultScale, registerFromRecords } from '../../src/core';
import { summarizeRegister } from '../../src/usecases/summarizeRegister';

describe('summarizeRegister per nämnd', () => {
  const NAMNDER = ['Kommunstyrelsen', 'Socialnämnden', 'Barn- och utbildningsnämnden', 'Kultur- och fritidsnämnden'];
  const register = registerFromRecords(
    defaultScale,
    {
      Rekommendationer: [
        { id: 'R1', mottagare: 'Kommunstyrelsen, Socialnämnden och Barn- och utbildningsnämnden', senasteBedomning: 'Åtgärdad' },
        { id: 'R2', mottagare: 'Samtliga nämnder', senasteBedomning: 'Delvis åtgärdad' },
        { id: 'R3', mottagare: 'Kultur- och fritidsnämnden', senasteBedomning: '' },
        { id: 'R4', mottagare: 'Kommunstyrelsen och övriga nämnder', senasteBedomning: 'Ej åtgärdad' },
      ],
    },
    { namnder: NAMNDER },
  );

  test('one row per nämnd, a recommendation in each nämnd it reaches, Totalt counting each once', () => {
    const { summary, findings } = summarizeRegister(register, 'namnd');
    expect(findings).toEqual([]);
    expect(summary.rows.map((r) => [r.group, r.counts.Åtgärdad, r.counts['Delvis åtgärdad'], r.counts['Ej åtgärdad'], r.counts['Ej bedömd']])).toEqual([
      ['Kommunstyrelsen', 1, 1, 1, 0],
      ['Socialnämnden', 1, 1, 1, 0],
      ['Barn- och utbildningsnämnden', 1, 1, 1, 0],
      ['Kultur- och fritidsnämnden', 0, 1, 1, 1],
    ]);
    expect(summary.total.counts).toEqual({ Åtgärdad: 1, 'Delvis åtgärdad': 1, 'Ej åtgärdad': 1, 'Ej bedömd': 1 });
    expect(summary.total.total).toBe(4);
  });

  test('an unknown status is one finding per recommendation, not one per nämnd', () => {
    const bad = registerFromRecords(defaultScale, { Rekommendationer: [{ id: 'R1', mottagare: 'Samtliga nämnder', senasteBedomning: 'klar' }] }, { namnder: NAMNDER });
    expect(summarizeRegister(bad, 'namnd').findings).toHaveLength(1);
  });
});
