/*
 * The task pane's cold load in Chromium: from navigation to the first view (Översikt) on screen, each run in
 * a fresh browser context (empty cache), with and without 4× CPU throttling (CDP
 * Emulation.setCPUThrottlingRate, a slow municipal laptop). Office.js is the Excel double of the browser
 * test. Also the JavaScript size: what taskpane.html loads at start and all chunks, raw and gzipped, and the
 * two references loaded in the same rounds: the floor, a page with only the Office double and one line of
 * script, i.e. what no change to the pane can remove (a fresh page, the double's 25 KB of development
 * JavaScript); and the Fluent shell (bench/fluentShell), React and Fluent UI with the pane's heading and tabs
 * and no Uppsikt code, i.e. what the UI stack costs, so the pane minus the shell is what Uppsikt's own code adds.
 * Needs dist/ (npm run build) and Chromium; says so and returns undefined without them.
 *
 * The page reports the first view itself (a console message from the init script); the benchmark only
 * listens. Polling from Playwright (waitForFunction) would inject Playwright's own script into the page while
 * it loads, and that costs the throttled main thread about as much as the pane's first render.
 */
import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import { chromium, type Browser } from 'playwright-core';
import { buildOfficeDouble, CHROMIUM, CHROMIUM_ARGS, DIST, OFFICE_JS, OFFICE_QUERY, serveDist } from '../test/browser/harness';
import { startScripts } from '../test/build/_lib/dist';
import { buildFluentShell, SHELL_SCRIPT, type FluentShell } from './fluentShell/buildFluentShell';

export interface PaneLoadResult {
  /** Median ms from navigation start to the first view, unthrottled and at 4× CPU throttling. */
  medianMs: number;
  throttledMedianMs: number;
  runs: number[];
  throttledRuns: number[];
  /** The same, for a page with only the Office double and a heading: what the pane cannot go below. */
  floorMs: number;
  throttledFloorMs: number;
  /** The same, for the reference page (bench/fluentShell): React and Fluent UI with the pane's heading and tabs, no Uppsikt code. */
  shellMs: number;
  throttledShellMs: number;
  /** Bytes of JavaScript taskpane.html loads at start, and of every chunk (lazy ones included). */
  initialBytes: number;
  initialGzipBytes: number;
  totalBytes: number;
  totalGzipBytes: number;
}

const RUNS = 5;
const THROTTLE = 4;
/** The console message with which the page reports its first view, followed by the ms. */
export const FIRST_VIEW = 'uppsikt-first-view';
const FLOOR_PAGE = '/bench-floor.html';
const SHELL_PAGE = '/bench-shell.html';
const FLOOR_HTML = `<!doctype html><html lang="sv"><head><meta charset="UTF-8"><title>Uppsikt</title><script src="${OFFICE_JS}"></script></head><body><div id="container"></div><script>Office.onReady().then(() => { document.getElementById('container').innerHTML = '<main><h2>Översikt</h2></main>'; });</script></body></html>`;

/**
 * Records, in the page, when the first view shows the workbook (ms since navigation start) and says so on
 * the console: the view panel marked ready, or, in builds before it had that mark, Översikt's first heading.
 */
export function markFirstView(message: string): void {
  const w = window as unknown as { __firstView?: number };
  new MutationObserver((_m, observer) => {
    const ready =
      document.querySelector('main [role="tabpanel"][data-ready="true"] > *') ?? (document.querySelector('main [role="tabpanel"]') ? null : document.querySelector('main h2'));
    if (w.__firstView === undefined && ready) {
      w.__firstView = performance.now();
      performance.mark(message); // for the trace (mainThreadCpuMs)
      observer.disconnect();
      console.debug(`${message} ${w.__firstView}`);
    }
  }).observe(document, { childList: true, subtree: true });
}

