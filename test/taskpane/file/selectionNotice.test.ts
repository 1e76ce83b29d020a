import type { WorkbookSnapshot } from '../../../src/core';
import { rowContent } from '../../../src/taskpane/file/selectionNotice';

describe('rowContent', () => {
  const snapshot: WorkbookSnapshot = {
    sheets: [
      {
        name: 'Riskanalys',
        values: [['Risk- och väsentlighetsanalys'], [], ['Id', 'Risk', 'Sannolikhet', 'Ansvarig'], ['R1', 'Brand i arkivet', 3, null], ['R2', 'x'.repeat(300), 2, 'Bo']],
      },
      { name: 'Anteckningar', values: [['Att göra', null, 'fredag']] },
    ],
    tables: [{ name: 'Risker', sheet: 'Riskanalys', headerRow: 2, firstColumn: 0, columnCount: 4, rowCount: 2 }],
    names: {},
  };

  test('in a table each value with its header, blanks left out', () => {
    expect(rowContent(snapshot, 'Riskanalys', 'C4')).toBe('Id: ”R1”, Risk: ”Brand i arkivet”, Sannolikhet: 3');
  });

  test('a long row is cut with an ellipsis', () => {
    const text = rowContent(snapshot, 'Riskanalys', 'B5');
    expect(text.length).toBeLessThanOrEqual(160);
    expect(text).toMatch(/^Id: ”R2”, Risk: ”x+…”, Sannolikhet: 2, Ansvarig: ”Bo”$/);
  });

  test('outside a table the values in order; an unknown sheet or empty row gives nothing', () => {
    expect(rowContent(snapshot, 'Anteckningar', 'A1')).toBe('”Att göra”, ”fredag”');
    expect(rowContent(snapshot, 'Finns inte', 'A1')).toBe('');
    expect(rowContent(snapshot, 'Riskanalys', 'A2')).toBe('');
  });
});
