import { defaultScale } from '../../../src/core';
import { exampleRegister } from '../../../src/usecases/exampleRegister';
import { reportFileNames, safeFileName } from '../../../src/usecases/report/reportFileNames';
import { hasReportRound, reportRounds } from '../../../src/usecases/report/reportRounds';

describe('reportFileNames', () => {
  test('safe on every system, the kommun as Samtliga nämnder, never the same file twice', () => {
    expect(safeFileName('Kultur/fritid')).toBe('Kultur-fritid');
    expect(safeFileName(' .Nämnd\u0007 ')).toBe('Nämnd-');
    expect(safeFileName('CON')).toBe('CON_');
    expect(reportFileNames(['Kultur/fritid', 'kultur-fritid', undefined, 'Kultur:fritid'])).toEqual([
      'Kultur-fritid.xlsx',
      'kultur-fritid (2).xlsx',
      'Samtliga nämnder.xlsx',
      'Kultur-fritid (3).xlsx',
    ]);
  });
});

describe('reportRounds', () => {
  test('each round once, in time order; a round is found whatever its spacing and case', () => {
    const register = exampleRegister(defaultScale);
    expect(reportRounds(register)).toEqual(['2024', '2025']);
    expect(hasReportRound(register, ' 2025 ')).toBe(true);
    expect(hasReportRound(register, '2026')).toBe(false);
  });
});
