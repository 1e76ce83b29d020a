import type { CellValue } from '../../../src/core';
import { check, finding } from './_lib/check';
import { cleanRecords, withRecords } from './_lib/buildRegister';

const withSecond = (changes: Record<string, CellValue>) =>
  withRecords({ Rekommendationer: cleanRecords().Rekommendationer!.map((r) => (r.id === 'G1-2' ? { ...r, ...changes } : r)) });

describe('checkActionOwners', () => {
  test('does not fire on a clean register', () => expect(check()).toEqual([]));

  test('an action without owner and date is a warning at each empty cell', () => {
    expect(check(withSecond({ ansvarig: '', klartSenast: null }))).toEqual([
      finding('warning', 'checkActionOwnerMissing', 'Rekommendationer', 'H5', 'Åtgärden saknar ansvarig; ange i Ansvarig vem som ser till att den genomförs.'),
      finding('warning', 'checkActionDateMissing', 'Rekommendationer', 'I5', 'Åtgärden saknar datum; ange i Klart senast när den ska vara klar.'),
    ]);
  });

  test('a recommendation without an action needs neither', () => {
    expect(check(withSecond({ atgard: ' ', ansvarig: '', klartSenast: '' }))).toEqual([]);
  });

  test('a missing Ansvarig column is one warning for the table', () => {
    expect(check(cleanRecords(), { withoutColumns: { Rekommendationer: ['ansvarig'] } })).toEqual([
      finding('warning', 'checkColumnMissing', 'Rekommendationer', 'A4', 'Kolumnen Ansvarig saknas på Rekommendationer; lägg till en kolumn med rubriken Ansvarig i tabellen.'),
    ]);
  });
});
