/*
 * A column of =IK.KONTROLLÄGE passes one Kontrollutfall to every formula, and controlRows keeps what it found
 * for that range's cells. An edit between two formulas, in place in the same arrays, must show in the next.
 */
import { controlStatusOfRange, type CellValue } from '../../../src/core';

type Range = CellValue[][];

const status = (results: Range, id: string, period: CellValue = '') => controlStatusOfRange(id, 'Tertialvis', '', results, period).value!;

test('the same range in place: a changed Kontroll-id moves the result to the other control', () => {
  const results: Range = [
    ['Kontroll-id', 'Period', 'Genomförd'],
    ['K1', 'T1 2026', 'Ja'],
    ['K2', 'T1 2026', 'Ja'],
  ];
  for (let i = 0; i < 3; i++) expect([status(results, 'K1').genomford, status(results, 'k2').genomford]).toEqual([true, true]);
  results[2][0] = 'K1';
  expect([status(results, 'K1').genomford, status(results, 'K2').genomford]).toEqual([true, false]);
  results[2][0] = ' k2 ';
  expect([status(results, 'K1').genomford, status(results, 'K2').genomford]).toEqual([true, true]);
});

test('the same range in place: a changed Period moves the latest period of a formula given none', () => {
  const results: Range = [
    ['Kontroll-id', 'Period', 'Genomförd'],
    ['K1', 'T1 2026', 'Ja'],
    ['K2', 'T1 2026', 'Ja'],
  ];
  for (let i = 0; i < 3; i++) expect(status(results, 'K2').due).toEqual(['T1 2026']);
  // A formula given a period does not read the latest: the next one without must still see the edit.
  results[1][1] = 'T2 2026';
  expect(status(results, 'K2', 'T1 2026').due).toEqual(['T1 2026']);
  expect(status(results, 'K2')).toMatchObject({ due: ['T1 2026', 'T2 2026'], missing: ['T2 2026'], lage: 'Ej genomförd' });
  // A row without a Kontroll-id has no period.
  results[1][0] = '';
  expect(status(results, 'K2').due).toEqual(['T1 2026']);
});

test('a copy of the range with the same cells gives the same statuses as the range', () => {
  const results: Range = [['Kontroll-id', 'Period', 'Genomförd', 'Antal avvikelser']];
  for (let c = 1; c <= 20; c++) for (const t of ['T1', 'T2', 'T3']) results.push([`K${c}`, `${t} 2026`, c % 3 === 0 ? 'Nej' : 'Ja', c % 4]);
  const first = ['K1', 'K2', 'K3', 'K4', 'K20'].map((id) => status(results, id));
  const copy = results.map((row) => [...row]);
  expect(['K1', 'K2', 'K3', 'K4', 'K20'].map((id) => status(copy, id))).toEqual(first);
  expect(first.map((s) => s.lage)).toEqual(['Avvikelse', 'Avvikelse', 'Ej genomförd', 'Genomförd', 'Genomförd']);
});
