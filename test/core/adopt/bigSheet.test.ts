import { adoptWorkbook, type CellValue } from '../../../src/core';

/*
 * Issue 9: every command crashed on a sheet of more than about 125,000 rows ("Maximum call stack size
 * exceeded": the width was Math.max(0, ...rows)). Adoption of a 300,000-row sheet must read every row.
 */
describe('adoptWorkbook on a very long sheet', () => {
  test('reads all 300,000 rows of a hand-made register', () => {
    const rows = 300_000;
    const values: CellValue[][] = [['Uppföljning 2025'], [], ['Granskning', 'Rekommendation', 'Mottagare', 'Status']];
    for (let i = 0; i < rows; i++) values.push([`Granskning ${i % 40}`, `Rekommendation ${i}`, 'Kommunstyrelsen', 'Åtgärdad']);
    const { register } = adoptWorkbook({ sheets: [{ name: 'Uppföljning', values }], tables: [], names: {} });
    expect(register.tables.Rekommendationer?.rows).toHaveLength(rows);
  }, 120_000);
});
