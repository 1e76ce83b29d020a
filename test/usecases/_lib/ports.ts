import { adoptWorkbook, serialFromYmd, type RegisterData } from '../../../src/core';
import type { WorkbookPort } from '../../../src/usecases/port/WorkbookPort';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { FakeWorkbook } from '../../workbook/office/_lib/fakeExcel';

/** The date every flow test runs on. */
export const TODAY = serialFromYmd(2026, 11, 22);

/*
 * The flows run against both adapters of the port: XlsxWorkbook (a file in memory, as in file mode) and
 * OfficeWorkbook over the Excel double (as in Excel). A flow that only talks to the port must give the same
 * result on both.
 */
export interface PortFactory {
  readonly name: string;
  /** A workbook with no Uppsikt structure (the Excel double has one empty sheet, as a new Excel workbook does). */
  blank(): Promise<WorkbookPort>;
  /** A workbook with the Uppsikt structure made from `register`. */
  with(register: RegisterData): Promise<WorkbookPort>;
}

export const PORTS: readonly PortFactory[] = [
  {
    name: 'XlsxWorkbook',
    blank: () => XlsxWorkbook.create({ today: () => TODAY }),
    with: async (register) => {
      const port = await XlsxWorkbook.create({ today: () => TODAY });
      await port.createStructure(register);
      return port;
    },
  },
  {
    name: 'OfficeWorkbook (Excel double)',
    blank: async () => {
      const fake = new FakeWorkbook();
      fake.addSheet('Blad1');
      return new OfficeWorkbook(fake.run);
    },
    with: async (register) => {
      const fake = new FakeWorkbook();
      fake.addSheet('Blad1');
      const port = new OfficeWorkbook(fake.run);
      await port.createStructure(register);
      return port;
    },
  },
];

/** The register as the port reads it back now. */
export async function readBack(port: WorkbookPort): Promise<RegisterData> {
  return adoptWorkbook(await port.read()).register;
}

/** A table's rows as plain values of the given keys (what the user sees), for comparing registers. */
export function rowsOf(register: RegisterData, table: string, keys: readonly string[]): unknown[][] {
  return (register.tables[table]?.rows ?? []).map((row) => keys.map((k) => normalize(row.values[k])));
}

function normalize(value: unknown): unknown {
  if (value === undefined || value === '') return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
}
