import fs from 'fs';
import path from 'path';
import { type Browser, type Page } from 'playwright-core';
import { axeViolations, browserOnDist, type DistServer, buildOfficeDouble, CHROMIUM, horizontalOverflow, OFFICE_JS, OFFICE_QUERY, ROOT } from './harness';

/*
 * The built task pane (dist/taskpane.html, all chunks, lazy views included) in Debian's Chromium, with the
 * Office.js request answered by the Excel double. Walks every view at 350 px as a controller would: each
 * view is screenshot, must not scroll sideways, and must have no serious or critical axe-core violation.
 * Fails on any console error or any request that leaves localhost. .ci/run installs chromium and sets
 * UPPSIKT_REQUIRE_CHROMIUM=1, so in CI it cannot skip.
 */
const required = process.env.UPPSIKT_REQUIRE_CHROMIUM === '1';
if (!CHROMIUM && !required) console.warn('Chromium saknas: webbläsartestet hoppas över (sätt UPPSIKT_REQUIRE_CHROMIUM=1 för att kräva det).');
const describeBrowser = CHROMIUM || required ? describe : describe.skip;

// Screenshots land in test-output/ (ignored); UPPSIKT_UPDATE_SCREENSHOTS=1 refreshes the README's copies
// instead, so an ordinary test run never leaves the checkout dirty.
const SHOTS = process.env.UPPSIKT_UPDATE_SCREENSHOTS === '1' ? path.join(ROOT, 'docs/images') : path.join(ROOT, 'test-output');

type Fake = {
  sheets: { name: string }[];
  syncs: number;
  selected?: unknown;
  tables: { name: string; rows: number }[];
  addSheet: (name: string, rows: unknown[][]) => void;
  fireChanged: () => Promise<void>;
};

