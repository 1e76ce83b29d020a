import { fitScale, linesHeight, orientationFor, pageFooter, rowHeightFor, workingFooter, wrappedLines } from '../../../src/workbook/layout/printLayout';

describe('printLayout', () => {
  test('orientation by width: narrow tables upright, wide ones lying down', () => {
    expect(orientationFor([30, 10, 10, 10, 10])).toBe('portrait');
    expect(orientationFor([18, 6, 4, 26, 14, 20, 18, 11, 11, 8, 9])).toBe('landscape');
    expect(fitScale([30], 'portrait')).toBe(100);
    expect(fitScale([200], 'landscape')).toBeLessThan(80);
  });

  test('wrapped lines break at spaces, long words are cut, line breaks kept', () => {
    expect(wrappedLines('kort', 10, 10)).toBe(1);
    expect(wrappedLines('Felaktiga utbetalningar av ekonomiskt bistånd upptäcks inte', 20, 10)).toBe(3);
    expect(wrappedLines('a\nb\nc', 20, 10)).toBe(3);
    expect(wrappedLines('x'.repeat(100), 10, 10)).toBeGreaterThanOrEqual(7);
  });

  test('a row is as tall as its tallest wrapped cell, at least the default 15 pt', () => {
    expect(rowHeightFor([{ text: '', width: 10, points: 10 }])).toBe(15);
    const tall = rowHeightFor([{ text: 'ord '.repeat(60), width: 20, points: 10 }]);
    expect(tall).toBeGreaterThan(100);
    expect(rowHeightFor([{ text: 'ord '.repeat(2000), width: 5, points: 10 }])).toBe(409);
  });

  test("lines are counted by the letters' widths: narrow letters fit more on a line than wide ones", () => {
    expect(wrappedLines('ill '.repeat(12), 14, 10)).toBe(2);
    expect(wrappedLines('mwm '.repeat(12), 14, 10)).toBe(6);
  });

  test('rows sized to their text: the lines LibreOffice prints with Carlito, at most one more', () => {
    // Printed in three lines in a 24-wide column (ks15's Rekommendation); the old estimate gave four.
    const recommendation = 'Etablera styrande dokument avseende kommunens it-styrning och digitalisering.';
    expect(wrappedLines(recommendation, 24, 10)).toBe(3);
    expect(rowHeightFor([{ text: recommendation, width: 24, points: 10 }])).toBe(linesHeight(3, 10));
    // Printed in six lines in the same column; LibreOffice's column is a little wider than Excel's, which the
    // count must allow for, so one line more but no more.
    const longer =
      'Säkerställa att den nya pris- och kostnadsmodellen etableras i stadens verksamheter och därigenom kan bidra till en effektiv och tydlig styrning av stadens digitaliseringsarbete.';
    expect(wrappedLines(longer, 24, 10)).toBeLessThanOrEqual(7);
  });

  test("a row's lines are never clipped in Excel (12.75 pt a line at 10 pt, 15 at 11) nor mostly empty", () => {
    for (let lines = 1; lines <= 20; lines++) {
      expect(linesHeight(lines, 10)).toBeGreaterThanOrEqual(lines * 12.75 + 1);
      expect(linesHeight(lines, 11)).toBeGreaterThanOrEqual(lines * 15);
      // Excel's line and no more: LibreOffice sets 10 pt Carlito at 10 pt a line, so every point above Excel's
      // 12.75 shows as empty space in the PDF.
      expect(linesHeight(lines, 10)).toBeLessThanOrEqual(lines * 13 + 3);
    }
  });

  test('footers: nämnd, date and page numbers; & escaped', () => {
    expect(pageFooter('Kultur & fritid', '2026-11-22')).toBe('&L&10Kultur && fritid&C&10per 2026-11-22&R&10Sida &P av &N');
    expect(workingFooter(['Socialnämnden'])).toContain('&LSocialnämnden'.replace('&L', '&L&10'));
    expect(workingFooter(['A', 'B'])).toContain('&L&10&A');
  });
});
