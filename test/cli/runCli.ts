import fs from 'fs';
import os from 'os';
import path from 'path';
import { serialFromYmd } from '../../src/core';
import { runCli } from '../../src/cli/main';

/** The date every CLI test runs on, so overdue findings do not change with the calendar. */
export const TODAY = serialFromYmd(2026, 11, 22);

export interface CliRun {
  code: number;
  out: string[];
  err: string[];
  stdout: string;
}

/** Runs the CLI in-process with captured output. */
export async function uppsikt(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), today: () => TODAY });
  return { code, out, err, stdout: out.join('\n') };
}

/** A fresh temporary folder for one test's files. */
export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'uppsikt-cli-'));
}

/**
 * `uppsikt init --exempel` into a fresh folder: the example workbook most CLI tests start from.
 * Fails the calling hook if init does not succeed.
 */
export async function exampleWorkbook(): Promise<{ dir: string; example: string }> {
  const dir = tempDir();
  const example = path.join(dir, 'exempel.xlsx');
  const run = await uppsikt('init', example, '--exempel');
  if (run.code !== 0) throw new Error(`uppsikt init --exempel failed (${run.code}): ${run.err.join(' ')}`);
  return { dir, example };
}
