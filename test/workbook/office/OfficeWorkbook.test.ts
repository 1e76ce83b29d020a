import { adoptWorkbook, defaultScale, LISTS, registerFromRecords, scale5x5, uppsiktSchema, type RegisterData, type UppsiktError } from '../../../src/core';
import { exampleRegister } from '../../../src/usecases/exampleRegister';
import { OfficeWorkbook, writeChunks } from '../../../src/workbook/office';
import { FakeWorkbook } from './_lib/fakeExcel';

const port = (fake: FakeWorkbook, readCellsPerChunk?: number) => new OfficeWorkbook(fake.run, { readCellsPerChunk });

describe('OfficeWorkbook.createStructure in a blank workbook', () => {
  let fake: FakeWorkbook;
  let office: OfficeWorkbook;
  const register = exampleRegister(defaultScale);

  beforeAll(async () => {
    fake = new FakeWorkbook();
    office = port(fake);
    const result = await office.createStructure(register);
    expect(result.sheets).toEqual(uppsiktSchema.sheets.map((s) => s.name));
  });

  test('uses at most 5 round trips (measured: 2), with calculation suspended for the write', () => {
    expect(office.lastRoundTrips).toBeLessThanOrEqual(5);
    expect(office.lastRoundTrips).toBe(fake.syncs);
    expect(fake.suspendedCalculation).toBeGreaterThan(0);
    expect(fake.suspendedScreen).toBeGreaterThan(0);
  });

  test('every table, with its name and headers, at the schema header row, header frozen', () => {
    for (const sheet of uppsiktSchema.sheets) {
      for (const spec of sheet.tables) {
        const table = fake.tables.find((t) => t.name === spec.name)!;
        expect(table.sheet.name).toBe(sheet.name);
        expect(table.top).toBe(spec.headerRow - 1);
        expect(table.headers).toEqual(spec.columns.map((c) => c.header));
        expect(table.rows - 1).toBe(Math.max(register.tables[spec.name]!.rows.length, 1));
        expect(table.sheet.frozenRows).toBe(spec.headerRow);
      }
    }
  });

  test('computed columns get the typed formula with invariant names; drop-downs and colours are set', () => {
    const risks = fake.sheet('Riskanalys')!;
    expect(risks.get(3, 7)?.formula).toBe('=IK.RISKSCORE([@Sannolikhet],[@Konsekvens],Skala)');
    expect(risks.get(3, 8)?.formula).toBe('=IK.RISKLEVEL([@Riskvärde],Skala)');
    expect(risks.validations.map((v) => v.address.replace(/\d+/g, ''))).toEqual(['B:B', 'D:D', 'F:F', 'G:G', 'J:J', 'K:K']);
    expect(risks.validations[0].rule).toEqual({ list: { inCellDropDown: true, source: '=Lista_Namnder' } });
    expect(risks.validations[2].rule).toEqual({ wholeNumber: { formula1: 1, formula2: 4, operator: 'Between' } });
    expect(risks.conditionalFormats.map((c) => [c.fill, (c.rule as { formula1: string }).formula1])).toEqual(
      defaultScale.bands.map((b) => [b.color.toUpperCase(), `="${b.name}"`]),
    );
    expect(fake.sheet('Riskmatris')!.get(5, 2)?.formula).toBe('=IK.RISKMATRIX(Risker[Sannolikhet],Risker[Konsekvens],Skala)');
    expect(fake.sheet('Sammanställning')!.get(4, 0)?.formula).toBe('=IK.SUMMARY(Rekommendationer[Granskning],Rekommendationer[Senaste bedömning])');
  });

  test('the defined names exist, and reading the workbook back gives the same register', async () => {
    expect([...fake.names.keys()].sort()).toEqual(['Skala', 'UppsiktSchemaversion', ...LISTS.map((l) => l.name)].sort());
    const snapshot = await office.read();
    expect(office.lastRoundTrips).toBe(3); // lists, used ranges, one chunk of values
    const { register: back } = adoptWorkbook(snapshot);
    expect(back.scale).toEqual(defaultScale);
    for (const name of Object.keys(register.tables)) {
      expect(back.tables[name]!.rows.map((r) => r.values.id ?? r.values.rekommendationId)).toEqual(
        register.tables[name]!.rows.map((r) => r.values.id ?? r.values.rekommendationId),
      );
    }
    expect(back.lists.namnder).toEqual(register.lists.namnder);
  });

  test('creating again adds nothing and keeps every cell', async () => {
    const before = fake.sheets.map((s) => s.dump());
    const again = await office.createStructure(register);
    expect(again.sheets).toEqual([]);
    expect(fake.sheets.map((s) => s.dump())).toEqual(before);
  });
});

