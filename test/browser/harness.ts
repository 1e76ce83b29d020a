import http from 'http';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { chromium, type Browser } from 'playwright-core';
import webpack from 'webpack';

export const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/**
 * The query string Office adds to the pane's URL (_host_Info: application, platform, version, locale…).
 * officeLoader.js loads Office.js only when it sees a sign of an Office host such as this; a page opened
 * without it is file mode and loads nothing from elsewhere.
 */
export const OFFICE_QUERY = '?_host_Info=Excel$Web$16.01$sv-SE$telemetry$$$0';

/**
 * Bundles one entry (TypeScript, React included) into a single script with webpack and returns its text; the
 * output folder is removed again. For the pages the browser tests and benchmarks serve from memory.
 */
export async function bundleToString(entry: string, options: { mode: 'development' | 'production'; plugins?: webpack.WebpackPluginInstance[] }): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'uppsikt-bundle-'));
  const compiler = webpack({
    mode: options.mode,
    devtool: false,
    context: ROOT,
    entry,
    output: { path: outDir, filename: 'bundle.js' },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: { rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext' } } } }] },
    plugins: options.plugins ?? [],
    performance: { hints: false },
  });
  try {
    await new Promise<void>((resolve, reject) =>
      compiler.run((error, stats) => (error || stats?.hasErrors() ? reject(error ?? new Error(stats!.toString('errors-only'))) : resolve())),
    );
    return fs.readFileSync(path.join(outDir, 'bundle.js'), 'utf8');
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

/** Bundles officeDouble.ts into one script (the fake Excel included) to serve in place of Office.js. */
export function buildOfficeDouble(): Promise<string> {
  return bundleToString(path.join(__dirname, 'officeDouble.ts'), { mode: 'development' });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/** dist/ served on localhost. */
export interface DistServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves dist/ on a free localhost port (plain http: the page needs no https outside Office). */
export async function serveDist(): Promise<DistServer> {
  const server = http.createServer((req, res) => {
    const file = path.join(DIST, decodeURIComponent((req.url ?? '/').split('?')[0]));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
/** Flags that keep Chromium from reaching out to the network on start (the machine's network is closed). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * What every browser suite starts with: the production build served on localhost and Debian's Chromium
 * launched. Says in Swedish what is missing (Chromium, or dist/ before npm run build).
 */
export async function browserOnDist(): Promise<{ browser: Browser; server: DistServer }> {
  if (!CHROMIUM) throw new Error('Chromium (/usr/bin/chromium) finns inte men UPPSIKT_REQUIRE_CHROMIUM=1: installera paketet chromium.');
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html saknas: kör npm run build först.');
  const server = await serveDist();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return { browser, server };
}

/** axe-core's browser build, injected into the page for the accessibility check. */
export const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Serious and critical axe-core violations on the page as it is now, one line each (rule: elements), except
 * the rules in `allow`. Fluent UI's focus manager (tabster) puts invisible `<i data-tabster-dummy
 * tabindex=0 aria-hidden>` sentinels around tab lists and dialogs that hand focus on at once; axe flags
 * them as aria-hidden-focus although no user ever lands on one, so they are left out of the check.
 */
export async function axeViolations(page: import('playwright-core').Page, allow: readonly string[] = []): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (allowed) => {
    const axe = (window as unknown as { axe: { run: (c: object, o: object) => Promise<{ violations: { id: string; impact?: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run({ include: [['body']], exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => (v.impact === 'serious' || v.impact === 'critical') && !allowed.includes(v.id))
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, allow);
}

/** How far the page reaches beyond the pane's width (0 when nothing scrolls sideways), with the widest culprits. */
export async function horizontalOverflow(page: import('playwright-core').Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    const width = root.clientWidth;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 0.5 && e.getBoundingClientRect().width > 0)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}${e.getAttribute('aria-label') ? `[${e.getAttribute('aria-label')}]` : ''} → ${Math.round(e.getBoundingClientRect().right)} px`);
    return { overflow: root.scrollWidth - width, culprits };
  });
}
