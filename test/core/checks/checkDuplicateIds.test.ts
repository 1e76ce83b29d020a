import { check, finding } from './_lib/check';
import { cleanRecords, withRecords } from './_lib/buildRegister';

describe('checkDuplicateIds', () => {
  test('does not fire on a clean register', () => expect(check()).toEqual([]));

  test('each repeat is an error naming the first occurrence; case and spaces do not make an id new', () => {
    const repeat = { namnd: 'Kommunstyrelsen', beskrivning: 'Annan risk', sannolikhet: 1, konsekvens: 1 };
    const risks = [...cleanRecords().Risker!, { ...repeat, id: 'r2 ' }, { ...repeat, id: 'R2' }];
    expect(check(withRecords({ Risker: risks }))).toEqual([
      finding('error', 'checkDuplicateId', 'Riskanalys', 'A7', 'Id r2 finns redan i A5; ge varje rad ett eget id.'),
      finding('error', 'checkDuplicateId', 'Riskanalys', 'A8', 'Id R2 finns redan i A5; ge varje rad ett eget id.'),
    ]);
  });

  test('ids are unique per table: K1 may also be a risk id', () => {
    const risks = [...cleanRecords().Risker!, { id: 'K1', namnd: 'Kommunstyrelsen', beskrivning: 'X', sannolikhet: 1, konsekvens: 1 }];
    expect(check(withRecords({ Risker: risks }))).toEqual([]);
  });

  test('a number and the same number as text are the same id', () => {
    const audits = [
      { id: 1, titel: 'A' },
      { id: '1', titel: 'B' },
    ];
    const found = check(withRecords({ Granskningar: audits, Rekommendationer: [], Uppföljningar: [] }));
    expect(found).toEqual([finding('error', 'checkDuplicateId', 'Granskningar', 'A5', 'Id 1 finns redan i A4; ge varje rad ett eget id.')]);
  });
});
