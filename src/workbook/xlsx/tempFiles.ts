import fs from 'fs';
import path from 'path';

/*
 * Temporary files and folders beside a target, named so that any later run can tell them from the user's
 * files and from another running command's: ".uppsikt-tmp-<pid>-<random>-<name>". Those of a process that
 * no longer runs (killed with SIGKILL, a power cut) are removed by the next write into the same folder;
 * those of this process are removed on failure, and on SIGINT/SIGTERM through removeAllTemps.
 */

const PREFIX = '.uppsikt-tmp-';
const OURS = /^\.uppsikt-tmp-(\d+)-/;
const pending = new Set<string>();

/** Whether a process with this id runs (a process of another user counts as running). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * Removes the temporary files and folders that stopped processes left in `folder`. Never fails: a folder
 * that cannot be listed or a file that cannot be removed is left as it is.
 *
 * @example
 * sweepStaleTemps('/data/rapporter') // removes /data/rapporter/.uppsikt-tmp-4711-…-ut.xlsx if 4711 is gone
 */
export function sweepStaleTemps(folder: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(OURS.exec(name)?.[1]);
    if (!pid || pid === process.pid || running(pid)) continue;
    try {
      fs.rmSync(path.join(folder, name), { recursive: true, force: true });
    } catch {
      // Someone else's, or already gone: left alone.
    }
  }
}

/**
 * A new temporary path beside `target` (for a file or a folder), registered so that removeAllTemps finds
 * it; stale ones of stopped processes in the same folder are swept first.
 */
export function tempPathFor(target: string): string {
  const folder = path.dirname(path.resolve(target));
  sweepStaleTemps(folder);
  const temp = path.join(folder, `${PREFIX}${process.pid}-${Math.random().toString(36).slice(2, 8)}-${path.basename(target)}`);
  pending.add(temp);
  return temp;
}

/** Removes a temporary path (file or folder) and forgets it. */
export function removeTemp(temp: string): void {
  fs.rmSync(temp, { recursive: true, force: true });
  pending.delete(temp);
}

/** Forgets a temporary path that became the target (renamed or linked into place). */
export function releaseTemp(temp: string): void {
  pending.delete(temp);
}

/** Removes every temporary path this process still has: for SIGINT and SIGTERM. */
export function removeAllTemps(): void {
  for (const temp of [...pending]) {
    try {
      removeTemp(temp);
    } catch {
      // Best effort while the process ends.
    }
  }
}

/** A target that appeared while the command ran, and may not be replaced. */
export class TargetExistsError extends Error {
  constructor(readonly target: string) {
    super(`target exists: ${target}`);
    this.name = 'TargetExistsError';
  }
}

/**
 * Moves a finished temporary file to `target`. With `replace`, an atomic rename. Without, the file is
 * linked to the target name, which fails if the target exists at that moment (so a file created there
 * while the command ran, or by a second command at once, is never overwritten); where the file system
 * has no hard links, an exclusive copy does the same.
 *
 * @throws TargetExistsError when the target exists and may not be replaced.
 */
export function placeFile(temp: string, target: string, replace: boolean): void {
  if (replace) {
    fs.renameSync(temp, target);
    releaseTemp(temp);
    return;
  }
  try {
    fs.linkSync(temp, target);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EEXIST') throw new TargetExistsError(target);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
    try {
      fs.copyFileSync(temp, target, fs.constants.COPYFILE_EXCL);
    } catch (copyError) {
      if ((copyError as { code?: string }).code === 'EEXIST') throw new TargetExistsError(target);
      throw copyError;
    }
  }
  removeTemp(temp);
}
