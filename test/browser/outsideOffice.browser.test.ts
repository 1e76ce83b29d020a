import fs from 'fs';
import path from 'path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, DIST, OFFICE_JS, serveDist } from './harness';

/*
 * The built taskpane.html opened in a plain browser, as a developer does after npm start: Office.js either
 * loads but finds no Office host, or does not load at all (blocked, offline). Either way the page says in
 * Swedish that Uppsikt must be opened from Excel, and raises no page error: the functions chunk registers
 * only where Excel's CustomFunctions runtime exists.
 */
const required = process.env.UPPSIKT_REQUIRE_CHROMIUM === '1';
const describeBrowser = CHROMIUM || required ? describe : describe.skip;
// Starting Chromium takes minutes on a busy 2-core machine.
const CHROMIUM_TIMEOUT = 300_000;

// Office.js outside an Office host: Office exists and onReady answers with no host; CustomFunctions does not.
const OFFICE_WITHOUT_HOST = 'window.Office = { HostType: { Excel: "Excel" }, onReady: () => Promise.resolve({ host: null, platform: null }) };';

describeBrowser('the task pane outside Office', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDist>>;

  beforeAll(async () => {
    if (!CHROMIUM) throw new Error('Chromium (/usr/bin/chromium) finns inte men UPPSIKT_REQUIRE_CHROMIUM=1: installera paketet chromium.');
    if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html saknas: kör npm run build först.');
    server = await serveDist();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, CHROMIUM_TIMEOUT);

  test('where the runtime has CustomFunctions, every function is still associated under its id', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const runtime = `${OFFICE_WITHOUT_HOST} window.__associated = []; window.CustomFunctions = { associate: (id, fn) => window.__associated.push([id, typeof fn]) };`;
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: runtime });
      return url.startsWith(server.url) ? route.continue() : route.abort();
    });
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole('heading', { name: 'Uppsikt måste öppnas från Excel' }).waitFor({ timeout: 60_000 });
    const associated = await page.evaluate(() => (window as unknown as { __associated: [string, string][] }).__associated);
    const ids = (JSON.parse(fs.readFileSync(path.join(DIST, 'functions.json'), 'utf8')) as { functions: { id: string }[] }).functions.map((f) => f.id);
    expect(associated).toEqual(ids.map((id) => [id, 'function']));
    expect(ids).toHaveLength(6);
    expect(errors).toEqual([]);
    await page.close();
  }, CHROMIUM_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, CHROMIUM_TIMEOUT);

  test.each([
    ['Office.js loads but there is no Office host', OFFICE_WITHOUT_HOST],
    ['Office.js cannot be loaded', undefined],
  ])('%s: the Swedish message, and no page or console error', async (_case, officeJs) => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      // A blocked Office.js is the case under test; the browser reports that request as a console error.
      if (m.type() === 'error' && !(officeJs === undefined && m.location().url === OFFICE_JS)) errors.push(`console: ${m.text()}`);
    });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS && officeJs !== undefined) return route.fulfill({ status: 200, contentType: 'text/javascript', body: officeJs });
      if (url.startsWith(server.url)) return route.continue();
      return route.abort();
    });
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole('heading', { name: 'Uppsikt måste öppnas från Excel' }).waitFor({ timeout: 60_000 });
    // The functions chunk runs first; give any late error from the other chunks a moment to surface.
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => typeof (window as unknown as { CustomFunctions?: unknown }).CustomFunctions)).toBe('undefined');
    expect(errors).toEqual([]);
    await page.close();
  }, CHROMIUM_TIMEOUT);
});