describe('OfficeWorkbook never destroys', () => {
  test('a user sheet of the same name is untouched; Uppsikt’s gets a free name the plan announces', async () => {
    const fake = new FakeWorkbook();
    const mine = fake.addSheet('Riskanalys', [['Min analys'], [''], ['Nr', 'Risk'], [1, 'Brand']]);
    const before = mine.dump();
    const office = port(fake);
    const plan = await office.planStructure(exampleRegister(defaultScale));
    expect(plan.add).toContainEqual({ schemaSheet: 'Riskanalys', name: 'Riskanalys (Uppsikt)' });
    expect(fake.syncs).toBe(1);
    await office.createStructure(exampleRegister(defaultScale));
    expect(mine.dump()).toEqual(before);
    expect(fake.sheet('Riskanalys (Uppsikt)')!.get(2, 0)?.value).toBe('Id');
  });

  test('adopted text stays text: "=…" never becomes a formula, "3" stays the text "3"', async () => {
    const fake = new FakeWorkbook();
    const register = registerFromRecords(defaultScale, { Risker: [{ id: '3', beskrivning: '=HYPERLINK("http://x","y")', namnd: '+46', sannolikhet: 2 }] });
    await port(fake).createStructure(register);
    const risks = fake.sheet('Riskanalys')!;
    expect(risks.get(3, 0)).toEqual({ value: '3' });
    expect(risks.get(3, 4)).toEqual({ value: '=HYPERLINK("http://x","y")' });
    expect(risks.get(3, 1)).toEqual({ value: '+46' });
    expect(risks.get(3, 5)).toEqual({ value: 2 });
  });

  test('an older schema version is upgraded in place: missing columns added, values kept, version raised', async () => {
    const fake = new FakeWorkbook();
    const office = port(fake);
    await office.createStructure(exampleRegister(defaultScale));
    // Make it look like version 0, whose Risker table had no Ansvarig column.
    const risks = fake.tables.find((t) => t.name === 'Risker')!;
    risks.headers.pop();
    for (let r = 0; r < risks.rows; r++) risks.sheet.cells.delete(`${risks.top + r},${risks.headers.length}`);
    fake.sheet('Inställningar')!.set(3, 1, { value: 0 });
    const before = risks.sheet.dump();
    const plan = await office.planStructure(exampleRegister(defaultScale));
    expect(plan.upgradeFrom).toBe(0);
    expect(plan.add).toEqual([]);
    const result = await office.createStructure(exampleRegister(defaultScale));
    expect(result.sheets).toEqual([]);
    expect(risks.headers[risks.headers.length - 1]).toBe('Ansvarig');
    expect(fake.sheet('Inställningar')!.get(3, 1)?.value).toBe(uppsiktSchema.version);
    const after = risks.sheet.dump();
    for (const [cell, value] of Object.entries(before)) expect(after[cell]).toEqual(value);
  });
});

describe('OfficeWorkbook round-trip budgets on large tables', () => {
  const bigRegister = (rows: number): RegisterData =>
    registerFromRecords(scale5x5, {
      Risker: Array.from({ length: rows }, (_, i) => ({
        id: `R${i + 1}`,
        namnd: 'Socialnämnden',
        beskrivning: `Risk ${i} `.padEnd(300, 'x'),
        sannolikhet: 1 + (i % 5),
        konsekvens: 1 + (i % 3),
      })),
    });

  test('writing N rows: one sync per chunk after the structure, every request under Excel on the web’s limits', async () => {
    const fake = new FakeWorkbook();
    const office = port(fake);
    const register = bigRegister(12_000);
    const result = await office.createStructure(register);
    const body = register.tables.Risker!.rows.map((r) => Object.values(r.values));
    const chunks = writeChunks(body.map((r) => [...r, '', '', '', '', '', ''])).length;
    expect(chunks).toBeGreaterThan(1);
    expect(result.roundTrips).toBeLessThanOrEqual(2 + chunks);
    expect(Math.max(...fake.cellsPerSync)).toBeLessThanOrEqual(5_000_000);
    expect(fake.tables.find((t) => t.name === 'Risker')!.rows - 1).toBe(12_000);
  });

  test('reading a table of any size: 1 + one sync per chunk', async () => {
    const fake = new FakeWorkbook();
    await port(fake).createStructure(bigRegister(5_000));
    const office = port(fake, 12_000);
    const rows = await office.readTable('Risker');
    expect(rows).toHaveLength(5_000);
    expect(rows[4_999][0]).toBe('R5000');
    expect(office.lastRoundTrips).toBe(1 + Math.ceil(5_000 / Math.floor(12_000 / 12)));
  });
});

