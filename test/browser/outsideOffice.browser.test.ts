import fs from 'fs';
import path from 'path';
import { type Browser } from 'playwright-core';
import { browserOnDist, type DistServer, CHROMIUM, DIST, OFFICE_JS, OFFICE_QUERY } from './harness';

/*
 * The built taskpane.html outside Excel. In a plain browser (no sign of an Office host) officeLoader.js loads
 * nothing from elsewhere, puts its Content-Security-Policy in place, and the page is file mode. With a sign of
 * an Office host Office.js is loaded; when it then finds no Excel (another application, or Office.js blocked)
 * the page is file mode too. Never a page error: the functions chunk registers only where Excel's
 * CustomFunctions runtime exists.
 */
const required = process.env.UPPSIKT_REQUIRE_CHROMIUM === '1';
const describeBrowser = CHROMIUM || required ? describe : describe.skip;
// Starting Chromium takes minutes on a busy 2-core machine.
const CHROMIUM_TIMEOUT = 300_000;
const FILE_MODE = 'Uppsikt i webbläsaren';

// Office.js outside an Office host: Office exists and onReady answers with no host; CustomFunctions does not.
const OFFICE_WITHOUT_HOST = 'window.Office = { HostType: { Excel: "Excel" }, onReady: () => Promise.resolve({ host: null, platform: null }) };';

describeBrowser('the task pane outside Office', () => {
  let browser: Browser;
  let server: DistServer;

  beforeAll(async () => {
    ({ browser, server } = await browserOnDist());
  }, CHROMIUM_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, CHROMIUM_TIMEOUT);

  test(
    "a plain browser: file mode, no request beyond the page's origin, the strict policy in force, no error",
    async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
      page.on('request', (r) => requests.push(r.url()));
      await page.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
      await page.goto(`${server.url}/taskpane.html`);
      await page.getByRole('heading', { name: FILE_MODE }).waitFor({ timeout: 120_000 });
      await page.waitForLoadState('load');
      expect(requests.filter((u) => !u.startsWith(`${server.url}/`))).toEqual([]);
      expect(
        await page.evaluate(() => ({
          office: typeof (window as unknown as { Office?: unknown }).Office,
          functions: typeof (window as unknown as { CustomFunctions?: unknown }).CustomFunctions,
        })),
      ).toEqual({ office: 'undefined', functions: 'undefined' });
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy).toMatch(/^default-src 'self'; script-src 'self'; style-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'/);
      expect(policy).not.toMatch(/unsafe-(eval|inline)/);
      // The policy is enforced, not only written: a request elsewhere is refused by the browser itself.
      const refused = await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            document.addEventListener('securitypolicyviolation', (e) => resolve(`${e.violatedDirective} ${e.blockedURI}`), { once: true });
            fetch('https://example.org/x').catch(() => undefined);
          }),
      );
      expect(refused).toBe('connect-src https://example.org/x');
      errors.splice(0, errors.length, ...errors.filter((e) => !e.includes('example.org'))); // the refusal just provoked
      expect(errors).toEqual([]);
      await page.close();
    },
    CHROMIUM_TIMEOUT,
  );

  test(
    'where the runtime has CustomFunctions, every function is still associated under its id',
    async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const runtime = `${OFFICE_WITHOUT_HOST} window.__associated = []; window.CustomFunctions = { associate: (id, fn) => window.__associated.push([id, typeof fn]) };`;
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: runtime });
        return url.startsWith(server.url) ? route.continue() : route.abort();
      });
      await page.goto(`${server.url}/taskpane.html${OFFICE_QUERY}`);
      await page.getByRole('heading', { name: FILE_MODE }).waitFor({ timeout: 120_000 });
      const associated = await page.evaluate(() => (window as unknown as { __associated: [string, string][] }).__associated);
      const ids = (JSON.parse(fs.readFileSync(path.join(DIST, 'functions.json'), 'utf8')) as { functions: { id: string }[] }).functions.map((f) => f.id);
      expect(associated).toEqual(ids.map((id) => [id, 'function']));
      expect(ids).toHaveLength(10);
      expect(errors).toEqual([]);
      await page.close();
    },
    CHROMIUM_TIMEOUT,
  );

  test.each([
    ['Office.js loads but there is no Office host', OFFICE_WITHOUT_HOST],
    ['Office.js cannot be loaded', undefined],
  ])(
    'a sign of Office, but %s: file mode, no CSP of ours, and no page or console error',
    async (_case, officeJs) => {
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
      await page.goto(`${server.url}/taskpane.html${OFFICE_QUERY}`);
      await page.getByRole('heading', { name: FILE_MODE }).waitFor({ timeout: 120_000 });
      await page.waitForLoadState('load');
      expect(await page.evaluate(() => typeof (window as unknown as { CustomFunctions?: unknown }).CustomFunctions)).toBe('undefined');
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    },
    CHROMIUM_TIMEOUT,
  );
});
