import ExcelJS from 'exceljs';
import { LISTS, serialFromYmd, type RegisterData } from '../../../../src/core';
import { LIST_HEADER_ROW, listPlacements } from '../../../../src/workbook/layout/settingsLayout';
import type { WorkbookPort } from '../../../../src/usecases/port/WorkbookPort';
import { OfficeWorkbook } from '../../../../src/workbook/office';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { FakeWorkbook } from '../../office/_lib/fakeExcel';

/*
 * The two adapters the contract runs against, behind one factory each. Everything an adapter does
 * differently by nature is said here, in `Adapter`, and nowhere else in the suite.
 */

export const TODAY = serialFromYmd(2026, 11, 22);

export type Cell = string | number;

/** One workbook under test, reached through the port and, for what the port cannot show, its adapter. */
export interface Subject {
  readonly port: WorkbookPort;
  /** The sheet and cell the last select() went to. */
  selected(): { sheet: string; cell: string } | undefined;
  /** Changes the workbook the way this adapter notices changes (see Adapter.changes). */
  change(): Promise<void>;
}

export interface Adapter {
  readonly name: string;
  /**
   * Whether the adapter leaves computed cells with their values. The Excel double does not calculate (Excel
   * would), so its computed cells read blank; the file adapter caches the core's value next to each formula.
   */
  readonly calculates: boolean;
  /**
   * What a listener given to onChanged hears: Excel reports every change to the workbook, the user's typing
   * too (the double fires that event on demand); a file only changes through the port, so its writes are
   * what the file adapter reports.
   */
  readonly changes: 'excel events' | 'port writes';
  /** A workbook with no sheets. */
  empty(): Promise<Subject>;
  /** A hand-made workbook with these sheets and values. */
  withSheets(sheets: readonly { name: string; values: Cell[][] }[]): Promise<Subject>;
  /** An Uppsikt workbook holding `register` from which the sheet `missing` was deleted. */
  without(register: RegisterData, missing: string): Promise<Subject>;
  /** An Uppsikt workbook of schema version 0 holding `register`: Risker has no Ansvarig column yet. */
  olderSchema(register: RegisterData): Promise<Subject>;
  /** An Uppsikt workbook as schema version 1 wrote it: no Kontrollutfall, none of the lists version 2 added. */
  version1(register: RegisterData): Promise<Subject>;
}

/** What schema version 2 added: a sheet and three lists on Inställningar. */
export const ADDED_IN_2 = { sheet: 'Kontrollutfall', lists: LISTS.filter((l) => ['rapporteringspunkter', 'genomford', 'avvikelsegrader'].includes(l.key)) };

function officeSubject(fake: FakeWorkbook): Subject {
  const port = new OfficeWorkbook(fake.run);
  return {
    port,
    selected: () => (fake.selected ? { sheet: fake.selected.sheet, cell: fake.selected.address } : undefined),
    change: () => fake.fireChanged(),
  };
}

const office: Adapter = {
  name: 'OfficeWorkbook (Excel double)',
  calculates: false,
  changes: 'excel events',
  empty: () => Promise.resolve(officeSubject(new FakeWorkbook())),
  withSheets: (sheets) => {
    const fake = new FakeWorkbook();
    for (const sheet of sheets) fake.addSheet(sheet.name, sheet.values);
    return Promise.resolve(officeSubject(fake));
  },
  without: async (register, missing) => {
    const fake = new FakeWorkbook();
    const subject = officeSubject(fake);
    await subject.port.createStructure(register);
    fake.sheets = fake.sheets.filter((s) => s.name !== missing);
    fake.tables = fake.tables.filter((t) => t.sheet.name !== missing);
    return subject;
  },
  olderSchema: async (register) => {
    const fake = new FakeWorkbook();
    const subject = officeSubject(fake);
    await subject.port.createStructure(register);
    const risks = fake.tables.find((t) => t.name === 'Risker')!;
    risks.headers.pop();
    for (let r = 0; r < risks.rows; r++) risks.sheet.cells.delete(`${risks.top + r},${risks.headers.length}`);
    fake.sheet('Inställningar')!.set(3, 1, { value: 0 });
    return subject;
  },
  version1: async (register) => {
    const fake = new FakeWorkbook();
    const subject = officeSubject(fake);
    await subject.port.createStructure(register);
    fake.sheets = fake.sheets.filter((s) => s.name !== ADDED_IN_2.sheet);
    fake.tables = fake.tables.filter((t) => t.sheet.name !== ADDED_IN_2.sheet);
    const settings = fake.sheet('Inställningar')!;
    for (const list of listPlacements(register).filter((p) => ADDED_IN_2.lists.some((l) => l.name === p.name))) {
      fake.names.delete(list.name);
      for (let r = LIST_HEADER_ROW; r <= list.lastRow; r++) settings.cells.delete(`${r},${list.column}`);
    }
    settings.set(3, 1, { value: 1 });
    return subject;
  },
};

