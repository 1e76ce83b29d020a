import { defaultScale, planReportImport, registerFromRecords } from '../../../src/core';

const rec = { nr: 1, text: 'Säkerställ att rutinen följs.', addressees: ['Kommunstyrelsen'] };

describe('planReportImport with ids several rows share', () => {
  test('granskning ids that differ only in case or spaces give an empty plan naming both cells', () => {
    const register = registerFromRecords(defaultScale, {
      Granskningar: [
        { id: 'G1', titel: 'Granskning av inköp' },
        { id: ' g1', titel: 'Granskning av löner' },
      ],
    });
    const plan = planReportImport(register, [rec], { title: 'Granskning av inköp' });
    expect(plan.insert).toEqual([]);
    expect(plan.ambiguousIds).toHaveLength(1);
    expect(plan.ambiguousIds[0].table).toBe('Granskningar');
    expect(plan.ambiguousIds[0].ids.map((i) => i.id)).toEqual(['G1', ' g1']);
  });

  test('unique ids plan the insert as before, with no ambiguous ids', () => {
    const register = registerFromRecords(defaultScale, {
      Granskningar: [
        { id: 'G1', titel: 'Granskning av inköp' },
        { id: 'G2', titel: 'Granskning av löner' },
      ],
    });
    const plan = planReportImport(register, [rec], { title: 'Granskning av inköp' });
    expect(plan.ambiguousIds).toEqual([]);
    expect(plan.insert.map((r) => r.id)).toEqual(['G1-1']);
  });
});
