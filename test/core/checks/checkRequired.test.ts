import { check, finding } from './_lib/check';
import { cleanRecords, withRecords } from './_lib/buildRegister';

describe('checkRequired', () => {
  test('does not fire on a clean register', () => expect(check()).toEqual([]));

  test('an empty required cell is an error naming the column', () => {
    const risks = cleanRecords().Risker!.map((r) => (r.id === 'R2' ? { ...r, beskrivning: '  ' } : r));
    expect(check(withRecords({ Risker: risks }))).toEqual([finding('error', 'checkRequiredBlank', 'Riskanalys', 'E5', 'Obligatorisk uppgift saknas: fyll i Riskbeskrivning.')]);
  });

  test('every empty required cell of a half-filled row, left to right', () => {
    const found = check(withRecords({ Uppföljningar: [...cleanRecords().Uppföljningar!, { kommentar: 'Inväntar svar' }] }));
    expect(found.map((f) => [f.cell, f.message])).toEqual([
      ['A5', 'Obligatorisk uppgift saknas: fyll i Rekommendation-id.'],
      ['B5', 'Obligatorisk uppgift saknas: fyll i Omgång.'],
      // No C5: a blank Bedömning is a round not yet judged (Ej bedömd), which a new round starts with.
    ]);
  });

  test('empty rows, and rows with only computed values, are not reported', () => {
    const risks = [...cleanRecords().Risker!, {}, { id: '', riskvarde: '', riskniva: '' }, { riskvarde: 0 }];
    const recs = [...cleanRecords().Rekommendationer!, { granskning: '', senasteBedomning: '' }];
    expect(check(withRecords({ Risker: risks, Rekommendationer: recs }))).toEqual([]);
  });

  test('a required column missing from the sheet is one error for the table, at the first row', () => {
    const found = check(cleanRecords(), { withoutColumns: { Risker: ['konsekvens'] } });
    expect(found).toEqual([
      finding('error', 'checkColumnMissing', 'Riskanalys', 'A4', 'Kolumnen Konsekvens saknas på Riskanalys; lägg till en kolumn med rubriken Konsekvens i tabellen.'),
    ]);
  });

  test('a missing first column points at the first column the sheet has', () => {
    const found = check(cleanRecords(), { withoutColumns: { Uppföljningar: ['rekommendationId'] } });
    expect(found).toEqual([
      finding(
        'error',
        'checkColumnMissing',
        'Uppföljning',
        'A4',
        'Kolumnen Rekommendation-id saknas på Uppföljning; lägg till en kolumn med rubriken Rekommendation-id i tabellen.',
      ),
    ]);
  });
});