function xlsxSubject(workbook: XlsxWorkbook): Subject {
  return {
    port: workbook,
    selected: () => workbook.lastSelection,
    // A write through the port: a cell of Uppsikt's Riskanalys, the first risk's description.
    change: async () => void (await workbook.applyEdits({ append: [], update: [{ sheet: 'Riskanalys', row: 3, column: 4, value: 'Ändrad beskrivning' }] })),
  };
}

const options = { today: () => TODAY };

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

const xlsx: Adapter = {
  name: 'XlsxWorkbook',
  calculates: true,
  changes: 'port writes',
  empty: async () => xlsxSubject(await XlsxWorkbook.create(options)),
  withSheets: async (sheets) => {
    const workbook = new ExcelJS.Workbook();
    for (const sheet of sheets) workbook.addWorksheet(sheet.name).addRows(sheet.values);
    return xlsxSubject(await XlsxWorkbook.open(await bytesOf(workbook), options));
  },
  without: async (register, missing) => {
    const made = await XlsxWorkbook.create(options);
    await made.createStructure(register);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await made.save()) as unknown as ArrayBuffer);
    workbook.removeWorksheet(workbook.getWorksheet(missing)!.id);
    return xlsxSubject(await XlsxWorkbook.open(await bytesOf(workbook), options));
  },
  olderSchema: async (register) => {
    const made = await XlsxWorkbook.create(options);
    await made.createStructure(register);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await made.save()) as unknown as ArrayBuffer);
    // Version 0: the Risker table without its last column (Ansvarig), the version cell 0.
    const sheet = workbook.getWorksheet('Riskanalys')!;
    const model = (sheet.getTable('Risker') as unknown as { table: { columns: unknown[]; tableRef: string; autoFilterRef?: string } }).table;
    const last = model.columns.length;
    model.columns.pop();
    const letter = sheet.getColumn(last - 1).letter;
    model.tableRef = model.tableRef.replace(/:[A-Z]+(\d+)$/, `:${letter}$1`);
    if (model.autoFilterRef) model.autoFilterRef = model.autoFilterRef.replace(/:[A-Z]+(\d+)$/, `:${letter}$1`);
    sheet.getColumn(last).eachCell((cell) => void (cell.value = null));
    workbook.getWorksheet('Inställningar')!.getCell('B4').value = 0;
    return xlsxSubject(await XlsxWorkbook.open(await bytesOf(workbook), options));
  },
  version1: async (register) => {
    const made = await XlsxWorkbook.create(options);
    await made.createStructure(register);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await made.save()) as unknown as ArrayBuffer);
    workbook.removeWorksheet(workbook.getWorksheet(ADDED_IN_2.sheet)!.id);
    const settings = workbook.getWorksheet('Inställningar')!;
    for (const list of listPlacements(register).filter((p) => ADDED_IN_2.lists.some((l) => l.name === p.name))) {
      delete (workbook.definedNames as unknown as { matrixMap: Record<string, unknown> }).matrixMap[list.name];
      for (let r = LIST_HEADER_ROW; r <= list.lastRow; r++) settings.getCell(r + 1, list.column + 1).value = null;
    }
    settings.getCell('B4').value = 1;
    return xlsxSubject(await XlsxWorkbook.open(await bytesOf(workbook), options));
  },
};

export const ADAPTERS: readonly Adapter[] = [office, xlsx];
