import path from 'path';
import ExcelJS from 'exceljs';
import { adoptWorkbook, controlOverview, controlResults, defaultScale, registerFromRecords, serialFromYmd } from '../../../src/core';
import { readXlsx, renderUppsikt, writeXlsx } from '../../../src/workbook/xlsx';
import { tempDir, TODAY } from '../_lib/files';

// Kontrollutfall written by the xlsx adapter and read back gives the same results and the same overview, with
// its drop-downs and the new lists on Inställningar.
test('Kontrollutfall survives a write and a read: same rows, same overview', async () => {
  const register = registerFromRecords(
    defaultScale,
    {
      Risker: [{ id: 'R1', namnd: 'Socialnämnden', beskrivning: 'Felaktiga utbetalningar', sannolikhet: 3, konsekvens: 4 }],
      Kontroller: [{ id: 'K1', riskId: 'R1', kontrollmoment: 'Stickprov', frekvens: 'Tertialvis' }],
      Kontrollutfall: [
        {
          kontrollId: 'K1',
          period: 'T1 2026',
          genomford: 'Ja',
          datum: serialFromYmd(2026, 4, 20),
          urval: 20,
          antalAvvikelser: 2,
          resultat: 'Två fel',
          avvikelse: 'Mindre',
          atgard: 'Utbildning',
          klartSenast: serialFromYmd(2026, 6, 30),
          atgardad: 'Nej',
        },
        { kontrollId: 'K1', period: 'T2 2026', genomford: 'Nej', resultat: 'Personalbrist' },
      ],
    },
    { namnder: ['Socialnämnden'] },
  );
  const file = path.join(tempDir(), 'utfall.xlsx');
  const workbook = new ExcelJS.Workbook();
  renderUppsikt(workbook, register, { today: TODAY });
  await writeXlsx(workbook, file);

  const snapshot = await readXlsx(file);
  expect(snapshot.tables.map((t) => t.name)).toContain('Kontrollutfall');
  const read = adoptWorkbook(snapshot).register;
  expect(read.lists.rapporteringspunkter).toEqual(['T1', 'T2', 'T3']);
  expect(read.lists.genomford).toEqual(['Ja', 'Delvis', 'Nej']);
  expect(read.lists.avvikelsegrader).toEqual(['Ingen', 'Mindre', 'Väsentlig']);
  const strip = (r: ReturnType<typeof controlResults>[number]) => ({ ...r, row: r.row.row });
  expect(controlResults(read).map(strip)).toEqual(controlResults(register).map(strip));
  const counts = (r: typeof register) => controlOverview(r, { period: 'T2 2026' }).value!.byNamnd;
  expect(counts(read)).toEqual(counts(register));
  expect(counts(read)[0]).toMatchObject({ kontroller: 1, genomforda: 1, tillfallen: 2, genomfordaTillfallen: 1, medAvvikelse: 1, atgarderOppna: 1 });

  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.readFile(file);
  const sheet = loaded.getWorksheet('Kontrollutfall')!;
  expect(sheet.getCell('C4').dataValidation).toMatchObject({ type: 'list', formulae: ['Lista_Genomford'] });
  expect(sheet.getCell('I4').dataValidation).toMatchObject({ type: 'list', formulae: ['Lista_Avvikelsegrader'] });
});