function jsSizes(): Pick<PaneLoadResult, 'initialBytes' | 'initialGzipBytes' | 'totalBytes' | 'totalGzipBytes'> {
  const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  const initial = new Set(startScripts(html));
  const all = fs.readdirSync(DIST).filter((f) => f.endsWith('.js'));
  const size = (files: string[]) =>
    files.reduce(
      (sum, f) => {
        const bytes = fs.readFileSync(path.join(DIST, f));
        return { raw: sum.raw + bytes.length, gzip: sum.gzip + zlib.gzipSync(bytes, { level: 9 }).length };
      },
      { raw: 0, gzip: 0 },
    );
  const start = size(all.filter((f) => initial.has(f)));
  const total = size(all);
  return { initialBytes: start.raw, initialGzipBytes: start.gzip, totalBytes: total.raw, totalGzipBytes: total.gzip };
}

/** A file the benchmark serves from memory (the floor page, the reference page), by its path under the origin. */
export type MemoryFiles = Record<string, { contentType: string; body: string }>;

/** The floor page and the reference page (bench/fluentShell), served from memory beside dist/. */
export function referencePages(shell: FluentShell): MemoryFiles {
  return {
    [FLOOR_PAGE]: { contentType: 'text/html; charset=utf-8', body: FLOOR_HTML },
    [SHELL_PAGE]: { contentType: 'text/html; charset=utf-8', body: shell.html },
    [`/${SHELL_SCRIPT}`]: { contentType: 'text/javascript', body: shell.script },
  };
}

/**
 * One cold load in a fresh browser context (empty cache): the page at `origin + page`, opened as Office opens
 * it (_host_Info in the query, or the loader would start file mode), Office.js answered by the double, the
 * `memory` files answered from memory and anything else outside `origin` refused.
 *
 * With `cpu`, the load is traced and also returns the page's main-thread CPU time (thread time, not wall
 * time) from navigation to the first view: what the page itself costs, which other processes on a busy
 * machine hardly change. Tracing slows the load, so a traced load's wall time is not the benchmark's figure.
 *
 * @returns The ms from navigation start to the first view, as the page reports it, and the CPU ms if asked.
 */
