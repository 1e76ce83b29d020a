import { serialFromYmd, type CellValue } from '../../../src/core';
import { check, finding } from './_lib/check';
import { cleanRecords, TODAY, withRecords } from './_lib/buildRegister';

const G1_2 = cleanRecords().Rekommendationer![1];
const withSecond = (changes: Record<string, CellValue>, followUps = cleanRecords().Uppföljningar!) =>
  withRecords({ Rekommendationer: [cleanRecords().Rekommendationer![0], { ...G1_2, ...changes }], Uppföljningar: followUps });

describe('checkOverdueActions', () => {
  test('does not fire on a clean register', () => expect(check()).toEqual([]));

  test('an action past its date whose recommendation is not Åtgärdad is a warning at Klart senast', () => {
    expect(check(withSecond({ klartSenast: '2024-03-31', senasteBedomning: 'delvis åtgärdat' }))).toEqual([
      finding(
        'warning',
        'checkActionOverdue',
        'Rekommendationer',
        'I5',
        'Åtgärden skulle vara klar 2024-03-31 men rekommendationen är Delvis åtgärdad; följ upp åtgärden med den som är ansvarig.',
      ),
    ]);
  });

  test('no verdict yet reads as Ej bedömd', () => {
    const found = check(withSecond({ klartSenast: serialFromYmd(2024, 12, 31) }));
    expect(found.map((f) => f.message)).toEqual(['Åtgärden skulle vara klar 2024-12-31 men rekommendationen är Ej bedömd; följ upp åtgärden med den som är ansvarig.']);
  });

  test('the latest follow-up round decides, over earlier rounds and the row’s own cell', () => {
    const rounds = [
      ...cleanRecords().Uppföljningar!,
      { rekommendationId: 'G1-2', omgang: '2024', bedomning: 'Åtgärdad' },
      { rekommendationId: 'g1-2', omgang: '2025', bedomning: 'Ej åtgärdad' },
    ];
    const found = check(withSecond({ klartSenast: '2024-03-31', senasteBedomning: 'Åtgärdad' }, rounds));
    expect(found.map((f) => f.message)).toEqual(['Åtgärden skulle vara klar 2024-03-31 men rekommendationen är Ej åtgärdad; följ upp åtgärden med den som är ansvarig.']);
    expect(check(withSecond({ klartSenast: '2024-03-31' }, rounds.slice(0, 2)))).toEqual([]);
  });

  test('dates as Excel and ExcelJS give them, and only before today', () => {
    expect(check(withSecond({ klartSenast: new Date(Date.UTC(2024, 2, 31)) })).map((f) => f.cell)).toEqual(['I5']);
    expect(check(withSecond({ klartSenast: TODAY }))).toEqual([]);
    expect(check(withSecond({ klartSenast: TODAY - 1 })).map((f) => f.code)).toEqual(['checkActionOverdue']);
  });

  test('an unknown status is left to checkStatuses, an unreadable date to checkDates', () => {
    expect(check(withSecond({ klartSenast: '2024-03-31', senasteBedomning: 'klar' })).map((f) => f.code)).toEqual(['statusUnknown']);
    expect(check(withSecond({ klartSenast: 'våren 2024' })).map((f) => f.code)).toEqual(['dateInvalid']);
  });

  test('no today, no overdue actions', () => {
    expect(check(withSecond({ klartSenast: '2024-03-31' }), {}, Number.NaN)).toEqual([]);
  });
});
