import type { ChildProcess } from 'child_process';
import { removeAllTemps } from '../workbook/xlsx';
import { cliMessagesSv as C } from './messages.sv';

/*
 * Ctrl+C (SIGINT) and SIGTERM in the middle of a command: the temporary files and folders beside the
 * targets are removed and a running LibreOffice (export --pdf) is stopped with everything it started,
 * so nothing half-made is left and no program keeps running after uppsikt has ended. SIGKILL cannot be
 * caught: its temporary files are named so the next write into the folder removes them (tempFiles.ts).
 */

const children = new Set<ChildProcess>();

/** Stops `child` and its own children (spawned detached, so it leads its own process group) when uppsikt ends. */
export function trackChild(child: ChildProcess): void {
  children.add(child);
  child.on('exit', () => children.delete(child));
}

/** Stops a tracked child and everything in its process group. */
export function killChild(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    try {
      child.kill('SIGKILL');
    } catch {
      // Already gone.
    }
  }
  children.delete(child);
}

function cleanUp(): void {
  for (const child of [...children]) killChild(child);
  removeAllTemps();
}

let installed = false;

/**
 * Installs the clean-up for SIGINT and SIGTERM (exit 130 and 143, one Swedish line) and for any exit.
 * Only for the real `uppsikt` process (runCli with processIo), never in a test runner's process.
 */
export function installInterruptCleanup(err: (line: string) => void = (line) => void process.stderr.write(`${line}\n`)): void {
  if (installed) return;
  installed = true;
  const on = (signal: NodeJS.Signals, code: number) =>
    process.on(signal, () => {
      cleanUp();
      err(`uppsikt: ${C.interrupted}`);
      process.exit(code);
    });
  on('SIGINT', 130);
  on('SIGTERM', 143);
  process.on('exit', cleanUp);
}
