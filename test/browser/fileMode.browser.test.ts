import { execFileSync, spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { type Browser, type Page } from 'playwright-core';
import { adoptWorkbook, serialFromYmd } from '../../src/core';
import { roundVerdicts } from '../../src/usecases/followUpRound';
import { overviewRegister } from '../../src/usecases/overviewRegister';
import { readXlsx } from '../../src/workbook/xlsx';
import { uppsikt } from '../cli/runCli';
import { AXE_SOURCE, axeViolations, browserOnDist, type DistServer, CHROMIUM, horizontalOverflow, ROOT } from './harness';

/*
 * File mode: the built taskpane.html in Debian's Chromium with no Office anywhere, an .xlsx opened through the
 * file input, every step a controller takes on it, and the file saved and read back by ExcelJS, by the CLI's
 * reader and by LibreOffice. No console error, no request beyond the page's own origin, and the
 * Content-Security-Policy in place. Needs `npm run build` first.
 */
const required = process.env.UPPSIKT_REQUIRE_CHROMIUM === '1';
const describeBrowser = CHROMIUM || required ? describe : describe.skip;
const soffice = ['soffice', 'libreoffice'].find((bin) => spawnSync('which', [bin]).status === 0);
// Chromium, ExcelJS in the page and LibreOffice on a busy 2-core machine.
const TIMEOUT = 300_000;
const SHOTS = process.env.UPPSIKT_UPDATE_SCREENSHOTS === '1' ? path.join(ROOT, 'docs/images') : path.join(ROOT, 'test-output');
const REPORT = path.join(ROOT, 'test/fixtures/reports/helsingborg-styrning-it-2023.txt');
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What the CLI's reader and the overview use case say about a file (what Översikt must show). */
async function overviewOf(file: string) {
  const adoption = adoptWorkbook(await readXlsx(file));
  const now = new Date();
  return { register: adoption.register, overview: overviewRegister(adoption.register, serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate())) };
}

