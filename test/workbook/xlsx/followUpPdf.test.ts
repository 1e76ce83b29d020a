import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { uppsikt } from '../../cli/runCli';
import { tempDir } from '../_lib/files';
import { describePdf, isA4, pages, wordHeights } from './_lib/pdfPages';
import { renderUppsikt, writeXlsx } from '../../../src/workbook/xlsx';
import { yearRegister } from '../../usecases/yearClose/_fixture';

/*
 * Uppföljning av intern kontroll as the nämnd and kommunstyrelsen get it (`export --uppfoljning --pdf`),
 * measured as the nämnd report is (reportPdf.test.ts): every page A4, tagged, no word under 8 pt on paper,
 * the footer on every page. Skipped without LibreOffice, unless CI requires it.
 */
describePdf('Uppföljning av intern kontroll as a PDF', () => {
  const dir = tempDir();
  const pdfs: Record<string, string> = {};

  beforeAll(async () => {
    const source = path.join(dir, 'plan2026.xlsx');
    const workbook = new ExcelJS.Workbook();
    renderUppsikt(workbook, yearRegister(), { today: 46000 });
    await writeXlsx(workbook, source);
    const all = await uppsikt('export', source, '--uppfoljning', '2026', '--alla', '-o', path.join(dir, 'ut'), '--pdf', '--per', '2027-02-25');
    expect(all.code).toBe(0);
    const kommun = await uppsikt('export', source, '--uppfoljning', '2026', '-o', path.join(dir, 'kommunen.xlsx'), '--pdf', '--per', '2027-02-25');
    expect(kommun.err).toEqual([]);
    expect(kommun.code).toBe(0);
    pdfs.soc = path.join(dir, 'ut', 'Socialnämnden.pdf');
    pdfs.kommun = path.join(dir, 'kommunen.pdf');
  }, 600_000);

  test('a PDF beside every nämnd file', () => {
    const files = fs.readdirSync(path.join(dir, 'ut'));
    expect(files.filter((f) => f.endsWith('.pdf')).sort()).toEqual(['Kulturnämnden.pdf', 'Socialnämnden.pdf', 'Tekniska nämnden.pdf']);
  });

  // Sammanfattning, Kontroller, Avvikelser; the kommun adds Nämnder after the summary.
  test.each([
    ['soc', 3],
    ['kommun', 4],
  ] as const)('%s: %i A4 pages, the summary upright, tagged, never under 8 pt, footer on every page', (name, count) => {
    const sizes = pages(pdfs[name]);
    expect(sizes).toHaveLength(count);
    expect(sizes.every(isA4)).toBe(true);
    expect(sizes[0].width < sizes[0].height).toBe(true);
    expect(execFileSync('pdfinfo', [pdfs[name]], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
    const words = wordHeights(pdfs[name]).filter((w) => /[\p{L}\p{N}]/u.test(w.word));
    expect(words.length).toBeGreaterThan(100);
    expect(Math.min(...words.map((w) => w.height))).toBeGreaterThanOrEqual(8 * 1.13 - 0.05);
    const text = execFileSync('pdftotext', ['-layout', pdfs[name], '-'], { encoding: 'utf8' });
    for (let page = 1; page <= count; page++) expect(text).toContain(`Sida ${page} av ${count}`);
    expect(text).toContain('Uppföljning av intern kontroll 2026');
    expect(text).toMatch(/Genomförda kontroller\s+2 av 4|Genomförda kontroller\s+4 av 7/);
    expect(text).toContain('Ej genomförd');
  });
});
