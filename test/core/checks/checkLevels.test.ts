import { scale5x5, type CellValue } from '../../../src/core';
import { check, finding } from './_lib/check';
import { cleanRecords, withRecords } from './_lib/buildRegister';

const risk = (sannolikhet: CellValue, konsekvens: CellValue) => ({ id: 'R4', namnd: 'Socialnämnden', beskrivning: 'Hot och våld', sannolikhet, konsekvens });

describe('checkLevels', () => {
  test('does not fire on a clean register', () => expect(check()).toEqual([]));

  test.each([
    [5, 2, 'levelOutOfRange', 'F7', 'Sannolikhet: 5 ligger utanför skalan; ange ett heltal 1–4.'],
    ['hög', 2, 'levelNotANumber', 'F7', 'Sannolikhet: ”hög” är inte en nivå; ange ett heltal 1–4.'],
    [2, '2,5', 'levelNotAnInteger', 'G7', 'Konsekvens: ”2,5” är inte ett heltal; ange ett heltal 1–4.'],
    [2, 0, 'levelOutOfRange', 'G7', 'Konsekvens: 0 ligger utanför skalan; ange ett heltal 1–4.'],
    [true, 2, 'levelNotANumber', 'F7', 'Sannolikhet: SANT är inte en nivå; ange ett heltal 1–4.'],
  ])('sannolikhet %p, konsekvens %p is an error %s in %s', (s, k, code, cell, message) => {
    const found = check(withRecords({ Risker: [...cleanRecords().Risker!, risk(s, k)] }));
    expect(found).toEqual([finding('error', code, 'Riskanalys', cell, message)]);
  });

  test('reports both axes of one risk', () => {
    const found = check(withRecords({ Risker: [...cleanRecords().Risker!, risk(7, 'x')] }));
    expect(found.map((f) => [f.cell, f.code])).toEqual([
      ['F7', 'levelOutOfRange'],
      ['G7', 'levelNotANumber'],
    ]);
  });

  test('follows the register’s scale: 5 is a level on 5 × 5', () => {
    const records = withRecords({ Risker: [...cleanRecords().Risker!, risk(5, '5')] });
    expect(check(records, { scale: scale5x5 }).filter((f) => f.code.startsWith('level'))).toEqual([]);
    expect(check(records, { scale: scale5x5 }).map((f) => f.code)).toEqual(['checkHighRiskWithoutControl']);
  });

  test('level text as typed ("3,0", " 2 ") is a level', () => {
    expect(check(withRecords({ Risker: [...cleanRecords().Risker!, risk('1,0', ' 2 ')] }))).toEqual([]);
  });
});
