import path from 'path';
import ExcelJS from 'exceljs';
import type { Finding } from '../../src/core';
import { cappedFindings, findingLine, printFindings } from '../../src/cli/format';
import { terminalProgress } from '../../src/cli/progress';
import { tempDir, uppsikt } from './runCli';

/*
 * A big workbook's findings must not flood the terminal (issue 9: 275,000 warnings, 44 MB): the first 200
 * are printed, the rest counted per kind, and --json keeps every one. Progress goes to stderr only when it
 * is a terminal.
 */

const finding = (i: number, code: string, severity: 'error' | 'warning'): Finding =>
  ({ severity, code, sheet: 'Uppföljning', cell: `E${i + 4}`, message: `Statusen ”x${i}” känns inte igen.` }) as Finding;

describe('cappedFindings', () => {
  test('prints everything up to the limit', () => {
    const all = Array.from({ length: 5 }, (_, i) => finding(i, 'statusUnknown', 'warning'));
    expect(cappedFindings(all, 5)).toEqual({ shown: all, rest: [] });
  });

  test('beyond the limit: the first ones in full, then one line per kind with its count and an example', () => {
    const all = [
      ...Array.from({ length: 250 }, (_, i) => finding(i, 'statusUnknown', 'warning')),
      ...Array.from({ length: 3 }, (_, i) => finding(300 + i, 'levelOutOfRange', 'error')),
    ];
    const { shown, rest } = cappedFindings(all, 200);
    expect(shown).toEqual(all.slice(0, 200));
    expect(rest).toEqual([
      '… och 53 till som inte visas här (--json ger alla). Per slag:',
      `  50 varningar av samma slag som ${findingLine(all[200])}`,
      `  3 fel av samma slag som ${findingLine(all[250])}`,
    ]);
    const lines: string[] = [];
    printFindings(all, (l) => lines.push(l), 200);
    expect(lines).toHaveLength(203);
  });
});

describe('terminalProgress', () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { written, s: { isTTY, columns: 40, write: (t: string) => written.push(t) } as unknown as NodeJS.WriteStream };
  };

  test('nothing when stderr is not a terminal', () => {
    expect(terminalProgress(stream(false).s)).toBeUndefined();
  });

  test('one overwritten line on a terminal, cleared with an empty text', () => {
    const { written, s } = stream(true);
    const progress = terminalProgress(s)!;
    progress('Läser Riskanalys: 25 000 rader …');
    progress('');
    expect(written).toEqual(['\rLäser Riskanalys: 25 000 rader …\x1b[K', '\r\x1b[K']);
  });
});

describe('uppsikt check on a workbook with many findings', () => {
  test('prints 200 findings and a count per kind; --json has all of them', async () => {
    const file = path.join(tempDir(), 'manga.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Uppföljning');
    ws.addRow(['Granskning', 'Rekommendation', 'Mottagare', 'Status']);
    for (let i = 0; i < 260; i++) ws.addRow([`Granskning ${i % 4}`, `Rekommendation ${i}`, 'Kommunstyrelsen', `okänd status ${i}`]);
    await wb.xlsx.writeFile(file);

    const json = JSON.parse((await uppsikt('check', file, '--json')).stdout) as unknown[];
    expect(json.length).toBeGreaterThan(260);
    const run = await uppsikt('check', file);
    const findingLines = run.out.filter((l) => /^ {2}\S+!\S+ {2}(fel|varning):/.test(l));
    expect(findingLines).toHaveLength(200);
    expect(run.out).toContainEqual(`… och ${json.length - 200} till som inte visas här (--json ger alla). Per slag:`);
    expect(run.out.filter((l) => / av samma slag som /.test(l)).length).toBeGreaterThan(0);
  }, 120_000);
});
