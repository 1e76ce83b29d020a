import { check, finding } from './_lib/check';
import { cleanRecords, withRecords } from './_lib/buildRegister';

describe('checkDates', () => {
  test('does not fire on a clean register', () => expect(check()).toEqual([]));

  test('an unreadable date is an error naming the value', () => {
    const recs = cleanRecords().Rekommendationer!.map((r) => (r.id === 'G1-2' ? { ...r, klartSenast: 'våren 2025' } : r));
    const audits = [{ ...cleanRecords().Granskningar![0], svarSenast: 'snart' }];
    expect(check(withRecords({ Granskningar: audits, Rekommendationer: recs }))).toEqual([
      finding('error', 'dateInvalid', 'Granskningar', 'G4', '”snart” är inte ett datum; skriv till exempel 2025-03-31.'),
      finding('error', 'dateInvalid', 'Rekommendationer', 'I5', '”våren 2025” är inte ett datum; skriv till exempel 2025-03-31.'),
    ]);
  });

  test('an invalid Date value is reported, not thrown on', () => {
    const audits = [{ ...cleanRecords().Granskningar![0], rapportdatum: new Date(Number.NaN) }];
    expect(check(withRecords({ Granskningar: audits }))).toEqual([
      finding('error', 'dateInvalid', 'Granskningar', 'F4', '”Invalid Date” är inte ett datum; skriv till exempel 2025-03-31.'),
    ]);
  });
});
