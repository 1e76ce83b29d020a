import { defaultScale, registerFromRecords, SCHEMA_VERSION, SCALE_NAME, LISTS, tableSpec, uppsiktSchema, VERSION_NAME, type RegisterData } from '../../../src/core';
import { exampleRegister } from '../../../src/usecases/exampleRegister';
import { portMessages } from '../../../src/usecases/port/portMessages.sv';
import { ADAPTERS, ADDED_IN_2, type Adapter } from './_lib/adapters';
import { functionsIn, plain, view, withoutComputedValues, type WorkbookView } from './_lib/view';

/*
 * The WorkbookPort contract: every operation, run against the Excel double (OfficeWorkbook) and the file
 * adapter (XlsxWorkbook) with the same expectations on what read() gives back afterwards. What the adapters
 * do differently by nature is declared once, in Adapter (./_lib/adapters.ts): whether computed cells carry
 * values, and which changes onChanged reports. Not part of the contract: matrix and summary cells (Excel
 * gets spilling formulas, a file one cached cell each; both are checked by title and formulas in the
 * adapters' own tests), and changing a cell outside Uppsikt's tables (Excel writes it; a file refuses, since
 * it keeps the user's parts byte for byte — see XlsxWorkbook.test.ts).
 */

jest.setTimeout(120_000);

const SHEETS = uppsiktSchema.sheets.map((s) => s.name);
const TABLES = uppsiktSchema.sheets.flatMap((s) => s.tables.map((t) => ({ sheet: s.name, table: t })));
const NAMES = [SCALE_NAME, VERSION_NAME, ...LISTS.map((l) => l.name)].sort();

/** A register table's rows as the view shows them: typed columns only, values plain. */
function typedRows(register: RegisterData, table: string): Record<string, string | number | boolean | null>[] {
  const typed = tableSpec(table).columns.filter((c) => c.kind !== 'computed');
  return (register.tables[table]?.rows ?? []).map((r) => Object.fromEntries(typed.map((c) => [c.key, plain(r.values[c.key])])));
}

/** The functions each computed column's formula calls, as the schema writes them. */
function schemaFunctions(table: string): Record<string, string | null> {
  return Object.fromEntries(
    tableSpec(table)
      .columns.filter((c) => c.kind === 'computed')
      .map((c) => [c.key, functionsIn(c.formula ?? null)]),
  );
}

async function viewOf(port: { read(): Promise<Parameters<typeof view>[0]> }): Promise<WorkbookView> {
  return view(await port.read());
}

function expectStructure(v: WorkbookView, register: RegisterData, adapter: Adapter): void {
  expect(v.sheets).toEqual(SHEETS);
  for (const spec of uppsiktSchema.sheets) expect(v.titles[spec.name]).toBe(spec.title);
  expect(Object.keys(v.tables).sort()).toEqual(TABLES.map((t) => t.table.name).sort());
  for (const { sheet, table } of TABLES) {
    const t = v.tables[table.name];
    expect(t.sheet).toBe(sheet);
    expect(t.headers).toEqual(table.columns.map((c) => c.header));
    expect(t.rows).toEqual(typedRows(register, table.name));
    for (const row of t.computed) expect(row).toEqual(schemaFunctions(table.name));
    if (!adapter.calculates) for (const row of t.computedValues) expect(Object.values(row).every((x) => x === null)).toBe(true);
  }
  expect(v.names).toEqual(NAMES);
  expect(v.settings.scale).toEqual(register.scale);
  expect(v.settings.lists).toEqual(register.lists);
  expect(v.settings.schemaVersion).toBe(SCHEMA_VERSION);
}

const USER_RISKS = {
  name: 'Riskanalys',
  values: [['Min riskanalys'], [], ['Nr', 'Risk', 'Sannolikhet', 'Konsekvens', 'Ansvarig'], ['1', 'Brand i arkivet', 2, 3, 'Anna'], ['2', 'Stöld', 1, 4, 'Bo']],
};
const USER_BUDGET = {
  name: 'Budget',
  values: [
    ['Konto', 'Belopp'],
    [4010, 1200],
    ['Summa', 1200],
  ],
};

