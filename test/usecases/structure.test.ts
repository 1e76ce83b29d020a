import { adoptWorkbook, defaultScale, SCHEMA_VERSION, uppsiktSchema } from '../../src/core';
import { exampleRegister } from '../../src/usecases/exampleRegister';
import { applyStructure, newRegister, planStructure, SCALE_CHOICES, structureKind, structureRegister } from '../../src/usecases/structure';
import { OfficeWorkbook } from '../../src/workbook/office';
import { FakeWorkbook } from '../workbook/office/_lib/fakeExcel';
import { PORTS, readBack, rowsOf } from './_lib/ports';

describe('newRegister', () => {
  test('a preset scale, empty or with the example; an unknown scale is undefined', () => {
    expect(SCALE_CHOICES).toEqual(['4x4', '5x5']);
    expect(newRegister('5x5')?.scale.likelihood.labels).toHaveLength(5);
    expect(newRegister('4x4')?.tables.Risker?.rows ?? []).toHaveLength(0);
    expect(newRegister('4x4', true)?.tables.Risker?.rows).toHaveLength(10);
    expect(newRegister('3x3')).toBeUndefined();
    expect(newRegister('constructor')).toBeUndefined();
  });
});

describe.each(PORTS)('creating the structure through $name', (ports) => {
  test('in a blank workbook: the plan lists every sheet, the write says what it did, then there is nothing to do', async () => {
    const port = await ports.blank();
    const adoption = adoptWorkbook(await port.read());
    expect(structureKind(adoption)).toMatchObject({ blank: true, isUppsikt: false, ownTables: [] });
    const register = structureRegister(adoption, { start: { scale: '4x4', example: true } });
    expect(register).toEqual(exampleRegister(defaultScale));

    const planned = await planStructure(port, register);
    expect(planned.nothingToDo).toBe(false);
    expect(planned.plan.add.map((a) => a.name)).toEqual(uppsiktSchema.sheets.map((s) => s.name));
    expect(await applyStructure(port, planned)).toBe(`Klart: nya flikar ${uppsiktSchema.sheets.map((s) => s.name).join(', ')}. Dina egna flikar är oförändrade.`);

    const back = await port.read();
    expect(structureKind(adoptWorkbook(back)).isUppsikt).toBe(true);
    expect(rowsOf(adoptWorkbook(back).register, 'Risker', ['id'])).toEqual(rowsOf(register, 'Risker', ['id']));
    const again = await planStructure(port, structureRegister(adoptWorkbook(back)));
    expect(again.nothingToDo).toBe(true);
    expect(adoptWorkbook(back).report.schemaVersion).toBe(SCHEMA_VERSION);
  });
});

describe("adopting the user's own sheet (Excel double)", () => {
  test("copies it into Uppsikt's table with the ids asked for, leaving the sheet as it was", async () => {
    const fake = new FakeWorkbook();
    const mine = fake.addSheet('Risker 2025', [
      ['Nr', 'Risk', 'Ansvarig nämnd', 'Sannolikhet', 'Konsekvens'],
      ['', 'Felaktiga utbetalningar', 'Socialnämnden', 3, 4],
      ['', 'Sena bygglov', 'Samhällsbyggnadsnämnden', 2, 2],
    ]);
    const before = mine.dump();
    const port = new OfficeWorkbook(fake.run);
    const adoption = adoptWorkbook(await port.read());
    const kind = structureKind(adoption);
    expect(kind.ownTables.map((t) => [t.sheet, t.table])).toEqual([['Risker 2025', 'Risker']]);

    // Without fills the register is adoption's (as `uppsikt adopt` writes it); with them, blank ids are filled.
    expect(structureRegister(adoption)).toBe(adoption.register);
    const register = structureRegister(adoption, { fills: { Risker: { ids: true } }, start: { scale: '5x5' } });
    expect(rowsOf(register, 'Risker', ['id', 'beskrivning'])).toEqual([
      ['R1', 'Felaktiga utbetalningar'],
      ['R2', 'Sena bygglov'],
    ]);
    const planned = await planStructure(port, register);
    expect(planned.plan.copyFrom).toEqual([{ sheet: 'Risker 2025', table: 'Risker', rows: 2 }]);
    expect(await applyStructure(port, planned)).toMatch(/; kopierat 2 rader från Risker 2025 till Riskanalys\. Dina egna flikar är oförändrade\.$/);
    expect(mine.dump()).toEqual(before);
    expect(rowsOf(await readBack(port), 'Risker', ['id', 'beskrivning'])).toEqual(rowsOf(register, 'Risker', ['id', 'beskrivning']));
  });
});
