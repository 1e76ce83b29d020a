/*
 * The custom functions inside a real formula engine with Swedish formulas, as a Swedish Excel user types
 * them: IK.RISKVÄRDE(3;4), decimal comma, ranges on named sheets, the scale on Inställningar.
 */
import { DetailedCellError, type HyperFormula, type RawCellContent } from 'hyperformula';
import { swedishEngine } from './_lib/swedishFormulaEngine';
import { defaultScale, scaleToRange, type CellValue } from '../../src/core';
import { HANINGE_TABLE, haningeRows } from '../_lib/haninge';

const value = (hf: HyperFormula, sheet: string, a1: string) => {
  const address = hf.simpleCellAddressFromString(a1, hf.getSheetId(sheet)!)!;
  return hf.getCellValue(address);
};
const errorOf = (v: unknown) => (v instanceof DetailedCellError ? { type: v.type, message: v.message } : undefined);

describe('IK functions in Swedish HyperFormula', () => {
  test('=IK.RISKVÄRDE(3;4) and friends', async () => {
    const hf = await swedishEngine({
      Blad1: [
        ['=IK.RISKVÄRDE(3;4)', '=IK.RISKNIVÅ(A1)', '=IK.RISKVÄRDE(3,0;4)', '=IK.RISKVÄRDE("3";"4,0")', '=IK.RISKNIVÅ(IK.RISKVÄRDE(1;2))'],
        ['=IK.RISKVÄRDE(E2;4)', '=OM(IK.RISKNIVÅ(6)="Medel";"ja";"nej")', '=IK.RISKVÄRDE(D2;1)', null, null],
      ],
    });
    expect(hf.getSheetValues(hf.getSheetId('Blad1')!)[0]).toEqual([12, 'Hög', 12, 12, 'Låg']);
    expect(value(hf, 'Blad1', 'A2')).toBe('');
    expect(value(hf, 'Blad1', 'B2')).toBe('ja');
  });

  test('bad input is #VALUE! with a Swedish message naming sheet and cell', async () => {
    const hf = await swedishEngine({
      Riskanalys: [
        ['Risk', 'Sannolikhet', 'Konsekvens', 'Riskvärde'],
        ['Felaktig utbetalning', 5, 2, '=IK.RISKVÄRDE(B2;C2)'],
        ['Dataintrång', 2, 'hög', '=IK.RISKVÄRDE(B3;C3)'],
        ['Brand', '2,5', 1, '=IK.RISKVÄRDE(B4;C4)'],
      ],
    });
    expect(errorOf(value(hf, 'Riskanalys', 'D2'))).toEqual({ type: 'VALUE', message: 'Riskanalys!B2: Sannolikhet: 5 ligger utanför skalan; ange ett heltal 1–4.' });
    expect(errorOf(value(hf, 'Riskanalys', 'D3'))?.message).toBe('Riskanalys!C3: Konsekvens: ”hög” är inte en nivå; ange ett heltal 1–4.');
    expect(errorOf(value(hf, 'Riskanalys', 'D4'))?.message).toBe('Riskanalys!B4: Sannolikhet: 2,5 är inte ett heltal; ange ett heltal 1–4.');
  });

  test('=IK.RISKMATRIS spills the matrix as drawn, and follows a 5 × 5 scale range on Inställningar', async () => {
    const fiveByFive = scaleToRange({
      ...defaultScale,
      likelihood: { labels: ['Mycket låg', 'Låg', 'Medel', 'Hög', 'Mycket hög'] },
      consequence: { labels: ['Försumbar', 'Lindrig', 'Kännbar', 'Allvarlig', 'Katastrofal'] },
      bands: [
        { name: 'Låg', min: 1, max: 4, color: '#00B050' },
        { name: 'Medel', min: 5, max: 12, color: '#FFC000' },
        { name: 'Hög', min: 13, max: 25, color: '#FF0000' },
      ],
    }) as RawCellContent[][];
    const risks: RawCellContent[][] = [
      ['S', 'K'],
      [4, 1],
      [4, 1],
      [1, 4],
      [null, 3],
      [3, 3],
      [5, 5],
    ];
    const hf = await swedishEngine({
      // Rows 2–6 fit the default 4 × 4 scale; row 7 (5/5) only the 5 × 5 scale.
      Riskanalys: risks.map((r, i) => [...r, null, i === 0 ? '=IK.RISKMATRIS(A2:A6;B2:B6)' : i === 6 ? '=IK.RISKMATRIS(A2:A7;B2:B7)' : null]),
      Inställningar: fiveByFive,
      Matris5: [['=IK.RISKMATRIS(Riskanalys!A2:A7;Riskanalys!B2:B7;Inställningar!A1:F9)', null, null, null, null, null, '=IK.RISKNIVÅ(12;Inställningar!A1:F9)']],
    });
    const sheet = hf.getSheetValues(hf.getSheetId('Riskanalys')!);
    // Rows 1–4 of the spill, columns D–G: likelihood 4 on top.
    expect(sheet.slice(0, 4).map((r) => r.slice(3, 7))).toEqual([
      [2, 0, 0, 0],
      [0, 0, 1, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 1],
    ]);
    // On the default scale the 5/5 risk is an error naming its cells, not a dropped row.
    expect(errorOf(value(hf, 'Riskanalys', 'D7'))?.message).toBe('Riskanalys!A7: Sannolikhet: 5 ligger utanför skalan; ange ett heltal 1–4. (och 1 fel till)');
    // On the 5 × 5 scale the same risks plus a 5/5 fill a 5 × 5 matrix.
    const m5 = hf.getSheetValues(hf.getSheetId('Matris5')!);
    expect(m5.slice(0, 5).map((r) => r.slice(0, 5))).toEqual([
      [0, 0, 0, 0, 1],
      [2, 0, 0, 0, 0],
      [0, 0, 1, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 1, 0],
    ]);
    expect(value(hf, 'Matris5', 'G1')).toBe('Medel');
  });

  test('editing the band table on Inställningar changes every dependent level', async () => {
    const hf = await swedishEngine({
      Inställningar: scaleToRange(defaultScale) as RawCellContent[][],
      Riskanalys: [['=IK.RISKNIVÅ(4;Inställningar!A1:E8)']],
    });
    expect(value(hf, 'Riskanalys', 'A1')).toBe('Medel');
    // Låg becomes 1–4, Medel 5–8: the municipality that calls 4 low.
    hf.setCellContents(hf.simpleCellAddressFromString('D6', hf.getSheetId('Inställningar')!)!, [[4]]);
    hf.setCellContents(hf.simpleCellAddressFromString('C7', hf.getSheetId('Inställningar')!)!, [[5]]);
    expect(value(hf, 'Riskanalys', 'A1')).toBe('Låg');
    // A broken table is reported at its cell.
    hf.setCellContents(hf.simpleCellAddressFromString('C7', hf.getSheetId('Inställningar')!)!, [[4]]);
    expect(errorOf(value(hf, 'Riskanalys', 'A1'))?.message).toBe('Inställningar!B7: Risknivåerna ”Låg” och ”Medel” överlappar; varje riskvärde ska höra till exakt en nivå.');
  });

  test('English names work in an English engine', async () => {
    const { HyperFormula } = await import('hyperformula');
    await swedishEngine({}); // registers the plugin
    const hf = HyperFormula.buildFromArray([['=IK.RISKSCORE(3,4)', '=IK.RISKLEVEL(A1)']], { licenseKey: 'gpl-v3' });
    expect(hf.getSheetValues(0)[0]).toEqual([12, 'Hög']);
  });
});

