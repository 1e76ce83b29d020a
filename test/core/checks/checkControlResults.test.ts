import type { CellValue } from '../../../src/core';
import { check, finding } from './_lib/check';
import { withRecords } from './_lib/buildRegister';

const OK = { kontrollId: 'K1', period: 'T1 2026', genomford: 'Ja', urval: 20, antalAvvikelser: 0, resultat: 'Inga fel', avvikelse: 'Ingen' };
const results = (...rows: Record<string, CellValue>[]) => check(withRecords({ Kontrollutfall: rows }));
const at = (code: string, cell: string, message: string) => finding('error', code, 'Kontrollutfall', cell, message);

describe('checkControlResults (through checkRegister)', () => {
  test('a clean result gives nothing', () => expect(results(OK)).toEqual([]));

  test.each<[string, Record<string, CellValue>, ReturnType<typeof at>]>([
    [
      'a result for an unknown control',
      { kontrollId: 'K9' },
      at('checkResultControlMissing', 'A4', 'Utfallet gäller kontroll K9 som inte finns i Internkontrollplan; ange ett Kontroll-id som finns där.'),
    ],
    [
      'a period without a year',
      { period: 'T2' },
      at('resultPeriodInvalid', 'B4', 'Perioden ”T2” är ingen period; ange tillfället med år, till exempel ”T2 2026”, ”Delår 2026”, ”Helår 2026”, 2026 eller 2026-04-30.'),
    ],
    [
      'a period that is no date',
      { period: '2026-13-45' },
      at('resultPeriodInvalid', 'B4', 'Perioden ”2026-13-45” är ingen period; ange tillfället med år, till exempel ”T2 2026”, ”Delår 2026”, ”Helår 2026”, 2026 eller 2026-04-30.'),
    ],
    [
      'Genomförd = Nej with no Resultat',
      { genomford: 'Nej', resultat: '' },
      at('resultNotDoneWithoutReason', 'H4', 'Kontrollen är inte genomförd men Resultat är tomt; skriv varför kontrollen inte genomfördes.'),
    ],
    [
      'more deviations than the urval',
      { urval: 10, antalAvvikelser: 12 },
      at('resultDeviationsAboveSample', 'G4', 'Antal avvikelser (12) är fler än urvalet (10); rätta antalet avvikelser eller urvalet.'),
    ],
    [
      'a Väsentlig avvikelse with no Åtgärd',
      { avvikelse: 'Väsentlig', antalAvvikelser: 2 },
      at('resultSignificantWithoutAction', 'J4', 'Avvikelsen är väsentlig men Åtgärd är tom; skriv vilken åtgärd som vidtas och vem som ansvarar.'),
    ],
    ['an unknown Genomförd', { genomford: 'kanske' }, at('resultGenomfordUnknown', 'C4', 'Genomförd ”kanske” är okänd; ange Ja, Delvis eller Nej.')],
    ['an unknown Avvikelse', { avvikelse: 'medel' }, at('resultAvvikelseUnknown', 'I4', 'Avvikelsen ”medel” är okänd; ange Ingen, Mindre eller Väsentlig.')],
    ['an urval that is not a count', { urval: 'tjugo' }, at('resultNotANumber', 'F4', 'Urval ”tjugo” är inget antal; ange ett heltal 0 eller större.')],
  ])('%s', (_what, change, expected) => {
    expect(results({ ...OK, ...change })).toEqual([expected]);
  });

  test('Nej with a reason, a Väsentlig with an åtgärd, and deviations within the urval are fine', () => {
    expect(results({ ...OK, genomford: 'Nej', resultat: 'Personalbrist' }, { ...OK, avvikelse: 'Väsentlig', antalAvvikelser: 20, atgard: 'Ny rutin' })).toEqual([]);
  });

  test('blank Kontroll-id and Period are required', () => {
    expect(results({ ...OK, kontrollId: '', period: '' }).map((f) => [f.code, f.cell])).toEqual([
      ['checkRequiredBlank', 'A4'],
      ['checkRequiredBlank', 'B4'],
    ]);
  });
});