describeBrowser('file mode: an .xlsx in a plain browser', () => {
  let browser: Browser;
  let server: DistServer;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uppsikt-filmode-'));
  const example = path.join(dir, 'exempel.xlsx');
  const problems: string[] = [];
  const requests: string[] = [];

  /**
   * A fresh page at `width` px. `saving`: 'download' takes the File System Access API away (Firefox, Safari);
   * 'picker' stubs showSaveFilePicker with a handle whose writes the test can read back.
   */
  async function openPage(saving: 'download' | 'picker', width = 350): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.route('**/*', (route) => (route.request().url().startsWith(`${server.url}/`) ? route.continue() : route.abort()));
    await page.addInitScript((mode) => {
      const w = window as unknown as Record<string, unknown>;
      w.showOpenFilePicker = undefined;
      if (mode === 'download') {
        w.showSaveFilePicker = undefined;
        return;
      }
      const saved: { name: string; base64: string }[] = [];
      w.__saved = saved;
      w.showSaveFilePicker = async (options: { suggestedName: string }) => ({
        name: options.suggestedName,
        createWritable: async () => {
          const parts: Blob[] = [];
          return {
            write: async (data: Blob) => void parts.push(data),
            close: async () => {
              const bytes = new Uint8Array(await new Blob(parts).arrayBuffer());
              let text = '';
              for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
              saved.push({ name: options.suggestedName, base64: btoa(text) });
            },
          };
        },
      });
    }, saving);
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole('heading', { name: 'Uppsikt i webbläsaren', level: 1 }).waitFor({ timeout: 120_000 });
    return page;
  }

  async function openFile(page: Page, file: string): Promise<void> {
    await page.getByLabel('Välj en arbetsbok (.xlsx) att öppna').setInputFiles(file);
    await page.getByRole('heading', { name: 'Uppsikt', level: 1 }).waitFor({ timeout: 120_000 });
    await page.getByRole('tabpanel', { name: 'Översikt' }).and(page.locator('[data-ready="true"]')).waitFor({ timeout: 120_000 });
  }

  const bar = (page: Page, name: string) => page.getByRole('region', { name: `Arbetsboken ${name}` });

  /** Looked at as a user would: animations done; no sideways scrolling; no serious accessibility violation. */
  async function look(page: Page, name: string): Promise<void> {
    // axe-core through the debugger, not as an inline <script>: the page's policy refuses inline scripts.
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 10_000 });
    await page.screenshot({ path: path.join(SHOTS, `fil-${name}.png`), fullPage: true });
    const { overflow, culprits } = await horizontalOverflow(page);
    expect({ name, overflow, culprits: overflow > 0 ? culprits : [] }).toEqual({ name, overflow: 0, culprits: [] });
    expect({ name, violations: await axeViolations(page) }).toEqual({ name, violations: [] });
  }

  beforeAll(async () => {
    ({ browser, server } = await browserOnDist());
    fs.mkdirSync(SHOTS, { recursive: true });
    expect((await uppsikt('init', example, '--exempel')).code).toBe(0);
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, TIMEOUT);

  beforeEach(() => {
    problems.length = 0;
    requests.length = 0;
  });

  afterEach(() => {
    // Every page of every test: nothing beyond the page's own origin, and not one console error.
    expect(requests.filter((u) => !u.startsWith(`${server.url}/`))).toEqual([]);
    expect(problems).toEqual([]);
  });

  test(
    'the example register: its counts in Översikt, import a report, a new round, Gå till, save as a download, read back by ExcelJS, the CLI and LibreOffice',
    async () => {
      const page = await openPage('download');
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy).toMatch(/^default-src 'self'; script-src 'self'; style-src 'self' 'nonce-/);
      await look(page, 'start');

      await openFile(page, example);
      expect(await bar(page, 'exempel.xlsx').getByText('Osparade ändringar').count()).toBe(0);

      // Översikt counts exactly what the CLI's reader and the overview use case count in the same file.
      const before = await overviewOf(example);
      const risks = before.register.tables.Risker!.rows.length;
      const recommendations = before.register.tables.Rekommendationer!.rows.length;
      expect(risks).toBeGreaterThan(0);
      const panel = page.getByRole('tabpanel', { name: 'Översikt' });
      await panel.getByText(new RegExp(`^${plural(risks, 'risk', 'risker')}\\b`)).waitFor();
      await panel.getByText(new RegExp(`^${plural(recommendations, 'rekommendation', 'rekommendationer')}\\b`)).waitFor();
      let cells = 0;
      for (const row of before.overview.matrix) {
        for (const cell of row) {
          const label = `Sannolikhet ${cell.likelihood}, konsekvens ${cell.consequence}: ${plural(cell.count, 'risk', 'risker')}`;
          expect(await panel.getByRole('button', { name: new RegExp(`^${label}\\b`) }).count()).toBe(1);
          cells += cell.count;
        }
      }
      expect(cells).toBe(risks - before.overview.risksNotScored);
      await look(page, 'oversikt');

      // Importera: the report's seven recommendations.
      await page.getByRole('tab', { name: 'Importera' }).click();
      await page.getByRole('textbox', { name: 'Rapportens text' }).fill(fs.readFileSync(REPORT, 'utf8'));
      await page.getByRole('button', { name: 'Tolka texten' }).click();
      await page.getByRole('region', { name: 'Förhandsvisning av rekommendationerna' }).getByText('7 rekommendationer').waitFor();
      await page.getByRole('button', { name: 'Förhandsgranska infogning' }).click();
      const plan = page.getByRole('region', { name: 'Det här infogas' });
      await plan.getByText(/7 nya rader i Rekommendationer/).waitFor();
      await plan.getByRole('button', { name: 'Infoga' }).click();
      await page.getByText(/^Klart: 7 nya rader/).waitFor({ timeout: 120_000 });
      await bar(page, 'exempel.xlsx').getByText('Osparade ändringar').waitFor();

      // Uppföljning: a new round over every recommendation.
      await page.getByRole('tab', { name: 'Uppföljning' }).click();
      await page.getByRole('button', { name: 'Skapa uppföljningsomgång…' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Skapa omgången' }).click();
      const roundDone = page.getByText(/^Klart: \d+ rader för omgång/);
      await roundDone.waitFor({ timeout: 120_000 });
      const roundRows = Number(/Klart: (\d+) rader/.exec((await roundDone.textContent()) ?? '')![1]);
      expect(roundRows).toBeGreaterThan(0);
      await dialog.waitFor({ state: 'detached' });

      // Gå till: no grid in a browser, so the place is said in words.
      await page.getByRole('tab', { name: 'Kontrollera' }).click();
      const go = page.getByRole('button', { name: /^Gå till / }).first();
      const place = ((await go.getAttribute('aria-label')) ?? '').replace('Gå till ', '');
      await go.click();
      await page.locator('[role="status"]').getByText(`${place}: fliken`, { exact: false }).waitFor();

      // Rapport: outside Excel the report is a download.
      await page.getByRole('tab', { name: 'Rapport' }).click();
      await page.getByRole('checkbox', { name: 'Socialnämnden' }).check();
      const reportDownload = page.waitForEvent('download', { timeout: 120_000 });
      await page.getByRole('button', { name: 'Skapa rapport', exact: true }).click();
      expect((await reportDownload).suggestedFilename()).toMatch(/Socialnämnden.*\.xlsx$/);

      // Spara, without the File System Access API: a download under the same name.
      const download = page.waitForEvent('download', { timeout: 120_000 });
      await bar(page, 'exempel.xlsx').getByRole('button', { name: 'Spara' }).click();
      const saved = await download;
      expect(saved.suggestedFilename()).toBe('exempel.xlsx');
      const file = path.join(dir, 'sparad.xlsx');
      await saved.saveAs(file);
      await bar(page, 'exempel.xlsx')
        .getByText(/exempel\.xlsx är nedladdad/)
        .waitFor();
      expect(await bar(page, 'exempel.xlsx').getByText('Osparade ändringar').count()).toBe(0);
      await page.close();

      // The CLI's reader sees the import and the round.
      const after = await overviewOf(file);
      expect(after.register.tables.Rekommendationer!.rows.length).toBe(recommendations + 7);
      expect(after.register.tables.Uppföljningar!.rows.length).toBe((before.register.tables.Uppföljningar?.rows.length ?? 0) + roundRows);
      expect(after.overview.rounds.length).toBeGreaterThanOrEqual(before.overview.rounds.length);

      // ExcelJS: the rows are there, and every risk's Riskvärde formula carries its value (S × K).
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const sheet = workbook.getWorksheet('Riskanalys')!;
      const scored: number[] = [];
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value as { formula?: string; sharedFormula?: string; result?: unknown } | null;
          if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value) && typeof value.result === 'number') scored.push(value.result);
        }),
      );
      const expectedScores = before.register.tables.Risker!.rows.map((r) => Number(r.values.sannolikhet) * Number(r.values.konsekvens));
      for (const score of expectedScores) expect(scored).toContain(score);
      const table = workbook.getWorksheet('Rekommendationer')!.getTables();
      expect(table.length).toBeGreaterThan(0);

      // LibreOffice opens it, and shows the cached values, not #NAME?.
      if (soffice) {
        const out = path.join(dir, 'csv');
        fs.mkdirSync(out);
        execFileSync(
          soffice,
          [
            `-env:UserInstallation=file://${path.join(dir, 'lo-profil')}`,
            '--headless',
            '--convert-to',
            'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
            '--outdir',
            out,
            file,
          ],
          { timeout: 240_000, stdio: 'pipe' },
        );
        const csv = (sheetName: string) => fs.readFileSync(path.join(out, `sparad-${sheetName}.csv`), 'utf8');
        expect(csv('Riskanalys')).not.toMatch(/#NAME\?|#NAMN\?/);
        const imported = after.register.tables.Rekommendationer!.rows.slice(-7).map((r) => String(r.values.rekommendation));
        expect(csv('Rekommendationer')).toContain(imported[0].slice(0, 40));
      } else if (process.env.UPPSIKT_REQUIRE_LIBREOFFICE === '1') {
        throw new Error('LibreOffice (soffice) finns inte men UPPSIKT_REQUIRE_LIBREOFFICE=1: installera libreoffice-calc.');
      }
    },
    TIMEOUT,
  );

  test(
    "first contact at 350 px: the round's verdicts recorded in the form and saved, Gå till's notice in view after scrolling, Hjälp, Skapa, Översikt and Rapport as a newcomer sees them",
    async () => {
      const page = await openPage('download');
      await openFile(page, example);
      await look(page, 'oversikt-matris');
      // An even grid: every cell of the matrix has the same top within its row, numbers or not.
      const tops = await page
        .locator('table[aria-label^="Riskmatris"] tr')
        .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td button')].map((b) => Math.round(b.getBoundingClientRect().top))));
      for (const row of tops.filter((r) => r.length > 0)) expect(new Set(row).size).toBe(1);
      await page.getByRole('columnheader', { name: /Försumbar/ }).waitFor();
      await page.getByRole('rowheader', { name: /Sannolik$/ }).waitFor();

      await page.getByRole('tab', { name: 'Skapa' }).click();
      await page.getByText(/av senaste versionen .* Det finns inget att skapa eller uppgradera\./).waitFor();
      expect(await page.getByRole('button', { name: /Uppgradera/ }).count()).toBe(0);
      await look(page, 'skapa-aktuell');

      // Uppföljning: the latest round's rows as a form, through XlsxWorkbook.
      await page.getByRole('tab', { name: 'Uppföljning' }).click();
      const form = page.getByRole('region', { name: /^Bedömningar i omgång/ });
      await form.waitFor();
      const group = form.getByRole('group').first();
      const id = ((await group.locator('legend').textContent()) ?? '').split(' ')[0];
      await group.getByRole('combobox', { name: `Bedömning ${id}` }).selectOption('Åtgärdad');
      await group.getByRole('textbox', { name: `Kommentar ${id}` }).fill('Klart enligt revisionens uppföljning.');
      await look(page, 'uppfoljning');
      await form.getByRole('button', { name: 'Spara bedömningarna (1 rad)' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Spara bedömningarna' }).click();
      await page.getByText(/^Sparat: 1 rad i omgång/).waitFor({ timeout: 120_000 });
      await bar(page, 'exempel.xlsx').getByText('Osparade ändringar').waitFor();

      // Gå till far down Kontrollera: the notice is where the user is, naming sheet, row and content.
      // A short window (a laptop with the browser's bars), so the last finding is well below the fold.
      await page.setViewportSize({ width: 350, height: 480 });
      await page.getByRole('tab', { name: 'Kontrollera' }).click();
      const go = page.getByRole('button', { name: /^Gå till / }).last();
      await go.scrollIntoViewIfNeeded();
      expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBeGreaterThan(0);
      const place = ((await go.getAttribute('aria-label')) ?? '').replace('Gå till ', '');
      await go.click();
      const notice = page.locator('[role="status"]').getByText(`${place}: fliken`, { exact: false });
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(/, rad \d+ \(.+\)\. Här i webbläsaren finns inget rutnät/);
      const box = (await notice.boundingBox())!;
      const viewport = page.viewportSize()!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      await look(page, 'ga-till');
      await page.getByRole('button', { name: 'Stäng' }).click();

      await page.getByRole('tab', { name: 'Rapport' }).click();
      await page.getByText('Välj minst en nämnd eller hela kommunen ovan för att skapa en rapport.').waitFor();
      await page.getByText(/laddas ned som en \.xlsx-fil/).waitFor();
      await look(page, 'rapport');
      await page.getByRole('tab', { name: 'Hjälp' }).click();
      await page.getByRole('heading', { name: 'I webbläsaren' }).waitFor();
      await look(page, 'hjalp');

      // Spara: the verdict is in the file, as the CLI's reader sees it.
      const download = page.waitForEvent('download', { timeout: 120_000 });
      await bar(page, 'exempel.xlsx').getByRole('button', { name: 'Spara' }).click();
      const file = path.join(dir, 'bedomd.xlsx');
      await (await download).saveAs(file);
      await page.close();
      const saved = roundVerdicts((await overviewOf(file)).register)!;
      expect(saved.rows.find((r) => r.id === id)).toMatchObject({ verdict: 'Åtgärdad', comment: 'Klart enligt revisionens uppföljning.' });
    },
    TIMEOUT,
  );

  test(
    "a user's own workbook: Skapa creates the structure, Spara writes through the File System Access API, the user's parts byte for byte",
    async () => {
      const own = path.join(ROOT, 'test/fixtures/workbooks/egen-med-delar.xlsx');
      const page = await openPage('picker');
      await openFile(page, own);
      await page.getByRole('tab', { name: 'Skapa' }).click();
      await page.getByRole('button', { name: 'Skapa strukturen…' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Skapa', exact: true }).click();
      await page.getByText(/^Klart:/).waitFor({ timeout: 120_000 });
      await bar(page, 'egen-med-delar.xlsx').getByText('Osparade ändringar').waitFor();
      await bar(page, 'egen-med-delar.xlsx').getByRole('button', { name: 'Spara' }).click();
      await bar(page, 'egen-med-delar.xlsx').getByText('Sparad i egen-med-delar.xlsx.').waitFor({ timeout: 120_000 });
      expect(await bar(page, 'egen-med-delar.xlsx').getByText('Osparade ändringar').count()).toBe(0);
      const written = await page.evaluate(() => (window as unknown as { __saved: { name: string; base64: string }[] }).__saved);
      await page.close();
      expect(written.map((w) => w.name)).toEqual(['egen-med-delar.xlsx']);
      const bytes = Buffer.from(written[0].base64, 'base64');

      const originalZip = await JSZip.loadAsync(fs.readFileSync(own));
      const savedZip = await JSZip.loadAsync(bytes);
      // Every part of the user's that Uppsikt does not have to edit is the same, byte for byte.
      const edited = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml', 'docProps/app.xml', 'xl/calcChain.xml']);
      for (const name of Object.keys(originalZip.files).filter((n) => !originalZip.files[n].dir && !edited.has(n))) {
        expect({ name, same: Buffer.compare(await originalZip.file(name)!.async('nodebuffer'), await savedZip.file(name)!.async('nodebuffer')) === 0 }).toEqual({
          name,
          same: true,
        });
      }
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      const names = workbook.worksheets.map((s) => s.name);
      const originalNames = (await new ExcelJS.Workbook().xlsx.load(fs.readFileSync(own) as unknown as ArrayBuffer)).worksheets.map((s) => s.name);
      expect(names).toEqual(expect.arrayContaining(originalNames));
      expect(names.length).toBeGreaterThan(originalNames.length);
      const file = path.join(dir, 'egen-sparad.xlsx');
      fs.writeFileSync(file, bytes);
      expect((await overviewOf(file)).register.tables.Risker).toBeDefined();
    },
    TIMEOUT,
  );

  test.each([
    [
      'an old .xls',
      'budget.xls',
      () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048)]),
      /^budget\.xls är i Microsofts äldre filformat/,
    ],
    [
      'a password-protected workbook',
      'hemlig.xlsx',
      () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(600)]),
      /^hemlig\.xlsx är lösenordsskyddad/,
    ],
    ['a text file', 'anteckningar.xlsx', () => Buffer.from('Risk;Sannolikhet\nFel;3\n'), /^anteckningar\.xlsx är ingen Excel-arbetsbok/],
  ])(
    '%s, dropped on the page, is refused in Swedish with its name',
    async (_case, name, bytes, message) => {
      const page = await openPage('download');
      const data = await page.evaluateHandle(
        ({ fileName, base64 }) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], fileName));
          return transfer;
        },
        { fileName: name, base64: bytes().toString('base64') },
      );
      await page.dispatchEvent('main', 'dragover', { dataTransfer: data });
      await page.dispatchEvent('main', 'drop', { dataTransfer: data });
      await page.getByText(message).waitFor({ timeout: 60_000 });
      expect(await page.getByRole('heading', { name: 'Uppsikt i webbläsaren' }).count()).toBe(1);
      await page.close();
    },
    TIMEOUT,
  );

  test(
    'Rapport: the nämnd’s yttrande over a granskning, downloaded as a Word document with every recommendation',
    async () => {
      const page = await openPage('download');
      await openFile(page, example);
      await page.getByRole('tab', { name: 'Rapport' }).click();
      await page.getByRole('combobox', { name: 'Granskning' }).selectOption('G2');
      await page.getByRole('combobox', { name: 'Nämnd' }).selectOption('Socialnämnden');
      const download = page.waitForEvent('download', { timeout: 120_000 });
      await page.getByRole('button', { name: 'Skapa yttrande (Word)' }).click();
      const docx = await download;
      expect(docx.suggestedFilename()).toBe('Yttrande G2 Socialnämnden.docx');
      const file = path.join(dir, 'yttrande.docx');
      await docx.saveAs(file);
      await page.getByText(/^Klart: yttrandet har laddats ned som Yttrande G2 Socialnämnden\.docx/).waitFor();
      const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')!.async('string');
      const { register } = await overviewOf(example);
      const texts = register.tables.Rekommendationer!.rows.filter((r) => r.values.granskningId === 'G2').map((r) => String(r.values.rekommendation));
      expect(texts).toHaveLength(3);
      for (const text of texts) expect(xml).toContain(text);
      expect(xml).toContain('<w:tblHeader/>');
      await look(page, 'yttrande');
      await page.close();
    },
    TIMEOUT,
  );

  test(
    'Ny arbetsbok med exempel: the example through the port, unsaved until saved',
    async () => {
      const page = await openPage('download');
      await page.getByRole('button', { name: 'Ny arbetsbok med exempel' }).click();
      await page.getByRole('tabpanel', { name: 'Översikt' }).and(page.locator('[data-ready="true"]')).waitFor({ timeout: 120_000 });
      const name = 'Uppsikt exempel.xlsx';
      await bar(page, name).getByText('Osparade ändringar').waitFor();
      const expected = await overviewOf(example);
      await page
        .getByRole('tabpanel', { name: 'Översikt' })
        .getByText(new RegExp(`^${plural(expected.register.tables.Risker!.rows.length, 'risk', 'risker')}\\b`))
        .waitFor();
      // Leaving now asks first: the page cancels beforeunload, so the browser asks. (Headless Chromium shows no
      // such dialog to Playwright, so the event is dispatched and its answer read.)
      const leaving = () =>
        page.evaluate(() => {
          const event = new Event('beforeunload', { cancelable: true });
          window.dispatchEvent(event);
          return event.defaultPrevented;
        });
      expect(await leaving()).toBe(true);
      const download = page.waitForEvent('download', { timeout: 120_000 });
      await bar(page, name).getByRole('button', { name: 'Spara' }).click();
      expect((await download).suggestedFilename()).toBe(name);
      await bar(page, name)
        .getByText(/är nedladdad/)
        .waitFor();
      expect(await leaving()).toBe(false);
      await page.close();
    },
    TIMEOUT,
  );
});
