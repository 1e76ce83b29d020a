/*
 * Every CLI command on plain workbooks of 100,000 and 300,000 register rows (and 2/3 as many risks), each
 * command in a process of its own (bench/cliChild.ts) so its peak memory is its own: rows, seconds, peak
 * RSS, and the linearity (time at 300k / time at 100k / 3; 1 is linear). Printed, never asserted.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { writeBigWorkbook } from './bigWorkbook';

export interface CommandRun {
  command: string;
  registerRows: number;
  riskRows: number;
  /** Seconds inside the command (without Node's start-up), or null when it did not finish. */
  seconds: number | null;
  /** CPU seconds (user + system) of the command's process: what linearity is computed from. */
  cpuSeconds: number | null;
  peakRssMb: number | null;
  exitCode: number | null;
  note?: string;
}

export interface BigCommandsResult {
  runs: CommandRun[];
  /** Per command: (CPU seconds at the largest size / at the smallest) / (size ratio); 1 is linear. */
  linearity: Record<string, number | null>;
}

const CHILD = path.join(__dirname, 'cliChild.ts');

function runChild(args: string[], timeoutSeconds: number): Omit<CommandRun, 'command' | 'registerRows' | 'riskRows'> {
  const run = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', CHILD, ...args], {
    cwd: path.join(__dirname, '..'),
    encoding: 'utf8',
    timeout: timeoutSeconds * 1000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = run.stderr.trim().split('\n').pop() ?? '';
  try {
    const report = JSON.parse(last) as { code: number; seconds: number; cpuSeconds: number; maxRssKb: number };
    const tenths = (n: number) => Math.round(n * 10) / 10;
    return { seconds: tenths(report.seconds), cpuSeconds: tenths(report.cpuSeconds), peakRssMb: Math.round(report.maxRssKb / 1024), exitCode: report.code };
  } catch {
    const note =
      run.error && (run.error as NodeJS.ErrnoException).code === 'ETIMEDOUT'
        ? `avbruten efter ${timeoutSeconds} s`
        : `avbröts (${run.signal ?? `status ${run.status}`}): ${last.slice(0, 120)}`;
    return { seconds: null, cpuSeconds: null, peakRssMb: null, exitCode: run.status, note };
  }
}

/**
 * @param sizes - Register rows per size; risks are 2/3 of that (300,000 + 200,000 at the top).
 * @param timeoutSeconds - Per command; a command that takes longer is reported as cut off.
 * @param only - Run only these commands (bench/writeCommands.ts, bench/exportCommand.ts).
 */
export function benchBigCommands(sizes: readonly number[], timeoutSeconds: number, log: (line: string) => void = () => undefined, only?: readonly string[]): BigCommandsResult {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uppsikt-big-'));
  const runs: CommandRun[] = [];
  try {
    for (const rows of sizes) {
      const risks = Math.round((rows * 2) / 3);
      const file = path.join(dir, `register-${rows}.xlsx`);
      writeBigWorkbook(file, rows, risks);
      const commands: [string, string[]][] = [
        ['summary', ['summary', file, '--json']],
        ['matrix', ['matrix', file, '--json']],
        ['check', ['check', file, '--json']],
        ['adopt', ['adopt', file, '-o', path.join(dir, `adopt-${rows}.xlsx`)]],
        ['ny-omgang', ['ny-omgang', file, '--omgang', '2026', '-o', path.join(dir, `omgang-${rows}.xlsx`)]],
        // The report's two big tables, the plan (a row per risk: the plain register has no controls) and the
        // recommendations, both written straight to XML (issue 22).
        ['export', ['export', file, '-o', path.join(dir, `rapport-${rows}.xlsx`)]],
      ];
      for (const [command, args] of commands.filter(([c]) => !only || only.includes(c))) {
        // A command cut off at a smaller size would only be cut off again: skipped, to keep the bench short.
        const earlier = runs.find((r) => r.command === command && r.seconds === null);
        const run: CommandRun = earlier
          ? {
              command,
              registerRows: rows,
              riskRows: risks,
              seconds: null,
              cpuSeconds: null,
              peakRssMb: null,
              exitCode: null,
              note: `hoppas över (${earlier.note} vid ${fmt(earlier.registerRows)} rader)`,
            }
          : { command, registerRows: rows, riskRows: risks, ...runChild(args, timeoutSeconds) };
        runs.push(run);
        log(formatRun(run));
      }
      for (const f of fs.readdirSync(dir)) fs.rmSync(path.join(dir, f), { force: true });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const linearity: Record<string, number | null> = {};
  const [small, large] = [sizes[0], sizes[sizes.length - 1]];
  for (const command of new Set(runs.map((r) => r.command))) {
    const a = runs.find((r) => r.command === command && r.registerRows === small)?.cpuSeconds;
    const b = runs.find((r) => r.command === command && r.registerRows === large)?.cpuSeconds;
    linearity[command] = a && b && large > small ? Math.round((b / a / (large / small)) * 100) / 100 : null;
  }
  return { runs, linearity };
}

const fmt = (n: number) => n.toLocaleString('sv-SE');

/** One run as a line: command, rows, seconds, peak memory. */
export function formatRun(r: CommandRun): string {
  const what = `uppsikt ${r.command} på ${fmt(r.registerRows)} rekommendationer + ${fmt(r.riskRows)} risker`;
  if (r.seconds === null) return `${what}: ${r.note}`;
  return `${what}: ${String(r.seconds).replace('.', ',')} s (CPU ${String(r.cpuSeconds).replace('.', ',')} s), högsta minne ${fmt(r.peakRssMb!)} MB (slutstatus ${r.exitCode})`;
}
