import { defaultScale, registerFromRecords, serialFromYmd } from '../../../src/core';
import { buildYttrande, findGranskning, yttrandeNamnder } from '../../../src/usecases/yttrande/buildYttrande';
import { answersDueByNamnd } from '../../../src/usecases/yttrande/answersDueByNamnd';
import { yttrandeFileName } from '../../../src/usecases/yttrande/yttrandeFileName';

const register = registerFromRecords(
  defaultScale,
  {
    Granskningar: [
      { id: 'G1', titel: 'Granskning av intern kontroll', ar: 2026, revisionsforetag: 'KPMG', rapportdatum: '2026-09-01', svarSenast: serialFromYmd(2026, 12, 1) },
      { id: 'G2', titel: 'Granskning av bygglov', ar: 2025, svarSenast: '2026-01-15', beslutsdatum: '2026-01-10', paragraf: '§ 4' },
    ],
    Rekommendationer: [
      { id: 'G1-3', granskningId: 'G1', nr: 3, rekommendation: '  Följ upp kontrollerna.  ', mottagare: 'Samtliga nämnder' },
      {
        id: 'G1-1',
        granskningId: 'G1',
        nr: 1,
        rekommendation: 'Ta fram rutiner',
        mottagare: 'Kommunstyrelsen, Socialnämnden',
        stallningstagande: 'Instämmer delvis',
        svar: 'Rutiner finns delvis.',
        ansvarig: 'Kanslichef',
        klartSenast: serialFromYmd(2027, 3, 31),
      },
      { id: 'G1-2', granskningId: 'G1', nr: 2, rekommendation: 'Dokumentera', mottagare: 'Kommunstyrelsen', atgard: 'Dokumentationsrutin', klartSenast: 'hösten 2027' },
      { id: 'G2-1', granskningId: 'G2', nr: 1, rekommendation: 'Korta handläggningstiderna', mottagare: 'Kultur- och fritidsnämnden' },
    ],
  },
  { namnder: ['Kommunstyrelsen', 'Socialnämnden', 'Kultur- och fritidsnämnden'] },
);

describe('buildYttrande', () => {
  test('finds a granskning by id, title or "title (år)", ignoring case and spaces', () => {
    for (const q of ['g1', 'granskning av  intern kontroll', 'Granskning av intern kontroll (2026)']) expect(findGranskning(register, q)?.values.id).toBe('G1');
    expect(findGranskning(register, 'Granskning av IT')).toBeUndefined();
  });

  test('the nämnder that owe a yttrande: each body named, groups expanded, in the order first named', () => {
    expect(yttrandeNamnder(register, findGranskning(register, 'G1')!)).toEqual(['Kommunstyrelsen', 'Socialnämnden', 'Kultur- och fritidsnämnden']);
  });

  test('each nämnd gets the recommendations addressed to it, by number, answered or "Svar saknas", dates as ISO, nothing invented', () => {
    const ks = buildYttrande(register, findGranskning(register, 'G1')!, 'Kommunstyrelsen');
    expect(ks).toMatchObject({
      namnd: 'Kommunstyrelsen',
      granskningId: 'G1',
      titel: 'Granskning av intern kontroll',
      ar: '2026',
      revisionsforetag: 'KPMG',
      rapportdatum: '2026-09-01',
      svarSenast: '2026-12-01',
      beslutsdatum: null,
      paragraf: null,
      missing: 1,
    });
    expect(ks.recommendations).toEqual([
      {
        id: 'G1-1',
        nr: '1',
        rekommendation: 'Ta fram rutiner',
        stallningstagande: 'Instämmer delvis',
        svar: 'Rutiner finns delvis.',
        atgard: null,
        ansvarig: 'Kanslichef',
        klartSenast: '2027-03-31',
        answered: true,
      },
      {
        id: 'G1-2',
        nr: '2',
        rekommendation: 'Dokumentera',
        stallningstagande: null,
        svar: null,
        atgard: 'Dokumentationsrutin',
        ansvarig: null,
        klartSenast: 'hösten 2027',
        answered: true,
      },
      { id: 'G1-3', nr: '3', rekommendation: 'Följ upp kontrollerna.', stallningstagande: null, svar: null, atgard: null, ansvarig: null, klartSenast: null, answered: false },
    ]);
    expect(buildYttrande(register, findGranskning(register, 'G1')!, 'Socialnämnden').recommendations.map((r) => r.id)).toEqual(['G1-1', 'G1-3']);
    expect(buildYttrande(register, findGranskning(register, 'G2')!, 'Kultur- och fritidsnämnden')).toMatchObject({ beslutsdatum: '2026-01-10', paragraf: '§ 4', missing: 1 });
    expect(yttrandeFileName({ granskningId: 'G1', namnd: 'Kultur/fritid' })).toBe('Yttrande G1 Kultur-fritid.docx');
  });

  test('answersDueByNamnd lists a shared granskning under each nämnd, in the kommun’s order', () => {
    const due = answersDueByNamnd(register, serialFromYmd(2026, 11, 22));
    expect(due.map((d) => [d.namnd, d.deadlines.map((x) => x.line)])).toEqual([
      ['Kommunstyrelsen', ['Granskning av intern kontroll: svar senast 2026-12-01 (om 9 dagar)']],
      ['Socialnämnden', ['Granskning av intern kontroll: svar senast 2026-12-01 (om 9 dagar)']],
      ['Kultur- och fritidsnämnden', ['Granskning av intern kontroll: svar senast 2026-12-01 (om 9 dagar)']],
    ]);
  });
});
