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
      finding('error', 'dateInvalid', 'Granskningar', 'F4', '##### (ett tal utanför Excels datum) är inte ett datum; skriv till exempel 2025-03-31.'),
    ]);
  });
});

describe("checkDates: a date serial out of Excel's range (issue 22)", () => {
  const followUp = (omgang: unknown) => withRecords({ Uppföljningar: [{ rekommendationId: 'G1-1', omgang: omgang as never, bedomning: 'Åtgärdad' }] });

  test('an Omgång that ExcelJS read as a Date no calendar holds is reported at its cell', () => {
    expect(check(followUp(new Date(Number.NaN)))).toEqual([
      finding('error', 'dateInvalid', 'Uppföljning', 'B4', '##### (ett tal utanför Excels datum) är inte ett datum; skriv till exempel 2025-03-31.'),
    ]);
  });

  test('an Omgång serial kept as the number is reported with the number the user wrote', () => {
    expect(check(followUp(1e10))).toEqual([finding('error', 'dateInvalid', 'Uppföljning', 'B4', '10000000000 är inte ett datum; skriv till exempel 2025-03-31.')]);
    expect(check(followUp(Number.NaN)).map((f) => f.cell)).toEqual(['B4']);
    expect(check(followUp(1e308)).map((f) => f.message)).toEqual(['1e+308 är inte ett datum; skriv till exempel 2025-03-31.']);
  });

  test('a year, a date serial and a label are rounds, not findings', () => {
    for (const omgang of [2025, '2025', 45352, 'Delår 2025', new Date(Date.UTC(2025, 2, 1))]) expect(check(followUp(omgang))).toEqual([]);
  });
});
