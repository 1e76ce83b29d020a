import { cellOfRow, findingAtRow, findingOf } from '../../../src/core';

describe('findingOf', () => {
  const message = { severity: 'error' as const, code: 'statusUnknown', message: 'Statusen ”klar” är okänd.' };

  test('names the cell from the 0-based row and column', () => {
    expect(findingOf(message, { sheet: 'Uppföljning', row: 4, column: 2 })).toEqual({ ...message, sheet: 'Uppföljning', cell: 'C5' });
    expect(findingOf(message, { sheet: 'Riskanalys', row: 0, column: 26 }).cell).toBe('AA1');
  });

  test('without both row and column it names the sheet only', () => {
    expect(findingOf(message, { sheet: 'Inställningar', row: 3 }).cell).toBe('');
    expect(findingOf(message, { sheet: '' })).toEqual({ ...message, sheet: '', cell: '' });
  });
});

describe('findingAtRow and cellOfRow', () => {
  const row = { sheet: 'Riskanalys', row: 6, columns: { id: 0, sannolikhet: 5 }, values: {}, extra: {} };
  const message = { severity: 'warning' as const, code: 'levelOutOfRange', message: 'Sannolikhet: 7 ligger utanför skalan.' };

  test('the cell of the key, or of the first known column when the sheet lacks it', () => {
    expect(cellOfRow(row, 'sannolikhet')).toBe('F7');
    expect(cellOfRow(row, 'konsekvens')).toBe('A7');
    expect(findingAtRow(message, row, 'sannolikhet')).toEqual({ ...message, sheet: 'Riskanalys', cell: 'F7' });
  });
});