describe('OfficeWorkbook: scale, selection, changes and Excel errors', () => {
  test('writeScale rewrites the block and the risk-level colours; a protected sheet gives a Swedish message', async () => {
    const fake = new FakeWorkbook();
    const office = port(fake);
    await office.createStructure(exampleRegister(defaultScale));
    const scale = { ...defaultScale, bands: defaultScale.bands.map((b) => (b.name === 'Hög' ? { ...b, color: '#C00000' } : b)) };
    await office.writeScale(scale);
    expect(office.lastRoundTrips).toBe(2);
    const { register } = adoptWorkbook(await office.read());
    expect(register.scale).toEqual(scale);
    expect(fake.sheet('Riskanalys')!.conditionalFormats.map((c) => c.fill)).toContain('#C00000');

    fake.sheet('Inställningar')!.protected = true;
    await expect(office.writeScale(defaultScale)).rejects.toThrow('bladet eller arbetsboken är skyddad');
  });

  test('a Skala name too small for the scale is refused as office.scaleNameTooSmall, naming both sizes', async () => {
    const fake = new FakeWorkbook();
    const office = port(fake);
    await office.createStructure(exampleRegister(defaultScale));
    const wide = fake.names.get('Skala')!;
    fake.names.set(
      'Skala',
      wide.replace(/:\$?([A-Z]+)\$?(\d+)$/, (_, column: string) => `:$${column}$5`),
    );
    const error = await office.writeScale(scale5x5).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'office.scaleNameTooSmall', params: { nameRows: expect.any(Number) as number } });
    const { rows, nameRows } = (error as UppsiktError).params as { rows: number; nameRows: number };
    expect(rows).toBeGreaterThan(nameRows);
    expect((error as Error).message).toMatch(/^Skalan behöver \d+ rader och \d+ kolumner men namnet Skala omfattar \d+ × \d+; utöka namnet Skala/);
  });

  test('select goes to the sheet and cell; onChanged calls back until stopped', async () => {
    const fake = new FakeWorkbook();
    const office = port(fake);
    await office.createStructure(exampleRegister(defaultScale));
    await office.select('Riskanalys', 'F7');
    expect(fake.selected).toEqual({ sheet: 'Riskanalys', address: 'F7' });
    const calls: number[] = [];
    const stop = await office.onChanged(() => calls.push(1));
    await fake.fireChanged();
    stop();
    await new Promise((r) => setTimeout(r, 0));
    await fake.fireChanged();
    expect(calls).toEqual([1]);
  });
});

describe('OfficeWorkbook.applyEdits (import, follow-up round)', () => {
  test('appends rows with formulas in computed columns, changes only the given cells, in 1 + one sync per chunk', async () => {
    const fake = new FakeWorkbook();
    const office = port(fake);
    await office.createStructure(exampleRegister(defaultScale));
    const sheet = fake.sheet('Rekommendationer')!;
    const before = sheet.dump();
    const table = fake.tables.find((t) => t.name === 'Rekommendationer')!;
    const rowsBefore = table.rows;
    fake.syncs = 0;
    const rows = [
      { id: 'G3-1', granskningId: 'G3', nr: 1, rekommendation: 'Etablera styrande dokument.', mottagare: 'Kommunstyrelsen' },
      { id: 'G3-2', granskningId: 'G3', nr: 2, rekommendation: '=HYPERLINK("http://example.com")', mottagare: 'Kommunstyrelsen' },
    ];
    const result = await office.applyEdits({
      append: [{ table: 'Rekommendationer', rows }],
      update: [{ sheet: 'Rekommendationer', row: 3, column: 3, value: 'Ny lydelse.' }],
    });
    expect(result.roundTrips).toBe(fake.syncs);
    expect(fake.syncs).toBeLessThanOrEqual(1 + writeChunks(rows.map(() => [''])).length);
    expect(fake.syncs).toBe(2);
    expect(table.rows).toBe(rowsBefore + 2);
    const added = table.top + rowsBefore;
    const headers = table.headers;
    const at = (row: number, header: string) => sheet.get(row, table.left + headers.indexOf(header));
    expect(at(added, 'Id')?.value).toBe('G3-1');
    expect(at(added + 1, 'Rekommendation')).toEqual({ value: '=HYPERLINK("http://example.com")' }); // text, not a formula
    expect(String(at(added, 'Senaste bedömning')?.formula ?? at(added, 'Senaste bedömning')?.value)).toMatch(/^=IFERROR\(IK\.LATESTVERDICT\(/);
    expect(sheet.get(3, 3)?.value).toBe('Ny lydelse.');
    // Every other cell that was there is unchanged.
    const after = sheet.dump();
    for (const [address, value] of Object.entries(before)) if (address !== 'D4') expect(after[address]).toEqual(value);
  });

  test('says in Swedish what to do when the table is missing', async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('Blad1');
    await expect(port(fake).applyEdits({ append: [{ table: 'Uppföljningar', rows: [{ rekommendationId: 'G1-1', omgang: '2026' }] }], update: [] })).rejects.toThrow(
      'Tabellen Uppföljningar finns inte i arbetsboken; skapa strukturen under Skapa / uppgradera först.',
    );
  });
});
