/*
 * Big tables' rows are written straight to XML (src/workbook/xlsx/render/directRows.ts) instead of through
 * ExcelJS objects. The written file must read exactly as the one ExcelJS writes on its own: every cell's
 * value, cached formula result, number format and alignment, every drop-down, the table's ref, the row
 * heights and the project's own reader's snapshot. Both writers (writeXlsx for init/samla, and the
 * package merge for adopt/ny-omgang) are compared with ExcelJS's file of the same register.
 */
import path from 'path';
import ExcelJS from 'exceljs';
import { defaultScale, uppsiktSchema, type RegisterData, type RegisterRow } from '../../../src/core';
import { exampleRegister } from '../../../src/usecases/exampleRegister';
import { readXlsx, renderUppsikt, writeXlsx } from '../../../src/workbook/xlsx';
import { DIRECT_ROWS_FROM, directTables } from '../../../src/workbook/xlsx/render/directRows';
import { writeUppsiktPackage } from '../../../src/workbook/xlsx/package/writeUppsiktPackage';
import { tempDir, TODAY } from '../_lib/files';

const ROWS = DIRECT_ROWS_FROM + 237;

/** The example register with every table grown past DIRECT_ROWS_FROM, hostile and long text included. */
function bigRegister(): RegisterData {
  const base = exampleRegister(defaultScale);
  const tables: Record<string, RegisterData['tables'][string]> = {};
  for (const [name, table] of Object.entries(base.tables)) {
    if (!table || table.rows.length === 0) continue;
    const rows: RegisterRow[] = [];
    for (let i = 0; i < ROWS; i++) {
      const from = table.rows[i % table.rows.length];
      const values = { ...from.values };
      if ('id' in values && typeof values.id === 'string') values.id = `${values.id}-${i}`;
      for (const [key, value] of Object.entries(values)) {
        if (typeof value === 'string' && key !== 'id' && i % 97 === 5) values[key] = ` <&"'> =SUM(A1) ${value} ${'lång text '.repeat(i % 40)}`;
      }
      // The user's own columns (no style of Uppsikt's): text, numbers, dates, blanks.
      const own = [`egen ${i}`, i, new Date(Date.UTC(2025, i % 12, 1 + (i % 28))), null, ''][i % 5];
      rows.push({ ...from, values, extra: { ...from.extra, 'Egen kolumn': own, 'Egen anteckning': i % 3 === 0 ? 'x' : null } });
    }
    tables[name] = { ...table, extraHeaders: [...table.extraHeaders, 'Egen kolumn', 'Egen anteckning'], rows };
  }
  return { ...base, tables };
}

type Seen = Record<string, unknown>;

/** Everything a reader sees of the Uppsikt sheets, through ExcelJS. */
async function seenByExcelJs(file: string): Promise<Seen> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const seen: Seen = {};
  for (const spec of uppsiktSchema.sheets) {
    const ws = book.getWorksheet(spec.name);
    if (!ws) continue;
    const cells: unknown[] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      cells.push({ r, height: row.height });
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value as unknown;
        cells.push([cell.address, value instanceof Date ? value.getTime() : value, cell.numFmt, cell.alignment]);
      });
    });
    const tables = ws.getTables().map((t) => {
      const table = (t as unknown as { table: { name: string; tableRef: string; columns: { name: string }[] } }).table;
      return { name: table.name, ref: table.tableRef, columns: table.columns.map((c) => c.name) };
    });
    const validations = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
    seen[spec.name] = {
      cells,
      tables,
      validations,
      columns: ws.columns?.map((c) => c.width),
      views: ws.views,
      pageSetup: ws.pageSetup.printArea,
      colours: (ws as unknown as { conditionalFormattings: unknown }).conditionalFormattings,
    };
  }
  return seen;
}

describe('big tables written directly read exactly as ExcelJS writes them', () => {
  const dir = tempDir();
  const register = bigRegister();
  let viaExcelJs: string;

  beforeAll(async () => {
    viaExcelJs = path.join(dir, 'exceljs.xlsx');
    await writeXlsx(withRendered(register, false), viaExcelJs);
  }, 300_000);

  function withRendered(r: RegisterData, direct: boolean): ExcelJS.Workbook {
    const workbook = new ExcelJS.Workbook();
    renderUppsikt(workbook, r, { today: TODAY, direct });
    return workbook;
  }

  test('the register really is big enough to be written directly', () => {
    const workbook = withRendered(register, true);
    const direct = [...directTables(workbook).values()];
    expect(direct.length).toBeGreaterThanOrEqual(3);
    for (const table of direct) expect(table.body.length).toBe(ROWS);
  });

  test('writeXlsx (init, samla): same cells, formats, drop-downs, table refs, heights; same snapshot', async () => {
    const direct = path.join(dir, 'direct.xlsx');
    await writeXlsx(withRendered(register, true), direct);
    const [a, b] = [await seenByExcelJs(viaExcelJs), await seenByExcelJs(direct)];
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const sheet of Object.keys(a)) expect(b[sheet]).toEqual(a[sheet]);
    expect(await readXlsx(direct)).toEqual(await readXlsx(viaExcelJs));
    // The drop-downs cover the body and the spare rows below it as one range per column.
    const ref = ((a.Risker ?? a[Object.keys(a)[1]]) as { tables: { ref: string }[] }).tables[0]?.ref;
    expect(ref).toMatch(new RegExp(`:[A-Z]+${ROWS + Number(/\d+/.exec(ref)![0])}$`));
  }, 300_000);

  test("the package merge (adopt, ny-omgang): same cells as the merge of ExcelJS's rendering", async () => {
    const source = path.join(dir, 'tom.xlsx');
    const blank = new ExcelJS.Workbook();
    blank.addWorksheet('Egen').getCell('A1').value = 'min egen cell';
    await blank.xlsx.writeFile(source);
    const merged = path.join(dir, 'merged.xlsx');
    const result = await writeUppsiktPackage(source, merged, register, { today: TODAY });
    expect(result.changedParts).toEqual([]);
    const mergedByExcelJs = path.join(dir, 'merged-exceljs.xlsx');
    await writeUppsiktPackage(source, mergedByExcelJs, register, { today: TODAY, direct: false });
    const [a, b] = [await seenByExcelJs(mergedByExcelJs), await seenByExcelJs(merged)];
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const sheet of Object.keys(a)) expect(b[sheet]).toEqual(a[sheet]);
    expect(await readXlsx(merged)).toEqual(await readXlsx(mergedByExcelJs));
  }, 300_000);
});
