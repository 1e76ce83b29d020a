/*
 * Timing helpers for `npm run bench`. The machine is shared and noisy, so each figure is the median of
 * several runs, and targets are stated as ratios against a baseline measured in the same run.
 */
export interface Timing {
  medianMs: number;
  runs: number[];
}

/** Runs `fn` a few times to warm up the JIT, then `runs` times; returns the median duration. */
export function time(fn: () => unknown, runs = 7, warmup = 3): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const start = process.hrtime.bigint();
    fn();
    durations.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const sorted = [...durations].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)], runs: durations };
}

/** Rows per second at the median. */
export function rowsPerSecond(rows: number, timing: Timing): number {
  return rows / (timing.medianMs / 1000);
}

/** A deterministic pseudo-random generator, so every run benchmarks the same data. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Times two async tasks alternately (a, b, a, b, …) after one warm-up each, so that drift on a shared
 * machine hits both alike; returns both medians.
 */
export async function timePair(a: () => Promise<unknown>, b: () => Promise<unknown>, runs = 5): Promise<[Timing, Timing]> {
  await a();
  await b();
  const da: number[] = [];
  const db: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const [fn, out] of [
      [a, da],
      [b, db],
    ] as const) {
      (globalThis as { gc?: () => void }).gc?.();
      const start = process.hrtime.bigint();
      await fn();
      out.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  const median = (d: number[]) => [...d].sort((x, y) => x - y)[Math.floor(d.length / 2)];
  return [
    { medianMs: median(da), runs: da },
    { medianMs: median(db), runs: db },
  ];
}

export interface RatioTiming {
  /** Median milliseconds of one call of each side. */
  aMs: number;
  bMs: number;
  /** Median of the per-round ratios a/b: each round times both sides back to back. */
  ratio: number;
  rounds: number;
  /** Calls per sample of each side, so that a sample lasts at least `minSampleMs`. */
  repsA: number;
  repsB: number;
}

/*
 * A bare loop over a million numbers takes about 3 ms, less than the scheduler's noise on a shared
 * machine: timed once per sample, the matrix ratio swung between 1.9 and 7.3. So each sample repeats a
 * call until it lasts at least `minSampleMs`, the two sides alternate (a, b, then b, a) so drift hits both,
 * and the ratio is the median of the per-round ratios.
 */
export function timeRatio(a: () => unknown, b: () => unknown, { minSampleMs = 250, rounds = 9 } = {}): RatioTiming {
  const gc = () => (globalThis as { gc?: () => void }).gc?.();
  const once = (fn: () => unknown, reps: number) => {
    gc();
    const start = process.hrtime.bigint();
    for (let i = 0; i < reps; i++) fn();
    return Number(process.hrtime.bigint() - start) / 1e6 / reps;
  };
  const calibrate = (fn: () => unknown) => {
    for (let i = 0; i < 3; i++) fn();
    const ms = Math.max(0.01, once(fn, 3));
    return Math.max(1, Math.ceil(minSampleMs / ms));
  };
  const repsA = calibrate(a);
  const repsB = calibrate(b);
  const as: number[] = [];
  const bs: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let ta: number;
    let tb: number;
    if (r % 2 === 0) {
      ta = once(a, repsA);
      tb = once(b, repsB);
    } else {
      tb = once(b, repsB);
      ta = once(a, repsA);
    }
    as.push(ta);
    bs.push(tb);
    ratios.push(ta / tb);
  }
  const median = (d: number[]) => [...d].sort((x, y) => x - y)[Math.floor(d.length / 2)];
  return { aMs: median(as), bMs: median(bs), ratio: median(ratios), rounds, repsA, repsB };
}