function contract(adapter: Adapter): void {
  describe(adapter.name, () => {
    const register = exampleRegister(defaultScale);

    test('an empty workbook reads as empty, and the plan adds every Uppsikt sheet under its own name', async () => {
      const { port } = await adapter.empty();
      expect(await port.read()).toEqual({ sheets: [], tables: [], names: {} });
      const plan = await port.planStructure(register);
      expect(plan).toEqual({ add: SHEETS.map((s) => ({ schemaSheet: s, name: s })), keep: [], copyFrom: [] });
    });

    test('createStructure fills an empty workbook: sheets, titles, tables, typed values, formulas, names, settings', async () => {
      const { port } = await adapter.empty();
      const result = await port.createStructure(register);
      expect(result.sheets).toEqual(SHEETS);
      const v = await viewOf(port);
      expectStructure(v, register, adapter);
      if (adapter.calculates) {
        expect(v.tables.Risker.computedValues[0]).toEqual({ riskvarde: 12, riskniva: 'Hög' });
        expect(v.tables.Rekommendationer.computedValues.find((_, i) => v.tables.Rekommendationer.rows[i].id === 'G1-1')?.granskning).toBe(
          register.tables.Granskningar!.rows[0].values.titel,
        );
      }
    });

    test('createStructure again plans and writes nothing, and every value stays', async () => {
      const { port } = await adapter.empty();
      await port.createStructure(register);
      const before = await port.read();
      expect(await port.planStructure(register)).toEqual({ add: [], keep: SHEETS, copyFrom: [] });
      expect((await port.createStructure(register)).sheets).toEqual([]);
      expect(view(await port.read())).toEqual(view(before));
    });

    test('a hand-made workbook: its sheets stay as they were, Uppsikt’s get free names and copy its rows', async () => {
      const { port } = await adapter.withSheets([USER_RISKS, USER_BUDGET]);
      const before = await port.read();
      const { adoptWorkbook } = await import('../../../src/core');
      const adopted = adoptWorkbook(before).register;
      const plan = await port.planStructure(adopted);
      expect(plan.add).toContainEqual({ schemaSheet: 'Riskanalys', name: 'Riskanalys (Uppsikt)' });
      expect(plan.copyFrom).toEqual([{ sheet: 'Riskanalys', table: 'Risker', rows: 2 }]);
      const result = await port.createStructure(adopted);
      expect(result.sheets).toEqual(plan.add.map((a) => a.name));

      const after = await port.read();
      for (const name of ['Riskanalys', 'Budget']) {
        const sheetValues = (s: typeof after) => s.sheets.find((x) => x.name === name)!.values.map((row) => row.map(plain));
        expect(sheetValues(after)).toEqual(sheetValues(before));
      }
      const v = view(after);
      expect(v.sheets).toEqual(['Riskanalys', 'Budget', ...plan.add.map((a) => a.name)]);
      const risks = v.tables.Risker;
      expect(risks.sheet).toBe('Riskanalys (Uppsikt)');
      expect(risks.rows.map((r) => [r.id, r.beskrivning, r.sannolikhet, r.konsekvens, r.ansvarig])).toEqual([
        ['1', 'Brand i arkivet', 2, 3, 'Anna'],
        ['2', 'Stöld', 1, 4, 'Bo'],
      ]);
      for (const row of risks.computed) expect(row).toEqual(schemaFunctions('Risker'));
      expect(v.settings.schemaVersion).toBe(SCHEMA_VERSION);

      // Creating again finds Uppsikt's sheets under the names they got, and adds nothing.
      const again = adoptWorkbook(after).register;
      const replan = await port.planStructure(again);
      expect(replan.add).toEqual([]);
      expect([...replan.keep].sort()).toEqual([...SHEETS].sort());
      expect((await port.createStructure(again)).sheets).toEqual([]);
      expect(view(await port.read())).toEqual(v);
    });

    test.each(['Riskmatris', 'Uppföljning'])('a deleted Uppsikt sheet (%s) is added again; the others keep every value', async (missing) => {
      const { port } = await adapter.without(register, missing);
      const before = view(await port.read());
      const plan = await port.planStructure(register);
      expect(plan.add).toEqual([{ schemaSheet: missing, name: missing }]);
      expect([...plan.keep].sort()).toEqual(SHEETS.filter((s) => s !== missing).sort());
      expect((await port.createStructure(register)).sheets).toEqual([missing]);
      const after = view(await port.read());
      // Excel adds a sheet at the end; so does the file adapter.
      expect(after.sheets).toEqual([...SHEETS.filter((s) => s !== missing), missing]);
      expect(after.titles[missing]).toBe(uppsiktSchema.sheets.find((s) => s.name === missing)!.title);
      for (const [name, table] of Object.entries(before.tables)) expect(after.tables[name]).toEqual(table);
      if (missing === 'Uppföljning') expect(after.tables.Uppföljningar.rows).toEqual(typedRows(register, 'Uppföljningar'));
      expect(after.names).toEqual(NAMES);
    });

    test('an older schema is upgraded in place: the missing column added, every value kept, the version raised', async () => {
      const { port } = await adapter.olderSchema(register);
      const before = view(await port.read());
      expect(before.tables.Risker.headers).not.toContain('Ansvarig');
      expect(before.settings.schemaVersion).toBe(0);
      const plan = await port.planStructure(register);
      expect(plan.upgradeFrom).toBe(0);
      expect(plan.add).toEqual([]);
      expect((await port.createStructure(register)).sheets).toEqual([]);

      const after = view(await port.read());
      expect(after.settings.schemaVersion).toBe(SCHEMA_VERSION);
      expect(after.tables.Risker.headers).toEqual(tableSpec('Risker').columns.map((c) => c.header));
      expect(after.tables.Risker.rows).toEqual(typedRows(register, 'Risker').map((r) => ({ ...r, ansvarig: null })));
      for (const name of ['Kontroller', 'Granskningar', 'Rekommendationer', 'Uppföljningar']) expect(after.tables[name]).toEqual(before.tables[name]);
      expect((await port.planStructure(register)).upgradeFrom).toBeUndefined();
    });

    test('a version 1 workbook is upgraded: Kontrollutfall and the new lists added, every value kept, the version raised', async () => {
      const { port } = await adapter.version1(register);
      const before = view(await port.read());
      expect(before.sheets).not.toContain(ADDED_IN_2.sheet);
      expect(before.settings.schemaVersion).toBe(1);
      for (const list of ADDED_IN_2.lists) expect(before.names).not.toContain(list.name);
      const plan = await port.planStructure(register);
      expect(plan.upgradeFrom).toBe(1);
      expect(plan.add).toEqual([{ schemaSheet: ADDED_IN_2.sheet, name: ADDED_IN_2.sheet }]);
      expect((await port.createStructure(register)).sheets).toEqual([ADDED_IN_2.sheet]);

      const after = view(await port.read());
      expect(after.settings.schemaVersion).toBe(SCHEMA_VERSION);
      expect(after.tables.Kontrollutfall.headers).toEqual(tableSpec('Kontrollutfall').columns.map((c) => c.header));
      for (const list of ADDED_IN_2.lists) {
        expect(after.names).toContain(list.name);
        expect((after.settings.lists as Record<string, unknown>)[list.key]).toEqual(list.defaults);
      }
      for (const [name, table] of Object.entries(before.tables)) expect(after.tables[name]).toEqual(table);
      expect((await port.planStructure(register)).upgradeFrom).toBeUndefined();
    });

    test('applyEdits appends rows (formulas in computed columns, text kept as text) and changes the given cells', async () => {
      const { port } = await adapter.empty();
      await port.createStructure(register);
      const before = await viewOf(port);
      const recs = [
        { id: 'G3-1', granskningId: 'G1', nr: 7, rekommendation: 'Etablera styrande dokument.', mottagare: 'Kommunstyrelsen' },
        { id: '3', granskningId: 'G1', nr: 8, rekommendation: '=HYPERLINK("http://example.com")', mottagare: '+46' },
      ];
      const column = tableSpec('Rekommendationer').columns.findIndex((c) => c.key === 'rekommendation');
      await port.applyEdits({
        append: [
          { table: 'Rekommendationer', rows: recs },
          { table: 'Uppföljningar', rows: [{ rekommendationId: 'G3-1', omgang: '2027', bedomning: 'Åtgärdad' }] },
        ],
        update: [{ sheet: 'Rekommendationer', row: 3, column, value: 'Ny lydelse.' }],
      });
      const after = await viewOf(port);
      const rows = after.tables.Rekommendationer.rows;
      expect(rows).toHaveLength(before.tables.Rekommendationer.rows.length + 2);
      expect(rows.slice(-2)).toEqual(recs.map((r) => ({ ...Object.fromEntries(Object.keys(rows[0]).map((k) => [k, null])), ...r })));
      expect(rows[0].rekommendation).toBe('Ny lydelse.');
      expect(rows.slice(1, -2)).toEqual(before.tables.Rekommendationer.rows.slice(1));
      for (const row of after.tables.Rekommendationer.computed.slice(-2)) expect(row).toEqual(schemaFunctions('Rekommendationer'));
      expect(after.tables.Uppföljningar.rows.at(-1)).toMatchObject({ rekommendationId: 'G3-1', omgang: '2027', bedomning: 'Åtgärdad' });
      if (adapter.calculates) expect(after.tables.Rekommendationer.computedValues.at(-2)?.senasteBedomning).toBe('Åtgärdad');
      for (const name of ['Risker', 'Kontroller', 'Granskningar']) expect(after.tables[name]).toEqual(before.tables[name]);
    });

    test('writeScale rewrites the scale every formula reads', async () => {
      const { port } = await adapter.empty();
      await port.createStructure(register);
      const scale = { ...defaultScale, bands: defaultScale.bands.map((b) => (b.name === 'Hög' ? { ...b, color: '#C00000' } : b)) };
      await port.writeScale(scale);
      const v = await viewOf(port);
      expect(v.settings.scale).toEqual(scale);
      expect(v.tables.Risker.rows).toEqual(typedRows(register, 'Risker'));
    });

    test('select goes to a sheet and cell; onChanged reports changes until stopped', async () => {
      const subject = await adapter.empty();
      await subject.port.createStructure(register);
      await subject.port.select('Riskanalys', 'F7');
      expect(subject.selected()).toEqual({ sheet: 'Riskanalys', cell: 'F7' });
      const calls: string[] = [];
      const stop = await subject.port.onChanged(() => calls.push(adapter.changes));
      await subject.change();
      stop();
      await new Promise((r) => setTimeout(r, 0));
      await subject.change();
      expect(calls).toEqual([adapter.changes]);
    });

    test('errors name what is missing, in Swedish', async () => {
      const { port } = await adapter.withSheets([USER_BUDGET]);
      // Both adapters throw the port's UppsiktError: the same code and parameters, worded by one catalogue.
      await expect(port.applyEdits({ append: [{ table: 'Uppföljningar', rows: [{ rekommendationId: 'G1-1', omgang: '2026' }] }], update: [] })).rejects.toMatchObject({
        code: 'port.missingTable',
        params: { table: 'Uppföljningar' },
        message: portMessages.missingTable({ table: 'Uppföljningar' }),
      });
      await expect(port.select('Saknas', 'A1')).rejects.toMatchObject({ code: 'port.noSheet', params: { sheet: 'Saknas' }, message: portMessages.noSheet({ sheet: 'Saknas' }) });
      await expect(port.writeScale(defaultScale)).rejects.toMatchObject({ code: 'port.noScale', message: portMessages.noScale });
      // Nothing was written by the failed calls.
      expect((await port.read()).sheets.map((s) => s.name)).toEqual(['Budget']);
    });
  });
}

