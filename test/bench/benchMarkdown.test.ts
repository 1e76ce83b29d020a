import fs from 'fs';
import os from 'os';
import path from 'path';
import { benchEnv, benchMarkdown, recordConsole, writeBenchMarkdown, type BenchRun } from '../../bench/benchMarkdown';

const run: BenchRun = {
  started: new Date('2026-12-06T19:50:00Z'),
  finished: new Date('2026-12-06T19:54:12Z'),
  node: 'v20.20.2',
  cores: 2,
  platform: 'linux 6.1',
  loadAtStart: 2.5,
  loads: [3.1, 5, 4.2],
  args: ['--markdown', 'docs/performance.md'],
  env: { UPPSIKT_BENCH_BIG: '0' },
  lines: ['Uppsikt benchmark — 1 000 000 rader', 'riskMatrix: 9 000 000 rader/s; kvot 1,2 (mål ≤ 1,5: uppfyllt)', 'a | b: c'],
};

describe('benchMarkdown', () => {
  const doc = benchMarkdown(run);

  it('states the date, duration, Node version, cores and load range of the run', () => {
    expect(doc).toContain('| Datum | 2026-12-06 19:50–19:54 UTC (4 min 12 s) |');
    expect(doc).toContain('| Node | v20.20.2 |');
    expect(doc).toContain('| Maskin | 2 kärnor, linux 6.1 |');
    expect(doc).toContain('| Belastning (1 min) | 2,5 vid start, 3,1–5,0 under körningen |');
  });

  it('names the command and the variables that limited the run', () => {
    expect(doc).toContain('`UPPSIKT_BENCH_BIG=0 npm run bench -- --markdown docs/performance.md`');
    expect(doc).toContain('| Begränsningar | `UPPSIKT_BENCH_BIG=0` |');
    expect(benchMarkdown({ ...run, env: {} })).toContain('| Begränsningar | inga: hela mätningen |');
  });

  it('puts every printed line in the table, split at the first colon, with pipes escaped', () => {
    expect(doc).toContain('| riskMatrix | 9 000 000 rader/s; kvot 1,2 (mål ≤ 1,5: uppfyllt) |');
    expect(doc).toContain('| Uppsikt benchmark — 1 000 000 rader | |');
    expect(doc).toContain('| a \\| b | c |');
  });
});

describe('recordConsole', () => {
  it('keeps each printed line with the load at that moment and still prints it', () => {
    const printed: unknown[] = [];
    const original = console.log;
    console.log = (...args: unknown[]) => printed.push(args);
    try {
      const recorder = recordConsole(() => 1.5);
      console.log('en: 1\ntvå: 2');
      recorder.stop();
      console.log('efter');
      expect(recorder.lines).toEqual(['en: 1', 'två: 2']);
      expect(recorder.loads).toEqual([1.5]);
      expect(printed).toHaveLength(2);
    } finally {
      console.log = original;
    }
  });
});

describe('benchEnv and writeBenchMarkdown', () => {
  it('keeps only the UPPSIKT_BENCH_ variables, sorted', () => {
    expect(benchEnv({ UPPSIKT_BENCH_TIMEOUT: '30', PATH: '/bin', UPPSIKT_BENCH_BIG: '0' })).toEqual({ UPPSIKT_BENCH_BIG: '0', UPPSIKT_BENCH_TIMEOUT: '30' });
  });

  it('writes the document, creating its folder', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-md-')), 'docs', 'performance.md');
    writeBenchMarkdown(file, run);
    expect(fs.readFileSync(file, 'utf8')).toBe(benchMarkdown(run));
  });
});
