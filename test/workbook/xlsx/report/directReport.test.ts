/*
 * Issue 22: `uppsikt export` writes a big report's tables (Internkontrollplan, Rekommendationer) straight to
 * sheet XML (renderReport's `direct`). The file must read exactly as the one ExcelJS writes on its own:
 * every cell's value and style (font, fill, border, alignment, number format), the level colours, the
 * hyphenated words, the row heights, the fitted column widths, merges, views and print settings.
 */
import path from 'path';
import ExcelJS from 'exceljs';
import { defaultScale, registerFromRecords, type RegisterData } from '../../../../src/core';
import { buildReport } from '../../../../src/usecases/report/buildReport';
import { readXlsx, writeXlsx } from '../../../../src/workbook/xlsx';
import { DIRECT_ROWS_FROM, directTables } from '../../../../src/workbook/xlsx/render/directRows';
import { renderReport, REPORT_SHEETS } from '../../../../src/workbook/xlsx/report';
import { PER } from '../../../usecases/report/_fixtures';
import { tempDir } from '../../_lib/files';

const ROWS = DIRECT_ROWS_FROM + 311;

// Words too long for their column (hyphenated in the plan), markup, escapes, edge spaces, empty text.
const TEXTS = [
  'Stickprov på utbetalningar',
  'Informationssäkerhetsklassificeringsarbetet och behörighetsadministrationsrutinerna ses över',
  ' <&"\'> =SUMMA(A1) ',
  'Kod _x0041_ står kvar',
  '',
  'https://www.example.se/kommunen/styrdokument/internkontroll/riktlinjer-for-uppfoljning.pdf',
  'Kort',
];
const text = (i: number) => `${TEXTS[i % TEXTS.length]}${i % 13 === 0 ? ` ${'lång text '.repeat(i % 30)}` : ''}`;

/** Risks on every level and unscored ones, controls of existing, missing and no risks, recommendations of many granskningar. */
function midRegister(): RegisterData {
  const risks = Array.from({ length: ROWS }, (_, i) => ({
    id: `R${i}`,
    namnd: 'Socialnämnden',
    process: i % 11 === 0 ? i : text(i + 1),
    kategori: `Kategori ${i % 6}`,
    beskrivning: text(i),
    sannolikhet: i % 17 === 0 ? '' : 1 + (i % 4),
    konsekvens: i % 17 === 0 ? '' : 1 + ((i >> 2) % 4),
    kommungemensam: i % 5 === 0 ? 'Ja' : 'Nej',
  }));
  const controls = Array.from({ length: ROWS - 200 }, (_, i) => ({
    id: `K${i}`,
    riskId: i % 19 === 0 ? `X${i}` : `R${i}`,
    kontrollmoment: i % 23 === 0 ? '' : text(i + 2),
    kontrollmetod: i % 29 === 0 ? new Date(Date.UTC(2026, i % 12, 1)) : text(i + 3),
    frekvens: i % 31 === 0 ? 4 : text(i + 4),
    kontrollansvarig: text(i + 5),
    rapporterasTill: 'Socialnämnden',
    tidpunkt: text(i + 6),
    utfall: i % 3 === 0 ? text(i) : '',
    avvikelse: i % 7 === 0 ? 'Rutinen förtydligad' : '',
  }));
  const audits = Array.from({ length: 40 }, (_, g) => ({ id: `G${g}`, titel: `Granskning ${g} ${text(g)}`, ar: 2020 + (g % 6) }));
  const recs = Array.from({ length: ROWS }, (_, i) => ({
    id: `G${i % 40}-${i}`,
    granskningId: `G${i % 40}`,
    nr: i,
    rekommendation: text(i),
    mottagare: 'Socialnämnden',
    svar: text(i + 1),
    atgard: text(i + 2),
    klartSenast: i % 4 === 0 ? new Date(Date.UTC(2025, i % 12, 1 + (i % 28))) : '',
  }));
  const followUps = recs
    .filter((_, i) => i % 3 !== 0)
    .map((r, i) => ({ rekommendationId: r.id, omgang: '2025', bedomning: ['Åtgärdad', 'Delvis åtgärdad', 'Ej åtgärdad'][i % 3] }));
  return registerFromRecords(
    defaultScale,
    { Risker: risks, Kontroller: controls, Granskningar: audits, Rekommendationer: recs, Uppföljningar: followUps },
    { namnder: ['Socialnämnden'] },
  );
}