for (const adapter of ADAPTERS) contract(adapter);

describe('both adapters leave the same workbook after the same operations', () => {
  test('structure, an upgrade-free second run, appended rows, a changed cell and a new scale read back alike', async () => {
    const register = registerFromRecords(defaultScale, {
      Risker: [{ id: 'R1', namnd: 'Socialnämnden', beskrivning: '=1+1', sannolikhet: 2, konsekvens: 3 }],
      Granskningar: [{ id: 'G1', titel: 'Styrning', ar: 2025 }],
      Rekommendationer: [{ id: 'G1-1', granskningId: 'G1', nr: 1, rekommendation: 'Gör så.', mottagare: 'Kommunstyrelsen' }],
    });
    const views: WorkbookView[] = [];
    for (const adapter of ADAPTERS) {
      const { port } = await adapter.empty();
      await port.createStructure(register);
      await port.createStructure(register);
      await port.applyEdits({
        append: [{ table: 'Uppföljningar', rows: [{ rekommendationId: 'G1-1', omgang: '2026', bedomning: 'Delvis åtgärdad' }] }],
        update: [{ sheet: 'Riskanalys', row: 3, column: 5, value: 4 }],
      });
      await port.writeScale({ ...defaultScale, bands: defaultScale.bands.map((b, i) => (i === 0 ? { ...b, name: 'Låg risk' } : b)) });
      views.push(withoutComputedValues(await viewOf(port)));
    }
    expect(views[1]).toEqual(views[0]);
    expect(views[0].tables.Risker.rows[0]).toMatchObject({ beskrivning: '=1+1', sannolikhet: 4 });
  });
});
