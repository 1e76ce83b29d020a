import { findingOf } from '../../../src/core';

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