describe('IK.SAMMANSTÄLLNING over the Haninge follow-up (EY 2024)', () => {
  // 44 rows typed from the report; the report's own summary table typed independently (test/_lib/haninge.ts).
  const rows = haningeRows();
  const reportTable = HANINGE_TABLE;

  test('the fixture has the 44 recommendations of 7 granskningar', () => {
    expect(rows).toHaveLength(44);
    expect(new Set(rows.map((r) => r[0])).size).toBe(7);
  });

  test('=IK.SAMMANSTÄLLNING(A2:A45;B2:B45) reproduces the report’s table: 31 / 13 / 0', async () => {
    const sheet: RawCellContent[][] = [['Granskning', 'Bedömning 2024'], ...rows.map((r) => [r[0], r[2]])];
    sheet[0][3] = '=IK.SAMMANSTÄLLNING(A2:A45;B2:B45;"Granskningar")';
    const hf = await swedishEngine({ Uppföljning: sheet });
    const values = hf.getSheetValues(hf.getSheetId('Uppföljning')!);
    const table = values.slice(0, 9).map((r) => r.slice(3, 9));
    expect(table[0]).toEqual(['Granskningar', 'Åtgärdad', 'Delvis åtgärdad', 'Ej åtgärdad', 'Ej bedömd', 'Totalt']);
    expect(table.slice(1, 8)).toEqual(reportTable.map(([g, a, d, e]) => [g, a, d, e, 0, a + d + e]));
    expect(table[8]).toEqual(['Totalt', 31, 13, 0, 0, 44]);
  });

  test('=IK.ANTALSTATUS per cell reconciles with the summary', async () => {
    const sheet: RawCellContent[][] = [['Granskning', 'Bedömning 2024'], ...rows.map((r) => [r[0], r[2]])];
    reportTable.forEach(([g], i) => {
      sheet[i + 1][3] = g;
      sheet[i + 1][4] = '=IK.ANTALSTATUS($A$2:$A$45;$B$2:$B$45;D' + (i + 2) + ';"Åtgärdad")';
      sheet[i + 1][5] = '=IK.ANTALSTATUS($A$2:$A$45;$B$2:$B$45;D' + (i + 2) + ';"delvis åtgärdad")';
    });
    sheet[9][4] = '=SUMMA(E2:E8)';
    sheet[9][5] = '=SUMMA(F2:F8)';
    const hf = await swedishEngine({ Uppföljning: sheet });
    const values = hf.getSheetValues(hf.getSheetId('Uppföljning')!);
    expect(values.slice(1, 8).map((r) => [r[4], r[5]])).toEqual(reportTable.map(([, a, d]) => [a, d]));
    expect([values[9][4], values[9][5]]).toEqual([31, 13]);
  });

  test('an unknown verdict makes the summary #VALUE! naming the cell, not a silent miscount', async () => {
    const sheet: RawCellContent[][] = [['Granskning', 'Bedömning 2024'], ...rows.map((r) => [r[0], r[2]] as CellValue[] as RawCellContent[])];
    sheet[17][1] = 'Klar';
    sheet[0][3] = '=IK.SAMMANSTÄLLNING(A2:A45;B2:B45)';
    const hf = await swedishEngine({ Uppföljning: sheet });
    expect(errorOf(value(hf, 'Uppföljning', 'D1'))?.message).toBe('Uppföljning!B18: Statusen ”Klar” är okänd; ange Åtgärdad, Delvis åtgärdad, Ej åtgärdad eller Ej bedömd.');
  });
});

