import { adoptWorkbook, defaultScale, registerFromRecords } from '../../src/core';
import { adoptionFindings } from '../../src/usecases/adoptionFindings';
import { checkFindings } from '../../src/usecases/checkFindings';
import { checkWorkbook } from '../../src/usecases/checkWorkbook';
import { exampleRegister } from '../../src/usecases/exampleRegister';
import { findingSummary } from '../../src/usecases/findingSummary';
import { PORTS, TODAY } from './_lib/ports';

describe('findingSummary', () => {
  const f = (severity: 'error' | 'warning') => ({ severity, code: 'x', sheet: 'S', cell: 'A1', message: 'm' });
  test('words the counts once for the CLI and the pane', () => {
    expect(findingSummary([]).text).toBe('Inga fel eller varningar.');
    expect(findingSummary([], 'bok.xlsx').text).toBe('Inga fel eller varningar i bok.xlsx.');
    expect(findingSummary([f('error'), f('warning')])).toMatchObject({ errors: 1, warnings: 1, counts: '1 fel och 1 varning', text: '1 fel och 1 varning.' });
    expect(findingSummary([f('warning'), f('warning')]).text).toBe('0 fel och 2 varningar.');
  });
});

describe('adoptionFindings', () => {
  test('an adoption issue names its sheet in input and its cell by row and column', () => {
    const issue = { code: 'adoptColumnDuplicate' as const, severity: 'warning' as const, message: 'Kolumnen …', input: 'Mina risker', row: 2, column: 4 };
    expect(adoptionFindings([issue, { ...issue, row: undefined }])).toEqual([
      { severity: 'warning', code: 'adoptColumnDuplicate', sheet: 'Mina risker', cell: 'E3', message: 'Kolumnen …' },
      { severity: 'warning', code: 'adoptColumnDuplicate', sheet: 'Mina risker', cell: '', message: 'Kolumnen …' },
    ]);
  });
});

describe.each(PORTS)('checking a workbook through $name', (ports) => {
  test('a level outside the scale is an error at its cell; the findings are checkFindings of the adoption', async () => {
    const register = registerFromRecords(defaultScale, {
      Risker: [{ id: 'R1', namnd: 'Socialnämnden', process: 'Bistånd', beskrivning: 'Felaktiga utbetalningar', sannolikhet: 7, konsekvens: 2, hantering: 'Accepteras' }],
    });
    const port = await ports.with(register);
    const { adoption, findings, summary } = await checkWorkbook(port, TODAY);
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors).toEqual([expect.objectContaining({ sheet: 'Riskanalys', cell: 'F4', code: 'levelOutOfRange' })]);
    expect(summary.errors).toBe(1);
    expect(summary.text).toMatch(/^1 fel och \d+ varning(ar)?\.$/);
    expect(findings).toEqual(checkFindings(adoption, TODAY));
  });

  test('the example workbook has no errors', async () => {
    const { summary } = await checkWorkbook(await ports.with(exampleRegister(defaultScale)), TODAY);
    expect(summary.errors).toBe(0);
  });
});

test('checkFindings puts adoption issues before the checks', () => {
  const adoption = adoptWorkbook({ sheets: [], tables: [], names: {} });
  const withIssue = { ...adoption, issues: [{ code: 'adoptNameBroken' as const, severity: 'warning' as const, message: 'Namnet Skala pekar på X!A1 …' }] };
  expect(checkFindings(withIssue, TODAY)[0]).toMatchObject({ code: 'adoptNameBroken', sheet: '', cell: '' });
});
