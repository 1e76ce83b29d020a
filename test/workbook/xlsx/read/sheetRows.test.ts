import { fillRows, settleRow } from '../../../../src/workbook/xlsx/read/sheetRows';

describe('settleRow', () => {
  it('gives a row of exactly its width, blanks as null', () => {
    const rows: (number[] | undefined)[] = [];
    (rows[1] ??= [])[3] = 4;
    rows[1][0] = 1;
    settleRow(rows, 1, 5);
    expect(rows[1]).toEqual([1, null, null, 4, null]);
    expect(Object.keys(rows[1]!)).toHaveLength(5);
  });

  it('keeps a cell past the width, and the hole before it, as filling later would', () => {
    const rows: (number[] | undefined)[] = [[1]];
    rows[0]![4] = 5;
    settleRow(rows, 0, 2);
    expect(rows[0]).toHaveLength(5);
    expect(Object.keys(rows[0]!)).toEqual(['0', '1', '4']);
    expect(rows[0]![1]).toBeNull();
  });

  it('leaves a row without cells a hole', () => {
    const rows: (number[] | undefined)[] = [[1]];
    settleRow(rows, 3, 2);
    expect(3 in rows).toBe(false);
    expect(rows).toHaveLength(1);
  });

  it('gives the same rows fillRows gives without it', () => {
    const grow = () => {
      const rows: (string[] | undefined)[] = [];
      (rows[0] ??= [])[2] = 'c';
      (rows[2] ??= [])[0] = 'a';
      (rows[5] ??= [])[1] = 'unused';
      return rows;
    };
    const widths = new Map([
      [0, 4],
      [2, 1],
      [3, 2],
    ]);
    const settled = grow();
    for (const r of [0, 2]) settleRow(settled, r, widths.get(r)!);
    expect(fillRows(settled, widths, 4, true)).toEqual(fillRows(grow(), widths, 4, true));
    expect(fillRows(grow(), widths, 4, true)).toEqual([[null, null, 'c', null], undefined, ['a'], [null, null]]);
  });
});
