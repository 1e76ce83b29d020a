import { answerDeadlines, checkRegister, defaultScale, registerFromRecords, serialFromYmd, type RegisterData } from '../../../src/core';

const TODAY = serialFromYmd(2026, 11, 22);
const day = (m: number, d: number) => serialFromYmd(2026, m, d);

function register(audits: Record<string, unknown>[], recs: Record<string, unknown>[] = [], namnder: string[] = ['Kommunstyrelsen', 'Socialnämnden']): RegisterData {
  return registerFromRecords(defaultScale, { Granskningar: audits as never, Rekommendationer: recs as never }, { namnder });
}

describe('answerDeadlines', () => {
  test('late and due within 30 days, earliest first; 31 days ahead, a Beslutsdatum or no Svar senast is not listed', () => {
    const r = register([
      { id: 'G1', titel: 'Om 30 dagar', svarSenast: day(12, 22) },
      { id: 'G2', titel: 'Om 31 dagar', svarSenast: day(12, 23) },
      { id: 'G3', titel: 'Försenad', svarSenast: day(10, 1) },
      { id: 'G4', titel: 'Besvarad', svarSenast: day(10, 1), beslutsdatum: day(9, 30) },
      { id: 'G5', titel: 'Utan datum' },
      { id: 'G6', titel: 'I dag', svarSenast: '2026-11-22' },
      { id: 'G7', titel: 'Oläsligt', svarSenast: 'snart' },
    ]);
    expect(answerDeadlines(r, TODAY, []).map((d) => [d.id, d.daysLeft])).toEqual([
      ['G3', -52],
      ['G6', 0],
      ['G1', 30],
    ]);
  });

  test('the nämnder are those its recommendations name, groups expanded; else its Granskade nämnder', () => {
    const r = register(
      [
        { id: 'G1', titel: 'Delad', svarSenast: day(12, 1) },
        { id: 'G2', titel: 'Utan rekommendationer', svarSenast: day(12, 1), granskadeNamnder: 'Socialnämnden' },
      ],
      [
        { id: 'G1-1', granskningId: 'G1', mottagare: 'Socialnämnden' },
        { id: 'G1-2', granskningId: 'g1', mottagare: 'Samtliga nämnder' },
      ],
    );
    expect(answerDeadlines(r, TODAY, r.lists.namnder).map((d) => d.namnder)).toEqual([['Socialnämnden', 'Kommunstyrelsen'], ['Socialnämnden']]);
  });

  test('checkRegister warns at Svar senast, naming the nämnder; nothing for an answered granskning', () => {
    const r = register(
      [
        { id: 'G1', titel: 'It', svarSenast: day(12, 1) },
        { id: 'G2', titel: 'Bygglov', svarSenast: day(11, 21), beslutsdatum: day(11, 20) },
      ],
      [{ id: 'G1-1', granskningId: 'G1', rekommendation: 'Gör något', mottagare: 'Kommunstyrelsen och Socialnämnden' }],
    );
    const findings = checkRegister(r, { today: TODAY }).filter((f) => f.sheet === 'Granskningar');
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'checkAnswerDue',
        cell: 'G4',
        message: 'Yttrandet över ”It” från Kommunstyrelsen, Socialnämnden ska lämnas senast 2026-12-01 (om 9 dagar).',
      }),
    ]);
  });
});
