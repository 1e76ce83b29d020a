import fs from 'fs';
import path from 'path';
import { cliErrors } from './cliErrors';
import { firstMissingFolder } from './fileErrors';
import { sameFile } from './fileIdentity';

/*
 * Where a command may write, checked before anything is read or computed, and the user's consent to replace
 * a file (--ersatt) remembered per target, so the write itself never replaces a file it was not allowed to.
 */

/**
 * Checks, before anything is read or computed, that `target` may be written: the right extension (that of
 * the input, so a workbook with macros stays .xlsm), an existing folder, not an input, and not an existing
 * file unless the user gave --ersatt.
 *
 * @param target - The file to write.
 * @param options - The input it is made from and whether --ersatt was given.
 */
export function checkTarget(target: string, options: { input?: string; replace?: boolean } = {}): void {
  const wanted = options.input ? path.extname(options.input).toLowerCase() : '.xlsx';
  if (path.extname(target).toLowerCase() !== wanted) {
    throw wanted === '.xlsm' && options.input ? cliErrors.notXlsm({ file: target, input: options.input }) : cliErrors.notXlsx({ file: target });
  }
  ensureNewTarget(target, { replace: options.replace, inputs: options.input ? [options.input] : [] });
  const folder = path.dirname(path.resolve(target));
  if (!fs.existsSync(folder)) throw cliErrors.targetFolderMissing({ folder: firstMissingFolder(target) });
}

/*
 * Whether the user allowed each target to be replaced (--ersatt), as ensureNewTarget was told: the saves
 * below ask here, so every command that checks its target first (as every command must) gets a write that
 * never replaces a file it was not allowed to, even one that appeared while the command ran.
 */
const replaceAllowed = new Map<string, boolean>();

/** Whether `target` may be replaced: only when ensureNewTarget was called for it with replace. */
export function mayReplace(target: string): boolean {
  return replaceAllowed.get(path.resolve(target)) === true;
}

/**
 * Refuses a target that exists (unless the user said --ersatt) or that is one of the inputs, compared as
 * files (a symbolic or hard link to an input, or another spelling of its path, is the input): every command
 * that writes calls this before it reads or computes anything, so nothing is written over without consent.
 * The consent is remembered for the target (mayReplace): the write itself refuses to replace a file that
 * appears meanwhile without it.
 */
export function ensureNewTarget(target: string, options: { replace?: boolean; inputs?: readonly string[] } = {}): void {
  const resolved = path.resolve(target);
  if ((options.inputs ?? []).some((input) => sameFile(input, target))) {
    throw cliErrors.sameAsInput();
  }
  if (fs.existsSync(resolved) && !options.replace) {
    throw cliErrors.targetExists({ file: target });
  }
  replaceAllowed.set(resolved, options.replace === true);
}
