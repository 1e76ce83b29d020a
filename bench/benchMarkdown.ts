/*
 * `npm run bench -- --markdown docs/performance.md` writes what the bench printed as a Markdown table, with
 * the date, the machine's load and Node's version beside it, so docs/performance.md is generated from a run
 * and never copied by hand. The lines are taken as printed: each benchmark keeps its own wording and target.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';

export interface BenchRun {
  started: Date;
  finished: Date;
  node: string;
  cores: number;
  platform: string;
  /** The 1-minute load average when the run started, and at every printed line. */
  loadAtStart: number;
  loads: number[];
  /** The command line after `bench/index.ts`, and the UPPSIKT_BENCH_* variables that were set. */
  args: string[];
  env: Record<string, string>;
  /** Every line the bench printed, in order. */
  lines: string[];
}

export interface ConsoleRecorder {
  lines: string[];
  loads: number[];
  stop(): void;
}

/** Tees console.log: the lines still reach the terminal and are also kept, each with the load at that moment. */
export function recordConsole(loadAverage: () => number = () => os.loadavg()[0]): ConsoleRecorder {
  const original = console.log;
  const recorder: ConsoleRecorder = { lines: [], loads: [], stop: () => (console.log = original) };
  console.log = (...args: unknown[]) => {
    original(...args);
    const text = args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    for (const line of text.split('\n')) if (line.trim() !== '') recorder.lines.push(line);
    recorder.loads.push(loadAverage());
  };
  return recorder;
}

const decimal = (n: number, digits = 1) => n.toFixed(digits).replace('.', ',');
const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
const utc = (d: Date) => d.toISOString().slice(0, 16).replace('T', ' ');

function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/*
 * A bench line reads "what: figures (target: met)". Split at the first ": " so the table has the measurement
 * in one column and the figures in the other; a line without one (a heading, a skipped part) spans both.
 */
function row(line: string): string {
  const at = line.indexOf(': ');
  return at < 0 ? `| ${cell(line)} | |` : `| ${cell(line.slice(0, at))} | ${cell(line.slice(at + 2))} |`;
}

/**
 * The Markdown document for one bench run: when, where and how it ran, then every printed line as a row.
 * @example
 *   benchMarkdown({ ...run, lines: ['Rapport: 12 ms'] }) //=> '# Prestanda …| Rapport | 12 ms |…'
 */
export function benchMarkdown(run: BenchRun): string {
  const loads = run.loads.length > 0 ? run.loads : [run.loadAtStart];
  const settings = Object.entries(run.env).map(([name, value]) => `${name}=${value}`);
  const limits = settings.map((s) => `\`${s}\``);
  const command = ['npm run bench --', ...run.args].join(' ');
  return [
    '# Prestanda',
    '',
    `<!-- Skriven av \`${command}\` (bench/benchMarkdown.ts). Ändra inte för hand: kör om kommandot. -->`,
    '',
    `Genererad av \`${[...settings, command].join(' ')}\` ur det som mätningen skrev ut.`,
    'Målen står i varje rad; de rapporteras, de prövas inte i testerna. Vad mätningarna betyder, hur de görs och',
    'äldre mätningar före och efter ändringar: [performance-history.md](performance-history.md).',
    '',
    '| Körning | |',
    '|---|---|',
    `| Datum | ${utc(run.started)}–${utc(run.finished).slice(11)} UTC (${duration(run.finished.getTime() - run.started.getTime())}) |`,
    `| Node | ${run.node} |`,
    `| Maskin | ${run.cores} kärnor, ${run.platform} |`,
    `| Belastning (1 min) | ${decimal(run.loadAtStart)} vid start, ${decimal(Math.min(...loads))}–${decimal(Math.max(...loads))} under körningen |`,
    `| Begränsningar | ${limits.length > 0 ? limits.join(', ') : 'inga: hela mätningen'} |`,
    '',
    '| Mätning | Resultat |',
    '|---|---|',
    ...run.lines.map(row),
    '',
  ].join('\n');
}

/** Writes the document, creating the folder if needed. */
export function writeBenchMarkdown(file: string, run: BenchRun): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, benchMarkdown(run));
}

/** The UPPSIKT_BENCH_* variables set for this run: they leave parts out or shorten them, so the document names them. */
export function benchEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env)
      .filter((entry): entry is [string, string] => entry[0].startsWith('UPPSIKT_BENCH_') && entry[1] !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}
