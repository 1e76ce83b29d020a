import path from 'path';
import { tempDir, uppsikt } from './runCli';

/*
 * What a user sees when Uppsikt itself fails (a bug) or the system refuses a write no command foresaw: one
 * Swedish line, the library's English text and the stack only with UPPSIKT_DEBUG=1.
 */
jest.mock('../../src/usecases/summarizeRegister', () => ({
  summarizeRegister: () => {
    throw new RangeError('Maximum call stack size exceeded');
  },
}));
// Every write goes through writeAtomically (writeXlsx for new workbooks): the system refuses them all.
jest.mock('../../src/workbook/xlsx/writeXlsx', () => {
  const refuse = async (target: string) => {
    throw Object.assign(new Error(`EACCES: permission denied, open '${target}.tmp'`), { code: 'EACCES', syscall: 'open', path: `${target}.tmp` });
  };
  return {
    ...jest.requireActual('../../src/workbook/xlsx/writeXlsx'),
    writeXlsx: async (_workbook: unknown, target: string) => refuse(target),
    writeAtomically: async (target: string) => refuse(target),
    copyAtomically: async (_source: string, target: string) => refuse(target),
  };
});

describe('errors nobody foresaw', () => {
  let example: string;
  let dir: string;

  beforeAll(async () => {
    dir = tempDir();
    example = path.join(dir, 'exempel.xlsx');
    // init writes through writeXlsx too, which is mocked to fail: make the example without the CLI.
    const { exampleRegister } = await import('../../src/usecases/exampleRegister');
    const { defaultScale } = await import('../../src/core');
    const { renderUppsikt } = await import('../../src/workbook/xlsx');
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    renderUppsikt(workbook, exampleRegister(defaultScale), { today: 46000 });
    await workbook.xlsx.writeFile(example);
  });

  test('a bug: one Swedish line pointing to UPPSIKT_DEBUG, no English, no stack', async () => {
    const run = await uppsikt('summary', example);
    expect(run.code).toBe(2);
    expect(run.err).toEqual(['uppsikt: oväntat fel i Uppsikt. Kör kommandot igen med UPPSIKT_DEBUG=1 för att se detaljerna, och rapportera felet.']);
    process.env.UPPSIKT_DEBUG = '1';
    try {
      const debug = await uppsikt('summary', example);
      expect(debug.err[0]).toBe(run.err[0]);
      expect(debug.err[1]).toMatch(/^\[UPPSIKT_DEBUG\] RangeError: Maximum call stack size exceeded\n\s+at /);
    } finally {
      delete process.env.UPPSIKT_DEBUG;
    }
  });

  test('a write the system refuses names the file the user gave, in Swedish', async () => {
    const target = path.join(dir, 'ut.xlsx');
    const run = await uppsikt('ny-omgang', example, '--omgang', '2026', '-o', target);
    expect(run.code).toBe(2);
    expect(run.err).toEqual([`uppsikt: Du har inte behörighet att skriva ${target}. Kontrollera filens och mappens rättigheter och försök igen. Ingen fil har skrivits.`]);
  });
});
