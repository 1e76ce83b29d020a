import { parseRoundName } from '../../src/core';

describe('parseRoundName', () => {
  test.each([
    ['2025', '2025'],
    ['2025-09-30', '2025-09-30'],
    ['2025 T2', '2025 T2'],
    ['  Delår   2025 ', 'Delår 2025'],
    ['VT 2026', 'VT 2026'],
    ['Uppföljning 2024/2025', 'Uppföljning 2024/2025'],
    ['Bokslut 2024', 'Bokslut 2024'],
  ])('accepts %j as a round named %j', (typed, name) => {
    expect(parseRoundName(typed)).toEqual({ value: name, issues: [] });
  });

  test.each([
    ['hej hopp', 'roundNameNoYear', 'Omgången ”hej hopp” har inget årtal (1900–2100); ange till exempel 2025, 2025-09-30, ”2025 T2” eller ”Delår 2025”.'],
    ['1800', 'roundNameNoYear', expect.stringContaining('har inget årtal')],
    ['20250930', 'roundNameNoYear', expect.stringContaining('har inget årtal')],
    ['2025-13-45', 'roundNameDateInvalid', expect.stringMatching(/^Omgången ”2025-13-45” är inget giltigt datum; skriv datumet som 2025-09-30/)],
    ['   ', 'roundNameMissing', 'Ange omgången, till exempel 2025, 2025-09-30, ”2025 T2” eller ”Delår 2025”.'],
    [`${'Uppföljning '.repeat(4)}2025`, 'roundNameTooLong', expect.stringContaining('tecken; använd högst 40')],
    ['2025\u001b[31m', 'roundNameControl', expect.stringContaining('innehåller styrtecken')],
  ])('refuses %j with %s', (typed, code, message) => {
    const result = parseRoundName(typed);
    expect(result.value).toBeUndefined();
    expect(result.issues).toEqual([expect.objectContaining({ code, severity: 'error', message })]);
  });
});
