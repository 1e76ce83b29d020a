import { check, finding } from './_lib/check';
import { cleanRecords, withRecords } from './_lib/buildRegister';

const ALLOWED = 'ange Åtgärdad, Delvis åtgärdad, Ej åtgärdad eller Ej bedömd.';

describe('checkStatuses', () => {
  test('does not fire on a clean register', () => expect(check()).toEqual([]));

  test('an unknown Bedömning in Uppföljning is an error naming the allowed statuses', () => {
    const found = check(withRecords({ Uppföljningar: [{ rekommendationId: 'G1-1', omgang: '2024', bedomning: 'klar' }] }));
    expect(found).toEqual([finding('error', 'statusUnknown', 'Uppföljning', 'C4', `Statusen ”klar” är okänd; ${ALLOWED}`)]);
  });

  test('synonyms are known: åtgärdat, delvis, inte åtgärdad', () => {
    const rounds = ['Åtgärdat', 'delvis', 'inte åtgärdad'].map((bedomning) => ({ rekommendationId: 'G1-2', omgang: '2025', bedomning }));
    expect(check(withRecords({ Uppföljningar: [...cleanRecords().Uppföljningar!, ...rounds] }))).toEqual([]);
  });

  test('Senaste bedömning is checked where it is the recommendation’s own verdict', () => {
    const recs = cleanRecords().Rekommendationer!.map((r) => (r.id === 'G1-2' ? { ...r, senasteBedomning: 'pågår' } : r));
    expect(check(withRecords({ Rekommendationer: recs }))).toEqual([finding('error', 'statusUnknown', 'Rekommendationer', 'L5', `Statusen ”pågår” är okänd; ${ALLOWED}`)]);
  });

  test('Senaste bedömning of a followed-up recommendation is not reported a second time', () => {
    const recs = cleanRecords().Rekommendationer!.map((r) => (r.id === 'G1-1' ? { ...r, senasteBedomning: 'klar' } : r));
    const found = check(withRecords({ Rekommendationer: recs, Uppföljningar: [{ rekommendationId: 'G1-1', omgang: '2024', bedomning: 'klar' }] }));
    expect(found.map((f) => [f.sheet, f.cell])).toEqual([['Uppföljning', 'C4']]);
  });

  test('a number is not a status', () => {
    const found = check(withRecords({ Uppföljningar: [{ rekommendationId: 'G1-1', omgang: '2024', bedomning: 1 }] }));
    expect(found.map((f) => f.message)).toEqual([`Statusen 1 är okänd; ${ALLOWED}`]);
  });
});
