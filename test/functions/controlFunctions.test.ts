/*
 * The internkontrollplan's functions (issue 19) in Swedish HyperFormula as a Swedish Excel user types them,
 * over the holdout plan of test/cli/utfall.test.ts: the same läge and counts `uppsikt utfall --json` gives.
 */
import { DetailedCellError, type HyperFormula, type RawCellContent } from 'hyperformula';
import { swedishEngine } from './_lib/swedishFormulaEngine';
import { PLAN, RESULTS } from '../cli/_lib/controllerPlan';

const RISKS: RawCellContent[][] = [
  ['Id', 'Nämnd', 'Riskbeskrivning'],
  ['R1', 'Socialnämnden', 'a'],
  ['R2', 'Socialnämnden', 'b'],
  ['R3', 'Kommunstyrelsen', 'c'],
  ['R4', 'Kommunstyrelsen', 'd'],
  ['R5', 'Barn- och utbildningsnämnden', 'e'],
  ['R6', 'Barn- och utbildningsnämnden', 'f'],
];
// The results as Uppsikt's Kontrollutfall holds them: the period with its year, headers in Uppsikt's words.
const RESULT_ROWS: RawCellContent[][] = [
  ['Kontroll-id', 'Period', 'Genomförd', 'Urval', 'Antal avvikelser', 'Resultat', 'Åtgärd'],
  ...RESULTS.map(([id, tertial, utford, , granskade, avvikelser, resultat, atgard]) => [
    id,
    `${tertial} 2026`,
    utford,
    granskade,
    avvikelser,
    resultat,
    atgard === '' ? null : atgard,
  ]),
];
const LAST = RESULT_ROWS.length;
// Kontroller with the two computed columns, as Uppsikt's formulas would fill them.
const CONTROLS: RawCellContent[][] = [
  ['Id', 'Risk-id', 'Kontrollmoment', 'Frekvens', 'Tidpunkt', 'Läge', 'Genomförda tillfällen', 'Läge T1'],
  ...PLAN.map(([id, riskId, moment, frekvens, tidpunkt], i) => {
    const r = i + 2;
    return [
      id,
      riskId,
      moment,
      frekvens,
      tidpunkt === '' ? null : tidpunkt,
      `=IK.KONTROLLÄGE(A${r};D${r};E${r};Kontrollutfall!$A$1:$G$${LAST})`,
      `=IK.TILLFÄLLEN(A${r};D${r};E${r};Kontrollutfall!$A$1:$G$${LAST})`,
      `=IK.KONTROLLÄGE(A${r};D${r};E${r};Kontrollutfall!$A$1:$G$${LAST};"T1 2026";Inställningar!$A$1:$A$3)`,
    ];
  }),
];

const sheet = (hf: HyperFormula, name: string) => hf.getSheetValues(hf.getSheetId(name)!);

describe('IK.KONTROLLÄGE, IK.TILLFÄLLEN and IK.UTFALLPERNÄMND in Swedish HyperFormula', () => {
  let hf: HyperFormula;
  beforeAll(async () => {
    hf = await swedishEngine({
      Risker: RISKS,
      Kontroller: CONTROLS,
      Kontrollutfall: RESULT_ROWS,
      Inställningar: [['T1'], ['T2'], ['T3']],
      // Each spill on its own sheet: HyperFormula reserves a spill's largest size (a row per control).
      Översikt: [['=IK.UTFALLPERNÄMND(Kontroller!A1:E13;Risker!A1:C7;Kontrollutfall!A1:G' + LAST + ')']],
      T1: [['=IK.UTFALLPERNÄMND(Kontroller!A1:E13;Risker!A1:C7;Kontrollutfall!A1:G' + LAST + ';"T1 2026")']],
      Fel: [['=IK.UTFALLPERNÄMND(Kontroller!A1:E13;Risker!A1:C7;Kontrollutfall!A1:G' + LAST + ';"T9")']],
    });
  });

  test('each control\'s läge and "X av Y" up to the latest period, and up to T1 2026', () => {
    const rows = sheet(hf, 'Kontroller').slice(1, 13);
    expect(Object.fromEntries(rows.map((r) => [r[0], [r[5], r[6]]]))).toEqual({
      K1: ['Avvikelse', '2 av 2'],
      K2: ['Ej genomförd', '0 av 1'],
      K3: ['Genomförd', '1 av 1'],
      K4: ['Ej aktuell än', '0 av 0'],
      K5: ['Genomförd', '2 av 2'],
      K6: ['Ej genomförd', '1 av 2'],
      K7: ['Genomförd', '1 av 1'],
      K8: ['Genomförd', '2 av 2'],
      K9: ['Ej genomförd', '0 av 2'],
      K10: ['Genomförd', '0 av 0'],
      K11: ['Avvikelse', '1 av 1'],
      K12: ['Ej genomförd', '1 av 2'],
    });
    // At T1 Kommunstyrelsen's K6 had its deviation open and K7 (Halvårsvis) was not yet due; K10's
    // result is from T2.
    expect(rows.filter((r) => ['K6', 'K7', 'K9', 'K10'].includes(String(r[0]))).map((r) => [r[0], r[7]])).toEqual([
      ['K6', 'Avvikelse'],
      ['K7', 'Ej aktuell än'],
      ['K9', 'Ej genomförd'],
      ['K10', 'Ej aktuell än'],
    ]);
  });

  test('the spill per nämnd holds the counts uppsikt utfall --json gives, with Totalt', () => {
    const values = sheet(hf, 'Översikt');
    const table = values.slice(0, 5).map((r) => r.slice(0, 8));
    expect(table[0]).toEqual(['Nämnd', 'Kontroller', 'Genomförda', 'Ej genomförda', 'Med avvikelse', 'Väsentliga', 'Tillfällen', 'Genomförda tillfällen']);
    expect([...table.slice(1, 4)].sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'sv'))).toEqual([
      ['Barn- och utbildningsnämnden', 4, 3, 1, 1, 0, 5, 2],
      ['Kommunstyrelsen', 4, 4, 0, 1, 0, 7, 6],
      ['Socialnämnden', 4, 2, 2, 1, 0, 4, 3],
    ]);
    expect(table[4]).toEqual(['Totalt', 12, 9, 3, 3, 0, 16, 11]);
    // Up to T1 2026: Kommunstyrelsen K5, K6, K8 done (3 occasions), K7 not due.
    const t1 = sheet(hf, 'T1')
      .slice(0, 5)
      .map((r) => r.slice(0, 8));
    expect(t1.find((r) => r[0] === 'Kommunstyrelsen')).toEqual(['Kommunstyrelsen', 4, 3, 1, 1, 0, 3, 3]);
  });

  test('a period that is not a period is #VÄRDEFEL! with a Swedish message naming the cell', () => {
    const error = hf.getCellValue({ sheet: hf.getSheetId('Fel')!, row: 0, col: 0 });
    expect(error).toBeInstanceOf(DetailedCellError);
    expect((error as DetailedCellError).type).toBe('VALUE');
    expect((error as DetailedCellError).message).toMatch(/T9/);
  });
});
