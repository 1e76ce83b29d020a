import fc from 'fast-check';
import { countStatus, summarizeByGroup, summaryToTable, FOLLOW_UP_STATUSES } from '../../src/core';

describe('summarizeByGroup', () => {
  test('groups in first-seen order, one count per canonical status, totals per row and a Totalt row', () => {
    const result = summarizeByGroup(['B', 'A', 'B', 'A ', 'b', 'C'], ['Åtgärdad', 'delvis', 'Åtgärdat', 'Ej åtgärdad', 'Delvis åtgärdad', '']);
    expect(result.issues).toEqual([]);
    expect(summaryToTable(result.value!)).toEqual([
      ['Granskning', 'Åtgärdad', 'Delvis åtgärdad', 'Ej åtgärdad', 'Ej bedömd', 'Totalt'],
      ['B', 2, 1, 0, 0, 3],
      ['A', 0, 1, 1, 0, 2],
      ['C', 0, 0, 0, 1, 1],
      ['Totalt', 2, 2, 1, 1, 6],
    ]);
  });

  test('skips blank rows; reports unknown statuses and statuses without a group, with their index', () => {
    const result = summarizeByGroup(['A', '', 'A', '', 'A'], ['Åtgärdad', '', 'klar', 'Åtgärdad', 'Åtgärdad']);
    expect(result.value?.total.total).toBe(2);
    expect(result.issues.map((i) => [i.code, i.input, i.index, i.message])).toEqual([
      ['statusUnknown', 'statuses', 2, 'Statusen ”klar” är okänd; ange Åtgärdad, Delvis åtgärdad, Ej åtgärdad eller Ej bedömd.'],
      ['groupMissing', 'groups', 3, 'Statusen ”Åtgärdad” står på en rad utan granskning eller nämnd.'],
    ]);
  });

  test('numbers are groups too (a year)', () => {
    expect(summarizeByGroup([2022, 2021, 2022], ['Åtgärdad', 'Åtgärdad', 'Åtgärdad']).value?.rows.map((r) => [r.group, r.total])).toEqual([
      ['2022', 2],
      ['2021', 1],
    ]);
  });

  test('ranges of different sizes are an issue', () => {
    expect(summarizeByGroup(['A'], []).issues[0].code).toBe('sizeMismatch');
  });

  test('given any input, the Totalt row reconciles with the rows and with the input', () => {
    const cell = fc.oneof(fc.constantFrom('A', 'B', ' a', '', null, 'Åtgärdad', 'delvis', 'Ej åtgärdad', 'klar'), fc.string(), fc.integer());
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { maxLength: 60 }), (pairs) => {
        const groups = pairs.map((p) => p[0]);
        const statuses = pairs.map((p) => p[1]);
        const { value, issues } = summarizeByGroup(groups, statuses);
        if (!value) return false;
        for (const status of FOLLOW_UP_STATUSES) {
          expect(value.rows.reduce((n, r) => n + r.counts[status], 0)).toBe(value.total.counts[status]);
        }
        for (const row of value.rows) expect(FOLLOW_UP_STATUSES.reduce((n, s) => n + row.counts[s], 0)).toBe(row.total);
        const blankRows = pairs.filter(([g, s]) => (g === null || String(g).trim() === '') && (s === null || String(s).trim() === '')).length;
        expect(value.total.total + issues.length + blankRows).toBe(pairs.length);
        return true;
      }),
    );
  });
});

describe('countStatus', () => {
  const groups = ['A', 'A', 'B', 'B'];
  const statuses = ['Åtgärdad', 'delvis', 'Åtgärdat', ''];
  test('counts one group and status as the summary does', () => {
    expect(countStatus(groups, statuses, 'a', 'åtgärdad').value).toBe(1);
    expect(countStatus(groups, statuses, 'B', 'Åtgärdad').value).toBe(1);
    expect(countStatus(groups, statuses, 'B', 'Ej bedömd').value).toBe(1);
    expect(countStatus(groups, statuses, 'Z', 'Åtgärdad').value).toBe(0);
  });
  test('a blank group counts across all groups', () => {
    expect(countStatus(groups, statuses, '', 'Åtgärdad').value).toBe(2);
  });
  test('an unknown status asked for is reported', () => {
    expect(countStatus(groups, statuses, 'A', 'klar').issues).toMatchObject([{ code: 'statusUnknown', input: 'status' }]);
    expect(countStatus(groups, statuses, 'A', '').value).toBeUndefined();
  });
});
