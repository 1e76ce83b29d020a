import { checkRegister, type RegisterData } from '../../../src/core';
import { EXCEL_MAX_CELL_TEXT } from '../../../src/core/cell/excelLimits';
import { check, finding } from './_lib/check';
import { buildRegister, cleanRecords, TODAY, withRecords } from './_lib/buildRegister';

const withRecommendation = (text: string) => withRecords({ Rekommendationer: cleanRecords().Rekommendationer!.map((r) => (r.id === 'G1-2' ? { ...r, rekommendation: text } : r)) });

describe('checkCellTextLength', () => {
  test('does not fire on a clean register', () => expect(check()).toEqual([]));

  test('text of exactly the limit is fine; one character more is an error at the cell', () => {
    expect(check(withRecommendation('a'.repeat(EXCEL_MAX_CELL_TEXT)))).toEqual([]);
    expect(check(withRecommendation('a'.repeat(40_012)))).toEqual([
      finding(
        'error',
        'checkCellTextTooLong',
        'Rekommendationer',
        'D5',
        'Rekommendation har 40\u00a0012 tecken, men Excel rymmer högst 32\u00a0767 tecken i en cell och skulle korta av resten; korta texten eller dela upp den.',
      ),
    ]);
  });

  test('a long text in a column of the user’s own is named by its header, on its row', () => {
    const register = buildRegister(cleanRecords());
    const table = register.tables.Granskningar!;
    const rows = table.rows.map((row) => ({ ...row, extra: { 'Egna anteckningar': 'x'.repeat(EXCEL_MAX_CELL_TEXT + 1) } }));
    const withExtra: RegisterData = { ...register, tables: { ...register.tables, Granskningar: { ...table, extraHeaders: ['Egna anteckningar'], rows } } };
    const found = checkRegister(withExtra, { today: TODAY });
    expect(found).toEqual([expect.objectContaining({ severity: 'error', code: 'checkCellTextTooLong', sheet: 'Granskningar', cell: 'A4' })]);
    expect(found[0].message).toMatch(/^Egna anteckningar har 32\u00a0768 tecken/);
  });
});
