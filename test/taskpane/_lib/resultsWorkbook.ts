import { defaultScale, registerFromRecords, type CellValue, type RegisterData } from '../../../src/core';
import { exampleRegister } from '../../../src/usecases/exampleRegister';
import { workbookWith } from './renderApp';

/** The example plan with these Kontrollutfall rows (the example's own results are another branch's). */
export function exampleWithResults(results: readonly Record<string, CellValue>[]): RegisterData {
  const example = exampleRegister(defaultScale);
  const records = Object.fromEntries(Object.entries(example.tables).map(([name, table]) => [name, (table?.rows ?? []).map((r) => r.values)]));
  return { ...registerFromRecords(defaultScale, { ...records, Kontrollutfall: results }, example.lists), ...(example.plan ? { plan: example.plan } : {}) };
}

/** K1 (monthly) done at T1 with a deviation, K2 (half-yearly) not done at T2, K4 (tertial) done at T1 with a Väsentlig avvikelse and no åtgärd. */
export const RESULTS: readonly Record<string, CellValue>[] = [
  {
    kontrollId: 'K1',
    period: 'T1 2026',
    genomford: 'Ja',
    datum: new Date('2026-04-20T00:00:00Z'),
    utfordAv: 'Eva',
    urval: 20,
    antalAvvikelser: 2,
    resultat: 'Två utan kontoutdrag',
    avvikelse: 'Mindre',
    atgard: 'Rutinen förtydligad',
  },
  { kontrollId: 'K2', period: 'T2 2026', genomford: 'Nej', resultat: 'Ingen tid' },
  { kontrollId: 'K4', period: 'T1 2026', genomford: 'Ja', urval: 5, antalAvvikelser: 1, avvikelse: 'Väsentlig' },
];

export const resultsWorkbook = () => workbookWith(exampleWithResults(RESULTS));