export async function coldLoad(
  browser: Browser,
  options: { origin: string; page: string; rate: number; double: string; memory: MemoryFiles; cpu?: boolean },
): Promise<{ firstViewMs: number; mainThreadCpuMs?: number }> {
  const { origin, page: file, rate, double, memory, cpu } = options;
  const context = await browser.newContext({ viewport: { width: 350, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(markFirstView, FIRST_VIEW);
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: double });
      const inMemory = url.startsWith(origin) ? memory[url.slice(origin.length).split('?')[0]] : undefined;
      if (inMemory) return route.fulfill({ status: 200, ...inMemory });
      return url.startsWith(origin) ? route.continue() : route.abort();
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    if (cpu) await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing', 'toplevel'] });
    const firstView = page.waitForEvent('console', { predicate: (m) => m.text().startsWith(`${FIRST_VIEW} `), timeout: 60_000 });
    firstView.catch(() => undefined);
    await page.goto(`${origin}${file}${OFFICE_QUERY}`, { waitUntil: 'commit' });
    const firstViewMs = Number((await firstView).text().slice(FIRST_VIEW.length + 1));
    return cpu ? { firstViewMs, mainThreadCpuMs: mainThreadCpuMs(JSON.parse((await browser.stopTracing()).toString()).traceEvents) } : { firstViewMs };
  } finally {
    await context.close();
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

/** The thread time of the main thread's tasks from navigation start to the first-view mark, in ms. */
function mainThreadCpuMs(events: TraceEvent[]): number {
  const mark = events.find((e) => e.name === FIRST_VIEW);
  if (!mark) throw new Error('the trace has no first-view mark');
  const from = Math.max(0, ...events.filter((e) => e.pid === mark.pid && e.name === 'navigationStart' && e.ts <= mark.ts).map((e) => e.ts));
  // The scheduler's top-level task event; Chromium names it RunTask only with more trace categories enabled.
  const task = events.some((e) => e.name === 'RunTask') ? 'RunTask' : 'ThreadControllerImpl::RunTask';
  let microseconds = 0;
  for (const e of events) {
    if (e.pid !== mark.pid || e.tid !== mark.tid || e.ph !== 'X' || e.name !== task || e.ts > mark.ts || e.ts + (e.dur ?? 0) < from) continue;
    // A task running when the mark was set counts up to the mark, in proportion.
    const share = e.dur && e.ts + e.dur > mark.ts ? (mark.ts - e.ts) / e.dur : 1;
    microseconds += (e.tdur ?? 0) * share;
  }
  return microseconds / 1000;
}

/** Cold loads of dist/taskpane.html; undefined (with the reason printed) when dist/ or Chromium is missing. */
export async function benchPaneLoad(): Promise<PaneLoadResult | undefined> {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) {
    console.log('Uppgiftsfönstrets laddtid: dist/taskpane.html saknas, kör npm run build först.');
    return undefined;
  }
  if (!CHROMIUM) {
    console.log('Uppgiftsfönstrets laddtid: Chromium saknas (/usr/bin/chromium), hoppas över.');
    return undefined;
  }
  const double = await buildOfficeDouble();
  const memory = referencePages(await buildFluentShell());
  const server = await serveDist();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const pages = { pane: '/taskpane.html', shell: SHELL_PAGE, floor: FLOOR_PAGE };
    const load = async (rate: number, file: string) => (await coldLoad(browser, { origin: server.url, page: file, rate, double, memory })).firstViewMs;
    const runs = { pane: [[], []], shell: [[], []], floor: [[], []] } as Record<keyof typeof pages, [number[], number[]]>;
    // One warm-up of each (the OS file cache, Chromium's own start), then alternate so drift hits all alike.
    for (const file of Object.values(pages)) await load(THROTTLE, file);
    for (let i = 0; i < RUNS; i++)
      for (const [name, file] of Object.entries(pages) as [keyof typeof pages, string][]) {
        runs[name][0].push(await load(1, file));
        runs[name][1].push(await load(THROTTLE, file));
      }
    const median = (d: number[]) => [...d].sort((a, b) => a - b)[Math.floor(d.length / 2)];
    return {
      medianMs: median(runs.pane[0]),
      throttledMedianMs: median(runs.pane[1]),
      runs: runs.pane[0],
      throttledRuns: runs.pane[1],
      floorMs: median(runs.floor[0]),
      throttledFloorMs: median(runs.floor[1]),
      shellMs: median(runs.shell[0]),
      throttledShellMs: median(runs.shell[1]),
      ...jsSizes(),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Two lines for `npm run bench`: the pane's figures against its target, then the same run's references with
 * Uppsikt's own time over the shell against its target (both throttled, both in ms).
 */
export function formatPaneLoad(r: PaneLoadResult, targetMs: number, ownTargetMs: number): string {
  const own = r.throttledMedianMs - r.throttledShellMs;
  const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('sv-SE')} KB`;
  const ms = (n: number) => `${Math.round(n).toLocaleString('sv-SE')} ms`;
  return (
    `Aktivitetsfönstrets kallstart till första vyn (median av ${RUNS}): ${ms(r.medianMs)}; med ${THROTTLE}× CPU-strypning ${ms(r.throttledMedianMs)} ` +
    `(mål < ${ms(targetMs)} strypt: ${r.throttledMedianMs < targetMs ? 'uppfyllt' : 'EJ uppfyllt'}); JavaScript vid start ${kb(r.initialBytes)} ` +
    `(${kb(r.initialGzipBytes)} gzip), totalt ${kb(r.totalBytes)} (${kb(r.totalGzipBytes)} gzip).\n` +
    `  Samma körning: Fluent-skalet (React och Fluent UI med rubriken och flikarna, ingen kod från Uppsikt) ${ms(r.shellMs)}, strypt ` +
    `${ms(r.throttledShellMs)}, så Uppsikts egen kod lägger till ${ms(r.medianMs - r.shellMs)}, strypt ${ms(own)} ` +
    `(mål ≤ ${ms(ownTargetMs)} strypt: ${own <= ownTargetMs ? 'uppfyllt' : 'EJ uppfyllt'}); ` +
    `golvet (bara Office-attrappen och en rubrik) ${ms(r.floorMs)}, strypt ${ms(r.throttledFloorMs)}.`
  );
}
