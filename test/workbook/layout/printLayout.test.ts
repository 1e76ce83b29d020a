import { fitScale, orientationFor, pageFooter, rowHeightFor, workingFooter, wrappedLines } from '../../../src/workbook/layout/printLayout';

describe('printLayout', () => {
  test('orientation by width: narrow tables upright, wide ones lying down', () => {
    expect(orientationFor([30, 10, 10, 10, 10])).toBe('portrait');
    expect(orientationFor([18, 6, 4, 26, 14, 20, 18, 11, 11, 8, 9])).toBe('landscape');
    expect(fitScale([30], 'portrait')).toBe(100);
    expect(fitScale([200], 'landscape')).toBeLessThan(80);
  });

  test('wrapped lines break at spaces, long words are cut, line breaks kept', () => {
    expect(wrappedLines('kort', 10, 10)).toBe(1);
    expect(wrappedLines('Felaktiga utbetalningar av ekonomiskt bistånd upptäcks inte', 20, 10)).toBe(4);
    expect(wrappedLines('a\nb\nc', 20, 10)).toBe(3);
    expect(wrappedLines('x'.repeat(100), 10, 10)).toBeGreaterThanOrEqual(7);
  });

  test('a row is as tall as its tallest wrapped cell, at least the default 15 pt', () => {
    expect(rowHeightFor([{ text: '', width: 10, points: 10 }])).toBe(15);
    const tall = rowHeightFor([{ text: 'ord '.repeat(60), width: 20, points: 10 }]);
    expect(tall).toBeGreaterThan(100);
    expect(rowHeightFor([{ text: 'ord '.repeat(2000), width: 5, points: 10 }])).toBe(409);
  });

  test('footers: nämnd, date and page numbers; & escaped', () => {
    expect(pageFooter('Kultur & fritid', '2026-11-22')).toBe('&L&10Kultur && fritid&C&10per 2026-11-22&R&10Sida &P av &N');
    expect(workingFooter(['Socialnämnden'])).toContain('&LSocialnämnden'.replace('&L', '&L&10'));
    expect(workingFooter(['A', 'B'])).toContain('&L&10&A');
  });
});
