import path from 'path';
import { adoptWorkbook, defaultScale } from '../../../src/core';
import { exampleRegister } from '../../../src/usecases/exampleRegister';
import { snapshotOf } from '../../../src/workbook/xlsx/snapshotOf';
import { tempDir, writeAndReread } from '../_lib/files';

describe('the working sheets init and adopt write are print-ready', () => {
  const dir = tempDir();

  test('A4, fitted, header row repeated, print area, footer with page numbers; numeric headers right-aligned', async () => {
    const { reread } = await writeAndReread(exampleRegister(defaultScale), path.join(dir, 'exempel.xlsx'));
    for (const name of ['Riskanalys', 'Internkontrollplan', 'Rekommendationer', 'Uppföljning', 'Sammanställning', 'Riskmatris']) {
      const ws = reread.getWorksheet(name)!;
      expect(ws.pageSetup.paperSize).toBe(9);
      expect(ws.pageSetup.printArea).toMatch(/^A1:[A-Z]+\d+$/);
      expect(ws.headerFooter.oddFooter).toContain('Sida &P av &N');
    }
    const risks = reread.getWorksheet('Riskanalys')!;
    expect(risks.pageSetup.printTitlesRow).toBe('3:3');
    expect(risks.pageSetup.orientation).toBe('landscape');
    expect(risks.getCell('F3').value).toBe('Sannolikhet');
    expect(risks.getCell('F3').alignment?.horizontal).toBe('right');
    expect(risks.getCell('E3').alignment?.horizontal).toBe('left');
    // The long description wraps: its row is taller than the default.
    expect(risks.getRow(4).height).toBeGreaterThan(15);
    expect(reread.getWorksheet('Riskmatris')!.pageSetup.orientation).toBe('portrait');
    expect(reread.getWorksheet('Riskmatris')!.pageSetup.fitToHeight).toBe(1);
    const summary = reread.getWorksheet('Sammanställning')!;
    expect(summary.getCell('B5').result).toBe('Åtgärdad');
    expect(summary.getCell('B5').alignment?.horizontal).toBe('right');
  }, 60_000);

  test('a new workbook opens on Riskanalys, so printing the active sheet does not print Inställningar', async () => {
    const { reread } = await writeAndReread(exampleRegister(defaultScale), path.join(dir, 'aktiv.xlsx'));
    const active = reread.views[0]?.activeTab ?? 0;
    expect(reread.worksheets[active].name).toBe('Riskanalys');
  });

  test('Fastställd and Beslutsnummer are on Inställningar and read back', async () => {
    const { reread } = await writeAndReread(exampleRegister(defaultScale), path.join(dir, 'plan.xlsx'));
    const settings = reread.getWorksheet('Inställningar')!;
    expect(settings.getCell('D4').value).toBe('Fastställd');
    expect(settings.getCell('G4').value).toBe('Beslutsnummer');
    const { register } = adoptWorkbook(snapshotOf(reread));
    expect(register.plan?.beslutsnummer).toBe('KS 2025/118');
    expect(register.plan?.faststalld).toEqual(new Date('2025-12-11T00:00:00Z'));
    expect(register.lists.riskkategorier).toContain('Fel och oegentligheter');
  }, 60_000);
});
