import { recipientsOf } from '../../../src/core';

const namnder = ['Kommunstyrelsen', 'Socialnämnden', 'Barn- och utbildningsnämnden', 'Kultur- och fritidsnämnden'];

describe('recipientsOf', () => {
  it.each([
    ['Socialnämnden', ['Socialnämnden']],
    [' socialnämnden ', ['Socialnämnden']],
    ['Kommunstyrelsen, Socialnämnden', ['Kommunstyrelsen', 'Socialnämnden']],
    ['Kommunstyrelsen och Socialnämnden', ['Kommunstyrelsen', 'Socialnämnden']],
    ['Kommunstyrelsen; Socialnämnden/Kommunstyrelsen', ['Kommunstyrelsen', 'Socialnämnden']],
    ['Barn- och utbildningsnämnden', ['Barn- och utbildningsnämnden']],
    ['Kommunstyrelsen samt Kultur- och fritidsnämnden', ['Kommunstyrelsen', 'Kultur- och fritidsnämnden']],
    ['Samtliga nämnder', namnder],
    ['Nämnderna', namnder],
    ['Kommunstyrelsen, övriga nämnder', namnder],
    ['Socialnämnden och övriga nämnder', ['Socialnämnden', 'Kommunstyrelsen', 'Barn- och utbildningsnämnden', 'Kultur- och fritidsnämnden']],
    ['Tekniska nämnden', ['Tekniska nämnden']],
  ])('%s', (mottagare, expected) => {
    expect(recipientsOf(mottagare, namnder)).toEqual(expected);
  });

  it('gives nothing for a blank cell', () => {
    expect(recipientsOf(null, namnder)).toEqual([]);
    expect(recipientsOf('  ', namnder)).toEqual([]);
  });

  it('expands a group to nothing when the kommun has no list', () => {
    expect(recipientsOf('Samtliga nämnder', [])).toEqual([]);
  });
});
