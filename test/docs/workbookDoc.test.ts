import fs from 'fs';
import path from 'path';
import { uppsiktSchema } from '../../src/core';

// docs/workbook.md is what a controller reads; it must name every sheet, table, column and list the code writes.
const doc = fs.readFileSync(path.join(__dirname, '../../docs/workbook.md'), 'utf8');

describe('docs/workbook.md describes the schema', () => {
  test.each(uppsiktSchema.sheets.map((s) => [s.name, s]))('sheet %s', (_name, sheet) => {
    expect(doc).toContain(`| ${sheet.name} |`);
    for (const table of sheet.tables) {
      expect(doc).toContain(`(tabellen ${table.name})`);
      for (const column of table.columns) expect(doc).toContain(`| ${column.header} |`);
    }
  });

  test('every list and its name', () => {
    for (const list of uppsiktSchema.lists) expect(doc).toContain(`| ${list.header} | \`${list.name}\` |`);
  });
});