/** Everything a reader sees of each sheet, through ExcelJS. */
async function seen(file: string): Promise<Record<string, unknown>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheets: Record<string, unknown> = {};
  for (const ws of book.worksheets) {
    const cells: unknown[] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      cells.push({ r, height: row.height });
      row.eachCell({ includeEmpty: true }, (cell) => {
        const value = cell.value as unknown;
        // ExcelJS decodes "_x005F_" (a literal "_x…_" escaped) in shared strings but not in the inline strings
        // of direct rows; Excel and readXlsx decode both (compared below).
        const shown = typeof value === 'string' ? value.replace(/_x005F_/g, '_') : value instanceof Date ? value.getTime() : value;
        cells.push([cell.address, shown, cell.numFmt, cell.font, cell.fill, cell.border, cell.alignment]);
      });
    });
    const tables = ws.getTables().map((t) => {
      const table = (t as unknown as { table: { name: string; tableRef: string; columns: { name: string }[]; style: unknown } }).table;
      return { name: table.name, ref: table.tableRef, columns: table.columns.map((c) => c.name), style: table.style };
    });
    sheets[ws.name] = {
      cells,
      tables,
      merges: (ws.model as unknown as { merges: string[] }).merges,
      columns: ws.columns?.map((c) => c.width),
      views: ws.views,
      pageSetup: ws.pageSetup,
      headerFooter: ws.headerFooter,
      tab: ws.properties.tabColor,
    };
  }
  return sheets;
}

describe('a report written directly reads exactly as ExcelJS writes it', () => {
  const dir = tempDir();
  const model = buildReport(midRegister(), { namnd: 'Socialnämnden', per: PER });

  test('the plan and the recommendations really are big enough to be written directly, the plan in several level colours', () => {
    const direct = directTables(renderReport(model, { direct: true }));
    expect([...direct.keys()].sort()).toEqual([REPORT_SHEETS[2], REPORT_SHEETS[3]].sort());
    expect(direct.get(REPORT_SHEETS[2])!.body.length).toBe(model.plan.length);
    expect(direct.get(REPORT_SHEETS[2])!.pairs).toBeGreaterThanOrEqual(4);
    expect(direct.get(REPORT_SHEETS[3])!.body.length).toBe(ROWS);
    expect(directTables(renderReport(model)).size).toBe(0);
    // ExcelJS holds only the header and the template rows of each direct table, never a row of the body.
    const workbook = renderReport(model, { direct: true });
    for (const sheet of [REPORT_SHEETS[2], REPORT_SHEETS[3]]) {
      const table = directTables(workbook).get(sheet)!;
      expect(workbook.getWorksheet(sheet)!.rowCount).toBe(table.headerRow + 2 * (table.pairs ?? 1));
    }
  });

  test('same cells, styles, heights, widths, merges, tables and print settings on every sheet', async () => {
    const [viaExcelJs, direct] = [path.join(dir, 'exceljs.xlsx'), path.join(dir, 'direct.xlsx')];
    await writeXlsx(renderReport(model), viaExcelJs);
    await writeXlsx(renderReport(model, { direct: true }), direct);
    const [a, b] = [await seen(viaExcelJs), await seen(direct)];
    expect(Object.keys(b)).toEqual([...REPORT_SHEETS]);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const sheet of REPORT_SHEETS) expect(b[sheet]).toEqual(a[sheet]);
    expect(await readXlsx(direct)).toEqual(await readXlsx(viaExcelJs));
    // The fixture holds what the comparison is about: hyphenated words and coloured levels in the plan.
    const plan = JSON.stringify((a[REPORT_SHEETS[2]] as { cells: unknown[] }).cells);
    expect(plan).toMatch(/Informations[a-zåäö]*-\\n/);
    expect(plan).toContain('"pattern":"solid"');
  }, 300_000);
});
