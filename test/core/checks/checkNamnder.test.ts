import { check, finding } from './_lib/check';
import { cleanRecords, withRecords } from './_lib/buildRegister';

const GROUP = (value: string) => `”${value}” är en grupp av nämnder; dela upp raden i en rad per nämnd, med nämnder ur listan på Inställningar.`;

describe('checkNamnder', () => {
  test('does not fire on a clean register', () => expect(check()).toEqual([]));

  test('a nämnd not in the list is a warning naming the value', () => {
    const risks = cleanRecords().Risker!.map((r) => (r.id === 'R1' ? { ...r, namnd: 'Socialnämden' } : r));
    expect(check(withRecords({ Risker: risks }))).toEqual([
      finding(
        'warning',
        'checkNamndUnknown',
        'Riskanalys',
        'B4',
        '”Socialnämden” finns inte i listan Nämnder på Inställningar; välj en nämnd ur listan eller lägg till den i listan.',
      ),
    ]);
  });

  test('matching ignores case and spaces', () => {
    const risks = cleanRecords().Risker!.map((r) => ({ ...r, namnd: ' SOCIAL nämnden ' }));
    expect(check(withRecords({ Risker: risks }))).toEqual([]);
  });

  test('group addressees get advice to split the row', () => {
    const recs = cleanRecords().Rekommendationer!.map((r, i) => ({ ...r, mottagare: ['Samtliga nämnder', 'övriga  nämnder'][i] }));
    const extra = { id: 'G1-3', granskningId: 'G1', rekommendation: 'Säkerställa', mottagare: 'Nämnderna' };
    expect(check(withRecords({ Rekommendationer: [...recs, extra] }))).toEqual([
      finding('warning', 'checkNamndGroup', 'Rekommendationer', 'E4', GROUP('Samtliga nämnder')),
      finding('warning', 'checkNamndGroup', 'Rekommendationer', 'E5', GROUP('övriga  nämnder')),
      finding('warning', 'checkNamndGroup', 'Rekommendationer', 'E6', GROUP('Nämnderna')),
    ]);
  });

  test('a group that the list itself holds is accepted', () => {
    const recs = cleanRecords().Rekommendationer!.map((r) => ({ ...r, mottagare: 'Samtliga nämnder' }));
    expect(check(withRecords({ Rekommendationer: recs }), { namnder: ['Kommunstyrelsen', 'Socialnämnden', 'Samtliga nämnder'] })).toEqual([]);
  });

  test('nothing is checked while the list is empty', () => {
    const risks = cleanRecords().Risker!.map((r) => ({ ...r, namnd: 'Vilken som helst' }));
    expect(check(withRecords({ Risker: risks }), { namnder: [] })).toEqual([]);
  });

  test('several bodies in one cell are checked one by one', () => {
    const recs = cleanRecords().Rekommendationer!.map((r, i) => ({ ...r, mottagare: ['Kommunstyrelsen, Socialnämnden', 'Socialnämnden och Tekniska nämden'][i] }));
    expect(check(withRecords({ Rekommendationer: recs }))).toEqual([
      finding(
        'warning',
        'checkNamndUnknown',
        'Rekommendationer',
        'E5',
        '”Tekniska nämden” finns inte i listan Nämnder på Inställningar; välj en nämnd ur listan eller lägg till den i listan.',
      ),
    ]);
  });
});
