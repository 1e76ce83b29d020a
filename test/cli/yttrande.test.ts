import { execFileSync, spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { adoptWorkbook, defaultScale, isoFromSerial, registerFromRecords, serialFromYmd } from '../../src/core';
import { readXlsx, renderUppsikt, writeXlsx } from '../../src/workbook/xlsx';
import { haningeAnswered } from '../_lib/haningeYttrande';
import { tempDir, uppsikt } from './runCli';

/*
 * `uppsikt yttrande` on the Haninge register (the recommendations' texts as EY's follow-up gives them):
 * the document is opened by LibreOffice Writer (as text, and as the PDF the command writes), and every
 * recommendation addressed to the nämnd is there verbatim with its ställningstagande, or with "Svar saknas".
 * The .docx itself is read with JSZip: Word's heading styles, and the summary table's header row marked.
 * .ci/run installs libreoffice-writer and sets UPPSIKT_REQUIRE_LIBREOFFICE=1, so a missing Writer fails CI.
 */
const soffice = ['soffice', 'libreoffice'].find((bin) => spawnSync('which', [bin]).status === 0);
const required = process.env.UPPSIKT_REQUIRE_LIBREOFFICE === '1';
const describeLo = soffice || required ? describe : describe.skip;
const SOFFICE_TIMEOUT = 300_000;

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

async function haningeFile(dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  renderUppsikt(workbook, haningeAnswered(), { today: 46000 });
  const file = path.join(dir, 'haninge.xlsx');
  await writeXlsx(workbook, file);
  return file;
}

/** The recommendations of a granskning to a nämnd, as the register holds them. */
function expected(granskning: string, namnd: string) {
  const rows = haningeAnswered().tables.Rekommendationer!.rows.map((r) => r.values);
  return rows
    .filter((v) => v.granskningId === granskning && (String(v.mottagare).includes(namnd) || v.mottagare === 'Samtliga nämnder'))
    .map((v) => ({ nr: Number(v.nr), text: String(v.rekommendation), stallningstagande: v.stallningstagande === undefined ? null : String(v.stallningstagande) }));
}

// One Haninge workbook for every test here; each writes files of its own names beside it.
const dir = tempDir();
let source: string;

beforeAll(async () => {
  source = await haningeFile(dir);
}, 60_000);

describe('uppsikt yttrande', () => {
  test('the .docx has Word heading styles and a summary table whose header row is marked as one', async () => {
    const target = path.join(dir, 'socialnamnden.docx');
    const run = await uppsikt('yttrande', source, '--granskning', 'G2', '--namnd', 'socialnämnden', '-o', target);
    expect(run.code).toBe(0);
    expect(run.out).toEqual([`Skrev ${target}: yttrande från Socialnämnden över Granskning av skyddade personuppgifter, 7 rekommendationer.`]);
    // Nr 6 has no answer yet: said, with its id, and never filled in.
    expect(run.err).toEqual([expect.stringMatching(/^1 rekommendation saknar svar \(G2-6\)/)]);

    const zip = await JSZip.loadAsync(fs.readFileSync(target));
    const doc = await zip.file('word/document.xml')!.async('string');
    const styles = await zip.file('word/styles.xml')!.async('string');
    const used = [...doc.matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(new Set(used)).toEqual(new Set(['Title', 'Heading1', 'Heading2']));
    expect(used.filter((s) => s === 'Heading2')).toHaveLength(7);
    for (const style of ['Title', 'Heading1', 'Heading2']) expect(styles).toMatch(new RegExp(`<w:style w:type="paragraph" w:styleId="${style}">`));
    // Heading 1 and 2 are outline levels 0 and 1, which navigation panes and PDF bookmarks read.
    expect(styles).toMatch(/w:styleId="Heading1">[\s\S]*?<w:outlineLvl w:val="0"\/>/);
    const tables = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tables).toHaveLength(1);
    const rows = [...tables[0].matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(1 + 7);
    expect(rows[0]).toMatch(/<w:tblHeader\/>/);
    expect(rows.slice(1).some((r) => /<w:tblHeader/.test(r))).toBe(false);
    // Swedish for spell checking and screen readers.
    expect(styles).toMatch(/<w:lang w:val="sv-SE"\/>/);
  });

  describeLo('opened with LibreOffice Writer', () => {
    const docx = path.join(dir, 'yttrande.docx');

    test(
      'as text: every recommendation to Socialnämnden verbatim, each followed by its ställningstagande or "Svar saknas"',
      async () => {
        const run = await uppsikt('yttrande', source, '--granskning', 'Granskning av skyddade personuppgifter', '--namnd', 'Socialnämnden', '-o', docx, '--pdf');
        expect(run.code).toBe(0);
        const profile = `file://${path.join(dir, 'profil')}`;
        execFileSync(soffice!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, docx], {
          timeout: SOFFICE_TIMEOUT,
          stdio: 'pipe',
        });
        const text = fs.readFileSync(path.join(dir, 'yttrande.txt'), 'utf8').replace(/^\uFEFF/, '');
        const lines = text.split(/\r?\n/).map((l) => l.trim());
        const recs = expected('G2', 'Socialnämnden');
        expect(recs.map((r) => r.nr)).toEqual([2, 3, 4, 5, 6, 7, 8]);
        for (const rec of recs) {
          const at = lines.indexOf(`Revisorernas rekommendation: ${rec.text}`);
          expect({ nr: rec.nr, found: at >= 0 }).toEqual({ nr: rec.nr, found: true });
          expect(lines[at - 1]).toBe(`Rekommendation ${rec.nr}`);
          expect(lines[at + 1]).toBe(rec.stallningstagande === null ? 'Svar saknas' : `Ställningstagande: ${rec.stallningstagande}`);
        }
        // Kommunstyrelsen's own recommendation (nr 1) is not in Socialnämnden's yttrande.
        const first = haningeAnswered().tables.Rekommendationer!.rows.find((r) => r.values.id === 'G2-1')!.values.rekommendation as string;
        expect(text).not.toContain(first);
        expect(text).toContain('Svar senast: 2026-10-01');
        expect(text).toContain('Nämnden beslutar att …');
      },
      SOFFICE_TIMEOUT,
    );

    test('as the PDF the command wrote: the same recommendations, in reading order', () => {
      const pdf = path.join(dir, 'yttrande.pdf');
      expect(fs.existsSync(pdf)).toBe(true);
      const pdfText = oneLine(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
      let from = 0;
      for (const rec of expected('G2', 'Socialnämnden')) {
        const at = pdfText.indexOf(oneLine(rec.text), from);
        expect({ nr: rec.nr, found: at >= from }).toEqual({ nr: rec.nr, found: true });
        const next = pdfText.slice(at + oneLine(rec.text).length).trimStart();
        expect(next.startsWith(rec.stallningstagande === null ? 'Svar saknas' : `Ställningstagande: ${rec.stallningstagande}`)).toBe(true);
        from = at;
      }
    });
  });

  test('a recommendation to several nämnder is in each nämnd’s yttrande; the command asks which nämnd when several owe one', async () => {
    const ks = path.join(dir, 'ks.docx');
    expect((await uppsikt('yttrande', source, '--granskning', 'g2', '--namnd', 'Kommunstyrelsen', '-o', ks)).code).toBe(0);
    const doc = await (await JSZip.loadAsync(fs.readFileSync(ks))).file('word/document.xml')!.async('string');
    const numbers = [...doc.matchAll(/<w:t xml:space="preserve">Rekommendation (\d+)<\/w:t>/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual([1, 2, 8]);
    const asked = await uppsikt('yttrande', source, '--granskning', 'G2', '-o', path.join(dir, 'vem.docx'));
    expect(asked.code).toBe(2);
    expect(asked.err).toEqual([
      'uppsikt: Granskningen ”Granskning av skyddade personuppgifter” har rekommendationer till flera nämnder (Kommunstyrelsen, Socialnämnden, Barn- och utbildningsnämnden); ange vilken nämnds yttrande med --namnd.',
    ]);
    expect(fs.existsSync(path.join(dir, 'vem.docx'))).toBe(false);
  });

  test('refuses an unknown granskning, a nämnd it has nothing for, an existing file without --ersatt and a target that is not .docx', async () => {
    const target = path.join(dir, 'fel.docx');
    const unknown = await uppsikt('yttrande', source, '--granskning', 'Granskning av bygglov', '-o', target);
    expect(unknown.code).toBe(2);
    expect(unknown.err[0]).toMatch(
      /^uppsikt: Granskningen ”Granskning av bygglov” finns inte i .*haninge\.xlsx; ange dess Id eller titel\. Granskningarna i arbetsboken: G1 Granskning av hantering/,
    );
    const other = await uppsikt('yttrande', source, '--granskning', 'G1', '--namnd', 'Kommunstyrelsen', '-o', target);
    expect(other.err).toEqual([
      'uppsikt: Granskningen ”Granskning av hantering och utbetalning av försörjningsstöd” har inga rekommendationer till Kommunstyrelsen. Den har rekommendationer till Socialnämnden.',
    ]);
    fs.writeFileSync(target, 'mitt eget');
    const exists = await uppsikt('yttrande', source, '--granskning', 'G1', '-o', target);
    expect(exists.code).toBe(2);
    expect(fs.readFileSync(target, 'utf8')).toBe('mitt eget');
    expect((await uppsikt('yttrande', source, '--granskning', 'G1', '-o', target, '--ersatt')).code).toBe(0);
    expect(fs.readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    expect((await uppsikt('yttrande', source, '--granskning', 'G1', '-o', path.join(dir, 'yttrande.pdf'))).err).toEqual([
      `uppsikt: Utfilen ${path.join(dir, 'yttrande.pdf')} ska sluta på .docx.`,
    ]);
  });
});

describe('yttranden due or late, per nämnd, in check and summary', () => {
  test('summary lists G1 (due in 18 days) under Socialnämnden and G2 (late) under every nämnd it is addressed to; G3 has its Beslutsdatum', async () => {
    const run = await uppsikt('summary', source);
    expect(run.code).toBe(0);
    const at = run.out.indexOf('Yttranden som ska lämnas inom 30 dagar eller är försenade, per nämnd:');
    expect(at).toBeGreaterThan(0);
    expect(run.out.slice(at + 1)).toEqual([
      '  Kommunstyrelsen',
      '    Granskning av skyddade personuppgifter: försenat, svar senast 2026-10-01 (52 dagar sedan), beslutsdatum saknas',
      '  Socialnämnden',
      '    Granskning av skyddade personuppgifter: försenat, svar senast 2026-10-01 (52 dagar sedan), beslutsdatum saknas',
      '    Granskning av hantering och utbetalning av försörjningsstöd: svar senast 2026-12-10 (om 18 dagar)',
      '  Barn- och utbildningsnämnden',
      '    Granskning av skyddade personuppgifter: försenat, svar senast 2026-10-01 (52 dagar sedan), beslutsdatum saknas',
    ]);
  });

  test('check warns at each granskning’s Svar senast and lists the same per nämnd', async () => {
    const run = await uppsikt('check', source, '--json');
    const findings = JSON.parse(run.stdout) as { severity: string; sheet: string; cell: string; message: string }[];
    const answers = findings.filter((f) => f.sheet === 'Granskningar');
    expect(answers).toEqual([
      {
        severity: 'warning',
        sheet: 'Granskningar',
        cell: 'G4',
        message: 'Yttrandet över ”Granskning av hantering och utbetalning av försörjningsstöd” från Socialnämnden ska lämnas senast 2026-12-10 (om 18 dagar).',
      },
      {
        severity: 'warning',
        sheet: 'Granskningar',
        cell: 'G5',
        message:
          'Yttrandet över ”Granskning av skyddade personuppgifter” från Kommunstyrelsen, Socialnämnden, Barn- och utbildningsnämnden skulle ha lämnats senast 2026-10-01 och Beslutsdatum saknas; fyll i Beslutsdatum och Paragraf när nämnden har beslutat.',
      },
    ]);
    const text = await uppsikt('check', source);
    expect(text.out).toContain('    Granskning av hantering och utbetalning av försörjningsstöd: svar senast 2026-12-10 (om 18 dagar)');
  });
});

describe('import-report fills Svar senast from the covering letter ("önskar ert yttrande … senast den 1 mars 2024")', () => {
  const letter = path.join(__dirname, '../fixtures/reports/helsingborg-styrning-it-2023.txt');
  const titel = 'Granskning av styrning av it och digitalisering';

  async function registerFile(dir: string, name: string, svarSenast: number | null): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    const register = registerFromRecords(defaultScale, { Granskningar: [{ id: 'G1', titel, ar: 2023, svarSenast }] }, { namnder: ['Kommunstyrelsen'] });
    renderUppsikt(workbook, register, { today: 46000 });
    const file = path.join(dir, name);
    await writeXlsx(workbook, file);
    return file;
  }
  const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? null : isoFromSerial(Number(v)));
  const svarSenast = async (file: string) => adoptWorkbook(await readXlsx(file)).register.tables.Granskningar!.rows.map((r) => [r.values.id, iso(r.values.svarSenast)]);

  test('a new granskning gets it; an existing one gets it only where the cell is blank', async () => {
    const dir = tempDir();
    const fresh = path.join(dir, 'ny.xlsx');
    expect((await uppsikt('import-report', letter, '--into', await registerFile(dir, 'tom.xlsx', null), '-o', fresh, '--granskning', 'En annan granskning')).code).toBe(0);
    expect(await svarSenast(fresh)).toEqual([
      ['G1', null],
      ['G2', '2024-03-01'],
    ]);

    const filled = path.join(dir, 'ifylld.xlsx');
    const run = await uppsikt('import-report', letter, '--into', await registerFile(dir, 'befintlig.xlsx', null), '-o', filled);
    expect(run.out).toContain('Svar senast fylls i med 2024-03-01 (rapportens datum för yttrandet).');
    expect(await svarSenast(filled)).toEqual([['G1', '2024-03-01']]);

    const kept = path.join(dir, 'behallen.xlsx');
    const typed = serialFromYmd(2024, 2, 15);
    const again = await uppsikt('import-report', letter, '--into', await registerFile(dir, 'egen.xlsx', typed), '-o', kept);
    expect(again.out.join('\n')).not.toContain('Svar senast fylls i');
    expect(await svarSenast(kept)).toEqual([['G1', '2024-02-15']]);
  }, 120_000);
});