describe('IK.FÖRSENADE in Swedish HyperFormula', () => {
  test('counts unfinished actions dated before the given day, with ISO dates typed in cells', async () => {
    const hf = await swedishEngine({
      Åtgärder: [
        ['Åtgärd', 'Klart senast', 'Status'],
        ['Revidera rutin', '2024-03-31', 'Åtgärdad'],
        ['Utbilda handläggare', '2024-03-31', 'Delvis åtgärdad'],
        ['Ta fram riktlinjer', '2024-12-31', 'Ej åtgärdad'],
        ['Anställ samordnare', null, 'Ej åtgärdad'],
        ['Riskanalys', '2024-05-01', null],
        [null, null, null, '=IK.FÖRSENADE(B2:B6;C2:C6;"2024-06-01")', '=IK.FÖRSENADE(B2:B6;C2:C6;DATUM(2025;1;1))'],
      ],
    });
    expect(value(hf, 'Åtgärder', 'D7')).toBe(2);
    expect(value(hf, 'Åtgärder', 'E7')).toBe(3);
  });
});

describe('IK.SENASTEBEDÖMNING in Swedish HyperFormula', () => {
  test('takes the latest round that has a verdict, whatever the row order', async () => {
    const hf = await swedishEngine({
      Uppföljning: [
        ['Rekommendation-id', 'Omgång', 'Bedömning'],
        ['R1', '2026', null],
        ['R1', 'Delår 2025', 'Delvis åtgärdad'],
        ['R1', '2024', 'Ej åtgärdad'],
        ['R2', '2024', 'Åtgärdad'],
        ['R3', '2026', null],
        [null, null, null, '=IK.SENASTEBEDÖMNING("R1";A2:A6;B2:B6;C2:C6)', '=IK.SENASTEBEDÖMNING("r2 ";A2:A6;B2:B6;C2:C6)', '=IK.SENASTEBEDÖMNING("R3";A2:A6;B2:B6;C2:C6)'],
        [null, null, null, '=IK.SENASTEBEDÖMNING("R1";A2:A6;B2:B5;C2:C6)'],
      ],
    });
    expect(value(hf, 'Uppföljning', 'D7')).toBe('Delvis åtgärdad');
    expect(value(hf, 'Uppföljning', 'E7')).toBe('Åtgärdad');
    expect(value(hf, 'Uppföljning', 'F7')).toBe('');
    expect(errorOf(value(hf, 'Uppföljning', 'D8'))?.type).toBe('VALUE');
  });
});
