/*
 * Served in place of Office.js (https://appsforoffice.microsoft.com/.../office.js) when the real-browser test
 * opens dist/taskpane.html: Office.onReady says "Excel", Excel.run runs against the in-memory workbook
 * double, and CustomFunctions.associate accepts the functions chunk. The test reads window.__fake.
 */
import { FakeWorkbook } from '../workbook/office/_lib/fakeExcel';

const fake = new FakeWorkbook();
fake.addSheet('Blad1');
const info = { host: 'Excel', platform: 'OfficeOnline' };
const w = window as unknown as Record<string, unknown>;
w.__fake = fake;
w.Office = {
  HostType: { Excel: 'Excel' },
  onReady: (callback?: (i: typeof info) => void) => {
    callback?.(info);
    return Promise.resolve(info);
  },
  context: { requirements: { isSetSupported: () => true }, displayLanguage: 'sv-SE' },
  actions: { associate: () => undefined },
};
// Excel.createWorkbook (ExcelApi 1.8) records the base64 of each workbook the pane opens (the Rapport view).
const created: string[] = [];
w.__created = created;
w.Excel = { run: fake.run, createWorkbook: async (base64: string) => void created.push(base64) };
w.CustomFunctions = { associate: () => undefined, Error: class {}, ErrorCode: { invalidValue: '#VALUE!' } };
