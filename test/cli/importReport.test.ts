import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { adoptWorkbook, defaultScale, latestVerdicts, parseFollowUpReport, registerFromRecords } from '../../src/core';
import { readXlsx, renderUppsikt } from '../../src/workbook/xlsx';
import { exampleWorkbook, tempDir, uppsikt } from './runCli';

// Each import writes a workbook (render + package merge): generous for a busy 2-core machine.
jest.setTimeout(240_000);

const REPORTS = path.join(__dirname, '../fixtures/reports');
const helsingborg = path.join(REPORTS, 'helsingborg-styrning-it-2023.txt');
const huddinge = path.join(REPORTS, 'huddinge-kfn-svar-digitalisering-2022.txt');

async function register(file: string) {
  return adoptWorkbook(await readXlsx(file)).register;
}

describe('uppsikt import-report', () => {
  let dir: string;
  let example: string;

  beforeAll(async () => {
    ({ dir, example } = await exampleWorkbook());
  });

  test('--json prints the recommendations in report order with the documented shape', async () => {
    const run = await uppsikt('import-report', helsingborg, '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toHaveLength(7);
    expect(json[0]).toEqual({ nr: 1, addressees: ['Kommunstyrelsen'], text: 'Etablera styrande dokument avseende stadens it-styrning och digitalisering.' });
    expect(json.map((r: { nr: number }) => r.nr)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  test('the variant wording is a warning on stderr, not a sixth recommendation', async () => {
    const run = await uppsikt('import-report', huddinge, '--json');
    expect(JSON.parse(run.stdout)).toHaveLength(5);
    expect(run.err).toEqual([expect.stringMatching(/^Varning: Rekommendation 5 står med annan lydelse på rad 227/)]);
  });

  test('without --json it prints a Swedish preview', async () => {
    const run = await uppsikt('import-report', helsingborg);
    expect(run.out[0]).toBe('Granskning: Granskning av styrning av it och digitalisering');
    expect(run.out[1]).toBe('(revisionsföretag KPMG, daterad 2023-11-27, svar senast 2024-03-01)');
    expect(run.out).toContain('7 rekommendationer.');
  });

  test("real texts: addressees from the cover are shown as a suggestion to check; a whole granskning's verdict with its nämnd", async () => {
    const real = path.join(__dirname, '../fixtures/real-reports');
    const timra = await uppsikt('import-report', path.join(real, 'timra-inkopsprocessen-2016.txt'));
    expect(timra.out.filter((l) => /^\d\. /.test(l))).toEqual([
      expect.stringMatching(/^1\. \[förslag: Kommunstyrelsen, Kultur- och tekniknämnden \(från försättsbladet\), kontrollera\] Genomför regelbundna kontroller/),
      expect.stringMatching(/^2\. \[förslag: Kommunstyrelsen, Kultur- och tekniknämnden \(från försättsbladet\), kontrollera\] Informera löpande/),
    ]);
    expect(timra.err).toEqual([
      expect.stringMatching(/^Varning: Rekommendation 1 .*förslaget är Kommunstyrelsen, Kultur- och tekniknämnden/),
      expect.stringMatching(/^Varning: Rekommendation 2 /),
    ]);
    const lulea = await uppsikt('import-report', path.join(real, 'lulea-missbruksvard-uppfoljning-2020.txt'));
    expect(lulea.out).toContain('1. Granskning av missbruksvården (2017)');
    expect(lulea.out).toContainEqual(
      expect.stringMatching(
        /^ {3}Bedömning för hela granskningen \(Socialnämnden\): förslag Delvis åtgärdad, enligt ”Den sammanfattade bedömningen är att en stor del av kritiken från 2017 har åtgärdats/,
      ),
    );
  });

  test('--into inserts the granskning and one row per recommendation; importing again adds nothing', async () => {
    const once = path.join(dir, 'en-gang.xlsx');
    const twice = path.join(dir, 'tva-ganger.xlsx');
    const before = fs.readFileSync(example);
    const first = await uppsikt('import-report', helsingborg, '--into', example, '-o', once);
    expect(first.code).toBe(0);
    expect(first.out).toContain('7 nya rader i Rekommendationer, 0 fanns redan med samma text.');
    expect(fs.readFileSync(example).equals(before)).toBe(true);

    const reg = await register(once);
    const audit = reg.tables.Granskningar!.rows.find((r) => r.values.titel === 'Granskning av styrning av it och digitalisering')!;
    expect(audit.values).toMatchObject({ id: 'G3', ar: 2023, revisionsforetag: 'KPMG' });
    const rows = reg.tables.Rekommendationer!.rows.filter((r) => r.values.granskningId === 'G3');
    expect(rows.map((r) => [r.values.id, r.values.nr, r.values.mottagare])).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => [`G3-${n}`, n, 'Kommunstyrelsen']));
    // The example's own rows and follow-up history are still there.
    expect(reg.tables.Rekommendationer!.rows).toHaveLength(6 + 7);
    expect(reg.tables.Uppföljningar!.rows).toHaveLength(4);
    // One set of Uppsikt sheets, under their own names.
    const sheets = (await readXlsx(once)).sheets.map((s) => s.name);
    expect(sheets.filter((s) => s.includes('Uppsikt'))).toEqual([]);
    expect(new Set(sheets).size).toBe(sheets.length);

    const second = await uppsikt('import-report', helsingborg, '--into', once, '-o', twice);
    expect(second.out).toContain('0 nya rader i Rekommendationer, 7 fanns redan med samma text.');
    expect((await register(twice)).tables.Rekommendationer!.rows).toHaveLength(13);
  });

  test('a changed text is shown and only updated with --uppdatera', async () => {
    const once = path.join(dir, 'andrad-1.xlsx');
    await uppsikt('import-report', helsingborg, '--into', example, '-o', once);
    const edited = path.join(dir, 'andrad.txt');
    fs.writeFileSync(edited, fs.readFileSync(helsingborg, 'utf8').replaceAll('Etablera styrande dokument avseende', 'Etablera aktuella styrande dokument avseende'));
    const shown = await uppsikt('import-report', edited, '--into', once, '-o', path.join(dir, 'andrad-2.xlsx'));
    expect(shown.out).toContain('1 rekommendation har ändrad text; den har inte ändrats (kör igen med --uppdatera för att ändra den):');
    const kept = await register(path.join(dir, 'andrad-2.xlsx'));
    expect(kept.tables.Rekommendationer!.rows.find((r) => r.values.id === 'G3-1')!.values.rekommendation).toMatch(/^Etablera styrande/);
    await uppsikt('import-report', edited, '--into', once, '-o', path.join(dir, 'andrad-3.xlsx'), '--uppdatera');
    const changed = await register(path.join(dir, 'andrad-3.xlsx'));
    expect(changed.tables.Rekommendationer!.rows.find((r) => r.values.id === 'G3-1')!.values.rekommendation).toMatch(/^Etablera aktuella styrande/);
    expect(changed.tables.Rekommendationer!.rows).toHaveLength(13);
  });

  test('a report with control characters and decomposed letters imported twice reports no changed text', async () => {
    const hostile = path.join(dir, 'kontrolltecken.txt');
    const text = fs.readFileSync(helsingborg, 'utf8').normalize('NFD').replace('Etablera styrande dokument', 'Etablera\u0007 styrande\u001b dokument');
    fs.writeFileSync(hostile, text);
    const once = path.join(dir, 'kontroll-1.xlsx');
    expect((await uppsikt('import-report', hostile, '--into', example, '-o', once)).code).toBe(0);
    const twice = await uppsikt('import-report', hostile, '--into', once, '-o', path.join(dir, 'kontroll-2.xlsx'));
    expect(twice.out).toContain('0 nya rader i Rekommendationer, 7 fanns redan med samma text.');
    expect(twice.out.join('\n')).not.toMatch(/ändrad text/);
    const written = (await register(once)).tables.Rekommendationer!.rows.map((r) => String(r.values.rekommendation));
    expect(written).toContain('Etablera styrande dokument avseende stadens it-styrning och digitalisering.');
  }, 120_000);

  test('a group addressee fans out to one row per nämnd in the workbook list', async () => {
    const out = path.join(dir, 'huddinge.xlsx');
    const run = await uppsikt('import-report', huddinge, '--into', example, '-o', out, '--granskning', 'Digitaliseringens möjligheter', '--ar', '2022');
    expect(run.code).toBe(0);
    const reg = await register(out);
    const namnder = reg.lists.namnder;
    const rows = reg.tables.Rekommendationer!.rows.filter((r) => r.values.granskningId === 'G3');
    expect(rows).toHaveLength(5 * namnder.length);
    expect(rows.filter((r) => r.values.nr === 5).map((r) => r.values.mottagare)).toEqual([...namnder]);
    expect(reg.tables.Granskningar!.rows.find((r) => r.values.id === 'G3')!.values.ar).toBe(2022);
  });

  test('imported text that looks like a formula stays text', async () => {
    const report = path.join(dir, 'formel.txt');
    fs.writeFileSync(report, 'Granskning av formler\n\nVi rekommenderar kommunstyrelsen att:\n- =HYPERLINK("http://example.com";"klicka")\n');
    const out = path.join(dir, 'formel.xlsx');
    expect((await uppsikt('import-report', report, '--into', example, '-o', out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    let found = false;
    wb.getWorksheet('Rekommendationer')!.eachRow((row) =>
      row.eachCell((cell) => {
        if (String(cell.value).startsWith('=HYPERLINK')) {
          found = true;
          expect(cell.type).toBe(ExcelJS.ValueType.String);
        }
      }),
    );
    expect(found).toBe(true);
  });

  test('Swedish errors, and nothing written, for a missing report, a PDF, a bad year or a missing -o', async () => {
    const out = path.join(dir, 'aldrig.xlsx');
    expect((await uppsikt('import-report', path.join(dir, 'saknas.txt'))).err.join()).toMatch(/finns inte/);
    const pdf = path.join(dir, 'rapport.pdf');
    fs.writeFileSync(pdf, '%PDF-1.4');
    expect((await uppsikt('import-report', pdf)).err.join()).toMatch(/är en PDF\. Öppna den, markera all text/);
    const latin1 = path.join(dir, 'latin1.txt');
    fs.writeFileSync(latin1, Buffer.from('Vi rekommenderar n\xe4mnden att:\n- G\xf6ra.', 'latin1'));
    expect((await uppsikt('import-report', latin1)).err.join()).toMatch(/inte sparad som UTF-8/);
    const year = await uppsikt('import-report', helsingborg, '--into', example, '-o', out, '--ar', 'tjugo');
    expect(year.code).toBe(2);
    expect(year.err.join()).toMatch(/--ar ska vara ett årtal/);
    expect((await uppsikt('import-report', helsingborg, '--into', example)).err.join()).toMatch(/Ange filen som ska skrivas med -o/);
    const none = path.join(dir, 'inget.txt');
    fs.writeFileSync(none, 'Bara text utan rekommendationer.');
    const empty = await uppsikt('import-report', none, '--into', example, '-o', out, '--granskning', 'X');
    expect(empty.code).toBe(2);
    expect(empty.err.join()).toMatch(/Inga rekommendationer att infoga/);
    expect(fs.existsSync(out)).toBe(false);
  });

  test('cells a user put outside the tables on Uppsikt sheets stop the rewrite instead of being lost', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(example);
    wb.getWorksheet('Rekommendationer')!.getCell('T40').value = 'min anteckning';
    const noted = path.join(dir, 'anteckning.xlsx');
    await wb.xlsx.writeFile(noted);
    const out = path.join(dir, 'anteckning-ut.xlsx');
    const run = await uppsikt('import-report', helsingborg, '--into', noted, '-o', out);
    expect(run.code).toBe(2);
    expect(run.err.join()).toMatch(/Rekommendationer!T40/);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('uppsikt ny-omgang', () => {
  test('adds a row per recommendation not yet Åtgärdad, keeps earlier rounds, and adds nothing the second time', async () => {
    const dir = tempDir();
    const example = path.join(dir, 'exempel.xlsx');
    await uppsikt('init', example, '--exempel');
    const before = await register(example);
    const round = path.join(dir, 'omgang.xlsx');
    const run = await uppsikt('ny-omgang', example, '--omgang', '2026', '-o', round);
    expect(run.code).toBe(0);
    const after = await register(round);
    const added = after.tables.Uppföljningar!.rows.slice(before.tables.Uppföljningar!.rows.length);
    // G2-1 and G2-2 were judged Åtgärdad in 2024; the other four get a row for 2026.
    expect(added.map((r) => [r.values.rekommendationId, r.values.omgang, r.values.bedomning ?? ''])).toEqual(['G1-1', 'G1-2', 'G1-3', 'G2-3'].map((id) => [id, '2026', '']));
    expect(after.tables.Uppföljningar!.rows.slice(0, 4).map((r) => r.values)).toEqual(before.tables.Uppföljningar!.rows.map((r) => r.values));
    // The new rows are not judged yet, so the earlier verdict still counts (a started round never blanks it).
    expect(latestVerdicts(after).get('g1-1')).toBe(latestVerdicts(before).get('g1-1'));
    expect(latestVerdicts(after).get('g1-1')).toBe('Delvis åtgärdad');
    const again = path.join(dir, 'omgang2.xlsx');
    await uppsikt('ny-omgang', round, '--omgang', '2026', '-o', again);
    expect((await register(again)).tables.Uppföljningar!.rows).toHaveLength(after.tables.Uppföljningar!.rows.length);
  });
});

describe('uppsikt import-report on a follow-up report (Haninge: a table per recommendation)', () => {
  const haninge = path.join(REPORTS, 'haninge-uppfoljning-granskningar-2024.txt');

  test('--json gives the 44 recommendations with their granskning, and the 2024 verdict where the report ties one', async () => {
    const run = await uppsikt('import-report', haninge, '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { nr: number; granskning: string; bedomning?: string }[];
    expect(json).toHaveLength(44);
    expect(new Set(json.map((r) => r.granskning)).size).toBe(7);
    const verdicts = json.filter((r) => r.bedomning !== undefined);
    expect(verdicts).toHaveLength(31);
    expect(verdicts.filter((r) => r.bedomning === 'Delvis åtgärdad')).toHaveLength(3);
    // The 13 Agenda 2030 verdicts are reported as unassigned, not guessed.
    expect(run.err).toHaveLength(13);
    expect(run.err[0]).toMatch(/Agenda 2030.*bedömningen kunde inte knytas/);
  });

  test('--into inserts the 2024 verdicts as a round in the granskningar they belong to; a second run adds nothing', async () => {
    const dir = tempDir();
    const report = parseFollowUpReport(fs.readFileSync(haninge, 'utf8'))!;
    // A register holding the seven granskningar and their 44 recommendations, as earlier imports left it.
    const base = registerFromRecords(defaultScale, {
      Granskningar: report.granskningar.map((g) => ({ id: `G${g.nr}`, titel: g.title, ar: g.year ?? null })),
      Rekommendationer: report.recommendations.map((r) => ({
        id: `G${r.granskning}-${r.nr}`,
        granskningId: `G${r.granskning}`,
        nr: r.nr,
        rekommendation: r.text,
        mottagare: 'Kommunstyrelsen',
      })),
    });
    const workbook = new ExcelJS.Workbook();
    renderUppsikt(workbook, base, { today: 46000 });
    const start = path.join(dir, 'register.xlsx');
    await workbook.xlsx.writeFile(start);
    const once = path.join(dir, 'en-gang.xlsx');
    const run = await uppsikt('import-report', haninge, '--into', start, '-o', once);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Uppföljningsomgång 2024: 31 nya rader i Uppföljning/);
    const after = await register(once);
    const rows = after.tables.Uppföljningar!.rows;
    expect(rows).toHaveLength(31);
    expect(rows.every((r) => r.values.omgang === '2024')).toBe(true);
    expect(latestVerdicts(after).get('g1-1')).toBe('Åtgärdad');
    const twice = path.join(dir, 'två-gånger.xlsx');
    const again = await uppsikt('import-report', haninge, '--into', once, '-o', twice);
    expect(again.stdout).toMatch(/0 nya rader i Uppföljning, 0 tomma rader i omgången ifyllda, 31 hade redan en bedömning/);
    expect((await register(twice)).tables.Uppföljningar!.rows).toHaveLength(31);
  }, 120_000);
});