describeBrowser('the task pane in Chromium', () => {
  let browser: Browser;
  let server: DistServer;
  let double: string;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];

  /** A fresh pane over a fresh workbook double (one sheet, Blad1). */
  async function openPane(width = 350, height = 900): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height } });
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: double });
      if (url.startsWith(server.url)) return route.continue();
      foreignRequests.push(url);
      return route.abort();
    });
    await page.goto(`${server.url}/taskpane.html${OFFICE_QUERY}`);
    await page.getByRole('heading', { name: 'Uppsikt', level: 1 }).waitFor();
    return page;
  }

  /** A fresh pane whose workbook has Uppsikt's structure with the example data, made through Skapa as a user would. */
  async function openPaneWithExample(): Promise<Page> {
    const page = await openPane();
    await page.getByRole('button', { name: 'Gå till Skapa' }).click();
    await page.getByRole('checkbox', { name: 'Fyll med exempeldata' }).check();
    await page.getByRole('button', { name: 'Skapa strukturen…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Skapa', exact: true }).click();
    await page.getByText(/^Klart:/).waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    return page;
  }

  /** Screenshot, no sideways scrolling, no serious or critical accessibility violation. */
  async function checkView(page: Page, name: string, allow: readonly string[] = []): Promise<void> {
    // A closing dialog gives the pane back (drops aria-hidden) after its exit animation; an open dialog keeps it.
    if ((await page.getByRole('dialog').count()) === 0)
      await page.waitForFunction(() => !document.querySelector('#container[aria-hidden="true"]'), undefined, { timeout: 10_000 }).catch(() => undefined);
    // A dialog fades in: measured half-way, its text is half transparent and axe reports low contrast. Look
    // (and let axe look) only when every animation has finished, as a user would.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 10_000 });
    await page.screenshot({ path: path.join(SHOTS, `taskpane-${name}.png`), fullPage: true });
    const measured = await horizontalOverflow(page);
    // A dialog over a tall view hides the page's scroll bar: the width then grows past the content (negative), which is no overflow.
    const overflow = Math.max(0, measured.overflow);
    const { culprits } = measured;
    expect({ name, overflow, culprits: overflow > 0 ? culprits : [] }).toEqual({ name, overflow: 0, culprits: [] });
    expect({ name, violations: await axeViolations(page, allow) }).toEqual({ name, violations: [] });
  }

  const fake = (page: Page) =>
    page.evaluate(() => {
      const f = (window as unknown as { __fake: Fake }).__fake;
      return { sheets: f.sheets.map((s) => s.name), selected: f.selected, tables: f.tables.map((t) => ({ name: t.name, rows: t.rows })) };
    });

  beforeAll(async () => {
    ({ browser, server } = await browserOnDist());
    fs.mkdirSync(SHOTS, { recursive: true });
    double = await buildOfficeDouble();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('every view at 350 px: empty workbook → Skapa by keyboard → Översikt, Uppföljning, Kontrollera, Hjälp, Skala', async () => {
    const page = await openPane();

    // An empty workbook: Översikt points to Skapa instead of reporting "0 fel".
    await page.getByRole('button', { name: 'Gå till Skapa' }).waitFor();
    await checkView(page, 'oversikt-tom');

    // By keyboard: the tabs are one stop, arrows move between them, Enter opens the dialog, Escape closes it.
    await page.getByRole('tab', { name: 'Översikt' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('checkbox', { name: 'Fyll med exempeldata' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Skapa' }).getAttribute('aria-selected')).toBe('true');
    await checkView(page, 'skapa');
    await page.getByRole('checkbox', { name: 'Fyll med exempeldata' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Skapa strukturen…' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Dina egna flikar och celler ändras inte.').waitFor();
    await dialog.getByText(/Ångra \(Ctrl\+Z\) kan inte ta tillbaka/).waitFor();
    await checkView(page, 'skapa-bekrafta');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect((await fake(page)).sheets).toEqual(['Blad1']);

    await page.getByRole('button', { name: 'Skapa strukturen…' }).click();
    await dialog.getByRole('button', { name: 'Skapa', exact: true }).click();
    await page.getByText(/^Klart:/).waitFor();
    await dialog.waitFor({ state: 'detached' });
    expect((await fake(page)).sheets).toEqual([
      'Blad1',
      'Inställningar',
      'Riskanalys',
      'Internkontrollplan',
      'Kontrollutfall',
      'Riskmatris',
      'Granskningar',
      'Rekommendationer',
      'Uppföljning',
      'Helhetsbedömning',
      'Sammanställning',
    ]);

    // Översikt of the example: the matrix, a cell's risks by keyboard, Gå till.
    await page.getByRole('tab', { name: 'Översikt' }).click();
    const cell = page.getByRole('button', { name: /^Sannolikhet 3, konsekvens 3: 3 risker/ });
    await cell.focus();
    await page.keyboard.press('Enter');
    const inCell = page.getByRole('list', { name: 'Riskerna i rutan' });
    await inCell.getByRole('listitem').first().waitFor();
    expect(await inCell.getByRole('listitem').count()).toBe(3);
    await checkView(page, 'oversikt');
    await page.getByRole('list', { name: 'Försenade åtgärder' }).getByRole('button').first().click();
    await page.waitForFunction(() => (window as unknown as { __fake: Fake }).__fake.selected !== undefined);
    expect((await fake(page)).selected).toEqual({ sheet: 'Rekommendationer', address: 'I4' });

    await page.getByRole('tab', { name: 'Uppföljning' }).click();
    await page.getByRole('button', { name: 'Skapa uppföljningsomgång…' }).click();
    await dialog.getByText(/nya rader läggs till sist i Uppföljning/).waitFor();
    await dialog.getByRole('button', { name: 'Skapa omgången' }).click();
    await page.getByText(/^Klart: 4 rader för omgång/).waitFor();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByText(/Inga rekommendationer att följa upp/).count()).toBe(0);
    await checkView(page, 'uppfoljning');

    await page.getByRole('tab', { name: 'Kontrollera' }).click();
    const go = page.getByRole('button', { name: /^Gå till Riskanalys!/ }).first();
    const target = ((await go.getAttribute('aria-label')) ?? '').replace('Gå till Riskanalys!', '');
    await go.click();
    await page.waitForFunction((t) => JSON.stringify((window as unknown as { __fake: Fake }).__fake.selected).includes(t), target);
    expect((await fake(page)).selected).toEqual({ sheet: 'Riskanalys', address: target });
    await checkView(page, 'kontrollera');

    await page.getByRole('tab', { name: 'Hjälp' }).click();
    await page.getByRole('list', { name: 'Arbetsgången' }).waitFor();
    await checkView(page, 'hjalp');

    // Skala: cutting Konsekvens to 3 levels previews the risks it makes invalid.
    await page.getByRole('tab', { name: 'Skala' }).click();
    await page.getByRole('region', { name: 'Konsekvens' }).getByRole('combobox').selectOption('3');
    await page.getByRole('spinbutton', { name: 'Risknivå 3 till' }).fill('12');
    await page.getByRole('list', { name: 'Risker som får ogiltiga värden' }).waitFor();
    expect(await page.getByRole('button', { name: 'Spara skalan…' }).isDisabled()).toBe(true);
    await checkView(page, 'skala');

    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  }, 300_000);

  test("the user's own sheets: the header mapping fits 320, 350 and 500 px and offers the missing Id and Nämnd", async () => {
    for (const width of [320, 500, 350]) {
      const page = await openPane(width, 900);
      await page.evaluate(async () => {
        const f = (window as unknown as { __fake: Fake }).__fake;
        f.addSheet('Riskanalys 2025', [
          ['Risk', 'Process/rutin', 'Sannolikhet', 'Konsekvens', 'Riskägare', 'Kommentar från förvaltningen'],
          ['Felaktiga utbetalningar av försörjningsstöd', 'Ekonomiskt bistånd', 3, 4, 'Anna Andersson', 'Se kontrollplanen'],
          ['Brister i informationssäkerheten', 'It-drift', 2, 3, 'Bo Berg', ''],
        ]);
        await f.fireChanged();
      });
      await page.getByRole('button', { name: 'Gå till Skapa' }).click();
      const missing = page.getByRole('group', { name: 'Obligatoriska kolumner som saknas i Riskanalys 2025' });
      await missing.getByText(/saknar de obligatoriska kolumnerna Id, Nämnd/).waitFor();
      await checkView(page, width === 350 ? 'skapa-egna-flikar' : `skapa-egna-flikar-${width}`);
      await page.close();
    }
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  }, 300_000);

  test('Rapport builds two nämnders reports and opens them with Excel.createWorkbook; Samla fits the pane', async () => {
    const page = await openPaneWithExample();

    await page.getByRole('tab', { name: 'Rapport' }).click();
    await page.getByRole('checkbox', { name: 'Socialnämnden' }).check();
    await page.getByRole('checkbox', { name: 'Kommunstyrelsen' }).check();
    await checkView(page, 'rapport');
    await page.getByRole('button', { name: 'Skapa 2 rapporter' }).click();
    await page.getByText(/^Klart: 2 rapporter/).waitFor({ timeout: 120_000 });
    const created = await page.evaluate(() => (window as unknown as { __created: string[] }).__created);
    expect(created).toHaveLength(2);
    // Each is an .xlsx (a zip: "PK" is "UEs" in base64) of real size.
    for (const base64 of created) {
      expect(base64.startsWith('UEs')).toBe(true);
      expect(base64.length).toBeGreaterThan(10_000);
    }

    await page.getByRole('tab', { name: 'Samla' }).click();
    await page.getByRole('tabpanel', { name: 'Samla' }).locator('button').first().waitFor();
    await checkView(page, 'samla');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  }, 300_000);

  test('Importera: paste a report, preview, insert; importing it again adds no rows', async () => {
    const page = await openPaneWithExample();

    const report = fs.readFileSync(path.join(ROOT, 'test/fixtures/reports/helsingborg-styrning-it-2023.txt'), 'utf8');
    const rows = async () => (await fake(page)).tables.find((t) => t.name === 'Rekommendationer')!.rows;
    const importOnce = async () => {
      await page.getByRole('tab', { name: 'Importera' }).click();
      await page.getByRole('textbox', { name: 'Rapportens text', exact: true }).fill(report);
      await page.getByRole('button', { name: 'Tolka texten' }).click();
      const preview = page.getByRole('region', { name: 'Förhandsvisning av rekommendationerna' });
      await preview.getByText('7 rekommendationer').waitFor();
      await page.getByRole('button', { name: 'Förhandsgranska infogning' }).click();
      return page.getByRole('region', { name: 'Det här infogas' });
    };
    const before = await rows();
    const plan = await importOnce();
    await plan.getByText(/7 nya rader i Rekommendationer/).waitFor();
    await checkView(page, 'importera');
    await plan.getByRole('button', { name: 'Infoga' }).click();
    await page
      .getByRole('status')
      .getByText(/^Klart: 7 nya rader/)
      .waitFor();
    expect(await rows()).toBe(before + 7);

    const again = await importOnce();
    await again.getByText(/0 nya rader i Rekommendationer, 7 finns redan/).waitFor();
    expect(await again.getByRole('button', { name: 'Infoga' }).isDisabled()).toBe(true);
    expect(await rows()).toBe(before + 7);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  }, 300_000);

  test('Utfall at 350 px: a result typed by keyboard becomes one Kontrollutfall row', async () => {
    const page = await openPaneWithExample();
    await page.getByRole('tab', { name: 'Utfall' }).click();
    const period = page.getByRole('combobox', { name: 'Tillfälle' });
    // T3: the example holds results for T1 and T2 only, so the control picked gets a new row.
    await period.selectOption('T3 2026');
    await page.getByText(/^Kontroller att utföra T3 2026/).waitFor();

    // By keyboard from the period: Tab reaches the controls, Space picks one, Tab then reaches every field and Spara.
    await period.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    const form = page.getByRole('form', { name: /^Utfall för K\d+, T3 2026$/ });
    await form.waitFor();
    const reached: string[] = [];
    for (let i = 0; i < 30 && !reached.includes('Spara utfallet…'); i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          return (el?.labels?.[0]?.textContent ?? el?.textContent ?? '').replace(/\s*\*$/, '').trim();
        }),
      );
    }
    expect(reached).toEqual(
      expect.arrayContaining([
        'Genomförd',
        'Datum',
        'Urval (antal granskade)',
        'Antal avvikelser',
        'Resultat',
        'Avvikelse',
        'Åtgärd',
        'Åtgärdsansvarig',
        'Klart senast',
        'Spara utfallet…',
      ]),
    );

    await form.getByRole('combobox', { name: 'Genomförd', exact: true }).selectOption('Ja');
    await form.getByRole('textbox', { name: 'Datum', exact: true }).fill('igår');
    await form.getByText('”igår” är inget datum. Skriv till exempel 2026-05-31.').waitFor();
    await checkView(page, 'utfall');
    await form.getByRole('textbox', { name: 'Datum', exact: true }).fill('2026-08-20');
    await form.getByRole('textbox', { name: 'Urval (antal granskade)', exact: true }).fill('12');
    await form.getByRole('textbox', { name: 'Antal avvikelser', exact: true }).fill('1');
    await form.getByRole('combobox', { name: 'Avvikelse', exact: true }).selectOption('Mindre');
    await form.getByRole('textbox', { name: 'Åtgärd', exact: true }).fill('Påminnelse till alla enheter');
    const rows = async () => (await fake(page)).tables.find((t) => t.name === 'Kontrollutfall')!.rows;
    const before = await rows();
    await form.getByRole('button', { name: 'Spara utfallet…' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/^En ny rad för K\d+, T3 2026 läggs till sist på fliken Kontrollutfall\.$/).waitFor();
    await checkView(page, 'utfall-bekrafta');
    await dialog.getByRole('button', { name: 'Lägg till raden' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(/^Klart: utfallet för K\d+, T3 2026/).waitFor();
    await dialog.waitFor({ state: 'detached' });
    expect(await rows()).toBe(before + 1);
    await checkView(page, 'utfall-sparat');

    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  }, 600_000);
});
