import { defaultScale, granskningarFromTitles, registerFromRecords } from '../../../src/core';

describe('granskningarFromTitles', () => {
  const register = () => {
    const base = registerFromRecords(defaultScale, {
      Granskningar: [{ id: 'G1', titel: 'Granskning av bisysslor', ar: 2023 }],
      Rekommendationer: [
        { id: 'R1', granskning: 'Granskning av bisysslor', rekommendation: 'a', mottagare: 'Kommunstyrelsen' },
        { id: 'R2', granskning: 'Granskning av  bisysslor ', rekommendation: 'b', mottagare: 'Kommunstyrelsen' },
        { id: 'R3', granskning: 'Granskning av bisysslor', rekommendation: 'c', mottagare: 'Kommunstyrelsen' },
        { id: 'R4', granskning: 'Granskning av upphandling (2021)', rekommendation: 'd', mottagare: 'Kommunstyrelsen' },
        { id: 'R5', granskningId: 'G1', granskning: 'Annat namn', rekommendation: 'e', mottagare: 'Kommunstyrelsen' },
      ],
    });
    // A year column kept on the user's own sheet, as adoption keeps an unmapped column.
    const recs = base.tables.Rekommendationer!;
    const years = [2023, 2023, 2024, null, 2023];
    const rows = recs.rows.map((r, i) => ({ ...r, extra: { År: years[i] } }));
    return { ...base, tables: { ...base.tables, Rekommendationer: { ...recs, extraHeaders: ['År'], rows } } };
  };

  test('one Granskningar row per title and year, an existing one reused, only blank ids filled, the year moved', () => {
    const derived = granskningarFromTitles(register());
    expect([derived.created, derived.linked, derived.yearColumn]).toEqual([2, 4, 'År']);
    const audits = derived.register.tables.Granskningar!.rows.map((r) => [r.values.id, r.values.titel, r.values.ar]);
    expect(audits).toEqual([
      ['G1', 'Granskning av bisysslor', 2023],
      ['G2', 'Granskning av bisysslor', 2024],
      ['G3', 'Granskning av upphandling (2021)', 2021],
    ]);
    const recs = derived.register.tables.Rekommendationer!;
    expect(recs.rows.map((r) => r.values.granskningId)).toEqual(['G1', 'G1', 'G2', 'G3', 'G1']);
    expect(recs.extraHeaders).toEqual([]);
    expect(recs.rows[0].extra).toEqual({});
  });

  test('a register that names every granskning by id is returned as it is', () => {
    const linked = registerFromRecords(defaultScale, { Granskningar: [{ id: 'G1', titel: 'X' }], Rekommendationer: [{ id: 'R1', granskningId: 'G1' }] });
    expect(granskningarFromTitles(linked).register).toBe(linked);
  });
});
