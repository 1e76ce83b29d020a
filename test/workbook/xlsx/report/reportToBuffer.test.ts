import JSZip from 'jszip';
import { defaultScale, registerFromRecords } from '../../../../src/core';
import { buildReport } from '../../../../src/usecases/report/buildReport';
import { reportToBuffer } from '../../../../src/workbook/xlsx/report';
import { snapshotFromBytes } from '../../../../src/workbook/xlsx/snapshotFromBytes';
import { PER } from '../../../usecases/report/_fixtures';

/*
 * Issue 22 in the pane's Rapport: reportToBuffer wrote a recommendation's literal "_x0041_" unescaped, so
 * Excel (and ExcelJS) read it back as "A".
 */
describe('reportToBuffer', () => {
  const report = (rekommendation: string) =>
    buildReport(
      registerFromRecords(defaultScale, {
        Granskningar: [{ id: 'G1', titel: 'Granskning av IT', ar: 2024 }],
        Rekommendationer: [{ id: 'G1-1', granskningId: 'G1', nr: 1, rekommendation, mottagare: 'Kommunstyrelsen' }],
      }),
      { namnd: 'Kommunstyrelsen', per: PER },
    );
  const texts = async (bytes: Uint8Array) => {
    const sheet = (await snapshotFromBytes(bytes)).sheets.find((s) => s.name === 'Rekommendationer')!;
    return sheet.values.flat().filter((v): v is string => typeof v === 'string');
  };

  test('a recommendation "_x0041_" reads back as "_x0041_", not "A"', async () => {
    const literal = 'Kod _x0041_ och _x000D_ står kvar';
    const bytes = await reportToBuffer(report(literal));
    expect(await texts(bytes)).toContain(literal);
    const strings = await (await JSZip.loadAsync(bytes)).file('xl/sharedStrings.xml')!.async('string');
    expect(strings).toContain('Kod _x005F_x0041_ och _x005F_x000D_ står kvar');
  });

  test('a report without such text is written as ExcelJS wrote it', async () => {
    expect(await texts(await reportToBuffer(report('Inventera system')))).toContain('Inventera system');
  });
});
