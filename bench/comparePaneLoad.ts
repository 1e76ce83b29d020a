/*
 * Compares the task pane's cold load of two or more builds on a noisy machine: each build's folder is served
 * under its own prefix and the builds are loaded in turn in the same rounds (so load on the machine hits all
 * alike): the first view with and without 4× CPU throttling, and the main thread's CPU time (unthrottled,
 * from a trace), which a busy machine disturbs far less than wall time. The two reference pages of
 * bench/paneLoad.ts (the Fluent shell and the floor) run in the same rounds. Prints each median and the runs.
 *
 *   npx ts-node --transpile-only bench/comparePaneLoad.ts [--rounds 7] old=/tmp/dist-old new=dist
 *
 * Each folder is a webpack build (npx webpack --mode production --output-path <folder>).
 */
import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import { chromium } from 'playwright-core';
import { buildOfficeDouble, CHROMIUM, CHROMIUM_ARGS } from '../test/browser/harness';
import { buildFluentShell } from './fluentShell/buildFluentShell';
import { coldLoad, referencePages } from './paneLoad';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png' };

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const roundsAt = args.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 7;
  const builds = args.map((a) => {
    const [name, dir] = a.split('=');
    return { name, dir: path.resolve(dir) };
  });
  if (!CHROMIUM || builds.length === 0) throw new Error('usage: comparePaneLoad.ts name=dir … (and Chromium)');
  const double = await buildOfficeDouble();
  const memory = referencePages(await buildFluentShell());
  const server = http.createServer((req, res) => {
    const [, prefix, ...rest] = decodeURIComponent((req.url ?? '/').split('?')[0]).split('/');
    const build = builds.find((b) => b.name === prefix);
    const file = build ? path.join(build.dir, ...rest) : '';
    if (!build || !file.startsWith(build.dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const load = async (page: string, rate: number) => (await coldLoad(browser, { origin: url, page, rate, double, memory })).firstViewMs;
  // Main-thread CPU time, traced and unthrottled: steadier than wall time on a busy machine.
  const cpuMs = async (page: string) => (await coldLoad(browser, { origin: url, page, rate: 1, double, memory, cpu: true })).mainThreadCpuMs!;
  const pages = [
    ...builds.map((b) => ({ name: b.name, page: `/${b.name}/taskpane.html` })),
    { name: 'shell', page: '/bench-shell.html' },
    { name: 'floor', page: '/bench-floor.html' },
  ];
  const runs = new Map<string, number[]>(
    pages.flatMap((p) => [
      [`${p.name} 1×`, []],
      [`${p.name} 4×`, []],
      [`${p.name} CPU`, []],
    ]),
  );
  try {
    for (const p of pages) await load(p.page, 4); // warm-up
    for (let i = 0; i < rounds; i++) {
      for (const rate of [1, 4]) for (const p of pages) runs.get(`${p.name} ${rate}×`)!.push(await load(p.page, rate));
      for (const p of pages) runs.get(`${p.name} CPU`)!.push(await cpuMs(p.page));
    }
  } finally {
    await browser.close();
    server.close();
  }
  const median = (d: number[]) => [...d].sort((a, b) => a - b)[Math.floor(d.length / 2)];
  console.log(
    `${rounds} rounds, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  for (const [name, r] of runs) console.log(`${name.padEnd(12)} median ${Math.round(median(r))} ms  runs ${r.map(Math.round).join(' ')}`);
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
