import { spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

export interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the child in MB, or undefined when it died before saying (a V8 fatal error). */
  peakMb: number | undefined;
}

const CHILD = path.join(__dirname, 'cliChild.ts');
const ROOT = path.join(__dirname, '..', '..', '..');

/**
 * Runs `uppsikt args` in a child Node with a heap of `heapMb` (so a command that would hold gigabytes dies
 * quickly instead of swapping the shared machine) and reports its peak memory: bounds, never timings.
 */
export function childCli(args: readonly string[], options: { heapMb?: number; cwd?: string; onSpawn?: (pid: number) => void } = {}): Promise<ChildRun> {
  const peakFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'uppsikt-peak-')), 'peak');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${options.heapMb ?? 1024}`, '-r', 'ts-node/register/transpile-only', CHILD, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, TS_NODE_PROJECT: path.join(ROOT, 'tsconfig.json'), UPPSIKT_PEAK_FILE: peakFile },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    if (options.onSpawn && child.pid !== undefined) options.onSpawn(child.pid);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const peak = fs.existsSync(peakFile) ? Number(fs.readFileSync(peakFile, 'utf8')) : undefined;
      fs.rmSync(path.dirname(peakFile), { recursive: true, force: true });
      resolve({ code, signal, stdout, stderr, peakMb: peak === undefined ? undefined : peak / 1024 });
    });
  });
}
