import { cellMemo } from '../../../src/core/controls/cellMemo';
import type { CellValue } from '../../../src/core';

/* A reading that counts its calls, so a test sees which cells were read again. */
function counted() {
  const reads: CellValue[] = [];
  const memo = cellMemo((cell) => {
    reads.push(cell);
    return typeof cell === 'string' ? cell.trim().toLowerCase() : String(cell);
  });
  return { memo, reads };
}

test('each distinct cell is read once, before and beyond the short list', () => {
  const { memo, reads } = counted();
  const cells: CellValue[] = Array.from({ length: 20 }, (_, i) => `Ja ${i}`);
  for (let round = 0; round < 3; round++) expect(cells.map(memo)).toEqual(cells.map((c) => String(c).toLowerCase()));
  expect(reads).toEqual(cells);
});

test('a text equal to a read one, in another string, is not read again; NaN, 0 and blanks are kept like texts', () => {
  const { memo, reads } = counted();
  const values: CellValue[] = ['Ja', ['J', 'a'].join(''), Number.NaN, Number.NaN, 0, -0, null, null, undefined, undefined, false, false];
  expect(values.map(memo)).toEqual(['ja', 'ja', 'NaN', 'NaN', '0', '0', 'null', 'null', 'undefined', 'undefined', 'false', 'false']);
  expect(reads).toEqual(['Ja', Number.NaN, 0, null, undefined, false]);
});

test('a date is read every time, never kept by the object', () => {
  const { memo, reads } = counted();
  const date = new Date(Date.UTC(2026, 0, 1));
  memo(date);
  date.setUTCFullYear(2027);
  expect(memo(date)).toBe(String(date));
  expect(reads).toHaveLength(2);
});
