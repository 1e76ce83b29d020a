import path from 'path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { adoptWorkbook, tableSpec, type CellValue } from '../../../src/core';
import { readXlsx, renderUppsikt, snapshotOf, writeXlsx } from '../../../src/workbook/xlsx';
import { tempDir, TODAY } from '../_lib/files';

/*
 * The promise of `uppsikt adopt`: whatever a hand-made workbook looks like, every cell of it is present and
 * unchanged in the written file, and every mapped or extra value reaches the Uppsikt table.
 */
const spec = tableSpec('Risker');
const typed = spec.columns.filter((c) => c.kind !== 'computed');
const header = fc
  .constantFrom(...typed)
  .chain((c) => fc.record({ key: fc.constant(c.key), header: fc.constantFrom(c.header, ...c.synonyms).chain((h) => fc.constantFrom(h, h.toLowerCase(), `${h} `)) }));
const value: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -5, max: 99 }),
  // A cell cannot hold -0 (Excel writes 0), so the generator does not produce it.
  fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v)),
  fc.constantFrom('3', '3,0', 'hög', 'Socialnämnden', '=1+1', 'Åtgärdad', ' text med mellanslag '),
  fc.boolean(),
);

const cellsOf = (ws: ExcelJS.Worksheet) => {
  const out: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => (out[cell.address] = cell.value)));
  return out;
};

test('adopt round trip: original cells unchanged, values carried into the Uppsikt table', async () => {
  const dir = tempDir();
  let run = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.uniqueArray(header, { minLength: 1, maxLength: 6, selector: (c) => c.key }),
      fc.array(fc.constantFrom('Kommentar', 'Källa', 'Notering'), { maxLength: 2 }),
      fc.integer({ min: 0, max: 6 }),
      fc.integer({ min: 0, max: 3 }),
      fc.array(fc.array(value, { minLength: 12, maxLength: 12 }), { minLength: 1, maxLength: 6 }),
      async (picked, extras, headerRow, firstColumn, data) => {
        const columns = [
          { key: 'beskrivning', header: 'Riskbeskrivning' },
          { key: 'sannolikhet', header: 'Sannolikhet' },
          ...picked.filter((c) => c.key !== 'beskrivning' && c.key !== 'sannolikhet'),
        ];
        const headers = [...columns.map((c) => c.header), ...extras];
        const input = new ExcelJS.Workbook();
        const ws = input.addWorksheet('Mina risker');
        ws.getCell('A1').value = 'Riskanalys 2026';
        headers.forEach((h, c) => (ws.getCell(headerRow + 2, firstColumn + c + 1).value = h));
        data.forEach((row, r) => headers.forEach((_h, c) => (ws.getCell(headerRow + 3 + r, firstColumn + c + 1).value = row[c] as ExcelJS.CellValue)));
        const inFile = path.join(dir, `in${run}.xlsx`);
        const outFile = path.join(dir, `ut${run++}.xlsx`);
        await input.xlsx.writeFile(inFile);

        const loaded = new ExcelJS.Workbook();
        await loaded.xlsx.readFile(inFile);
        const before = cellsOf(loaded.getWorksheet('Mina risker')!);
        const { register } = adoptWorkbook(snapshotOf(loaded));
        renderUppsikt(loaded, register, { today: TODAY });
        await writeXlsx(loaded, outFile);

        const out = new ExcelJS.Workbook();
        await out.xlsx.readFile(outFile);
        expect(cellsOf(out.getWorksheet('Mina risker')!)).toEqual(before);

        // The Uppsikt table, read back as data, holds every non-blank row with the same values.
        const snapshot = await readXlsx(outFile);
        const table = snapshot.tables.find((t) => t.name === 'Risker')!;
        const sheet = snapshot.sheets.find((s) => s.name === table.sheet)!;
        const written = sheet.values[table.headerRow];
        const nonBlank = data.filter((row) => row.slice(0, headers.length).some((v) => v !== null && !(typeof v === 'string' && v.trim() === '')));
        nonBlank.forEach((row, r) => {
          // Snapshots are sparse: a row reaches its own last cell, so a blank at its end is no cell at all.
          const cells = sheet.values[table.headerRow + 1 + r] ?? [];
          columns.forEach((c, i) => {
            const at = written.indexOf(spec.columns.find((s) => s.key === c.key)!.header);
            expect(cells[at] ?? null).toEqual(row[i]);
          });
          extras.forEach((_e, i) => {
            const at = written.indexOf(register.tables.Risker!.extraHeaders[i]);
            expect(cells[at] ?? null).toEqual(row[columns.length + i]);
          });
        });
      },
    ),
    { numRuns: 12 },
  );
}, 300_000);
