import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { uppsikt } from '../../cli/runCli';
import { tempDir } from '../_lib/files';
import { describePdf, isA4, pages, soffice, wordHeights } from './_lib/pdfPages';

/*
 * The report as a nämnd gets it: `uppsikt export --pdf` through LibreOffice, then the PDF itself is measured
 * with poppler: every page A4, the expected number of pages, and no word printed smaller than 8 pt
 * (pdftotext -bbox gives each word's box; its height is the type's size on paper, ~1.2 × the point size).
 * Like the other LibreOffice tests this is skipped when LibreOffice is missing, unless CI requires it.
 */
describePdf('the report as a PDF', () => {
  const dir = tempDir();
  let pdfs: Record<string, string>;

  beforeAll(async () => {
    const source = path.join(dir, 'exempel.xlsx');
    expect((await uppsikt('init', source, '--exempel')).code).toBe(0);
    const run = await uppsikt('export', source, '--alla', '-o', path.join(dir, 'ut'), '--pdf', '--per', '2026-11-22');
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    const kommun = await uppsikt('export', source, '-o', path.join(dir, 'kommunen.xlsx'), '--pdf', '--per', '2026-11-22');
    expect(kommun.code).toBe(0);
    pdfs = { soc: path.join(dir, 'ut', 'Socialnämnden.pdf'), ks: path.join(dir, 'ut', 'Kommunstyrelsen.pdf'), kommun: path.join(dir, 'kommunen.pdf') };
    // The working workbook itself, as init writes it, printed whole.
    const profile = `file://${path.join(dir, 'profil')}`;
    execFileSync(soffice(), [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, source], { timeout: 300_000, stdio: 'pipe' });
    pdfs.arbetsbok = path.join(dir, 'exempel.pdf');
    // Kommunstyrelsen after two granskningar are imported: 15 recommendations, most of them long.
    const reports = path.join(__dirname, '../../fixtures/reports');
    const withIt = path.join(dir, 'med-it.xlsx');
    const more = path.join(dir, 'med-mer.xlsx');
    expect((await uppsikt('las-rapport', path.join(reports, 'helsingborg-styrning-it-2023.txt'), '--into', source, '-o', withIt)).code).toBe(0);
    expect((await uppsikt('las-rapport', path.join(reports, 'huddinge-kfn-svar-digitalisering-2022.txt'), '--into', withIt, '-o', more)).code).toBe(0);
    expect((await uppsikt('exportera', more, '--namnd', 'Kommunstyrelsen', '-o', path.join(dir, 'ks15.xlsx'), '--pdf', '--per', '2026-11-22')).code).toBe(0);
    pdfs.ks15 = path.join(dir, 'ks15.pdf');
  }, 900_000);

  test('a PDF beside every report file', () => {
    const files = fs.readdirSync(path.join(dir, 'ut'));
    expect(files.filter((f) => f.endsWith('.pdf')).length).toBe(files.filter((f) => f.endsWith('.xlsx')).length);
    expect(files.length).toBe(10);
  });

  // Pages: Sammanfattning and Riskmatris one each; the kommun's plan (10 risks) runs over two pages.
  test.each([
    ['soc', 4],
    ['ks', 4],
    ['kommun', 5],
  ] as const)('%s: every page is A4, %i pages, tagged', (name, count) => {
    const sizes = pages(pdfs[name]);
    expect(sizes).toHaveLength(count);
    expect(sizes.every(isA4)).toBe(true);
    // Sammanfattning and Riskmatris upright; the wide plan and recommendations lie down, one page wide.
    expect(sizes.map((p) => (p.width < p.height ? 'portrait' : 'landscape'))).toEqual(['portrait', 'portrait', ...Array(count - 2).fill('landscape')]);
    expect(execFileSync('pdfinfo', [pdfs[name]], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
    // Laid out in Carlito, Calibri's metrics, as Excel would and as printLayout measures (CI installs it): in a
    // substitute font the page counts here mean nothing.
    expect(execFileSync('pdffonts', [pdfs[name]], { encoding: 'utf8' })).toMatch(/\+Carlito\s/);
  });

  test.each([
    ['soc', 4],
    ['kommun', 5],
  ] as const)('%s: no word smaller than 8 pt on paper, and the footer on all %i pages', (name, count) => {
    // Words with a letter or digit: an arrow's box is its glyph's width on the rotated axis label.
    const words = wordHeights(pdfs[name]).filter((w) => /[\p{L}\p{N}]/u.test(w.word));
    expect(words.length).toBeGreaterThan(200);
    const smallest = Math.min(...words.map((w) => w.height));
    // A word box is 1.13 × the type size for the font LibreOffice uses here (10 pt at 100 % gives 11.32).
    expect(smallest).toBeGreaterThanOrEqual(8 * 1.13 - 0.05);
    const text = execFileSync('pdftotext', ['-layout', pdfs[name], '-'], { encoding: 'utf8' });
    for (let page = 1; page <= count; page++) expect(text).toContain(`Sida ${page} av ${count}`);
    expect(text).toContain('per 2026-11-22');
  });

  test('no word breaks between two letters without a hyphen: Behörighetshantering whole or at a syllable, Behörighets- / hantering', () => {
    for (const name of ['kommun', 'ks15']) {
      const text = execFileSync('pdftotext', ['-layout', pdfs[name], '-'], { encoding: 'utf8' });
      const found = [...text.matchAll(/Behörighet\S*/g)].map((m) => m[0]);
      expect(found.length).toBeGreaterThan(0);
      // At a syllable, wherever the most of the word fits the column (measured in Calibri's widths).
      for (const word of found) expect(['Behörighetshantering', 'Behörighets-', 'Behörighetshante-', 'Behörigheter']).toContain(word);
    }
  });

  test('rows sized to their text: 15 recommendations and the plan of a kommunstyrelse fit on 6 pages or fewer', () => {
    // Before the columns were shared by their text the same report took 7 pages, rows mostly empty, and 7 again
    // in Carlito while lines were counted at half an em a letter instead of by Calibri's widths (textMetrics).
    expect(pages(pdfs.ks15).length).toBeLessThanOrEqual(6);
    expect(pages(pdfs.ks15).every(isA4)).toBe(true);
  });

  test('the working workbook prints on A4 only, never under 8 pt, with the footer on every page', () => {
    const sizes = pages(pdfs.arbetsbok);
    expect(sizes.every(isA4)).toBe(true);
    const words = wordHeights(pdfs.arbetsbok).filter((w) => /[\p{L}\p{N}]/u.test(w.word));
    expect(Math.min(...words.map((w) => w.height))).toBeGreaterThanOrEqual(8 * 1.13 - 0.1);
    const text = execFileSync('pdftotext', ['-layout', pdfs.arbetsbok, '-'], { encoding: 'utf8' });
    for (let page = 1; page <= sizes.length; page++) expect(text).toContain(`Sida ${page} av ${sizes.length}`);
  });
});
