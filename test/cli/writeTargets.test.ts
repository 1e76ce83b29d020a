import fs from 'fs';
import path from 'path';
import { isUppsiktError } from '../../src/core/errors/UppsiktError';
import { checkTarget, ensureNewTarget, mayReplace } from '../../src/cli/writeTargets';
import { tempDir } from './runCli';

/* Where a command may write, checked before it reads anything, and the --ersatt consent the saves ask for. */
function refusal(check: () => void): string | undefined {
  try {
    check();
  } catch (error) {
    if (isUppsiktError(error)) return error.code;
    throw error;
  }
  return undefined;
}

describe('writeTargets', () => {
  test('the target gets the input’s extension, so a workbook with macros stays .xlsm', () => {
    const dir = tempDir();
    expect(refusal(() => checkTarget(path.join(dir, 'ut.txt')))).toBe('cli.notXlsx');
    expect(refusal(() => checkTarget(path.join(dir, 'ut.xlsx'), { input: 'in.xlsm' }))).toBe('cli.notXlsm');
    expect(refusal(() => checkTarget(path.join(dir, 'ut.xlsm'), { input: 'in.xlsm' }))).toBeUndefined();
  });

  test('a folder that does not exist is refused', () => {
    expect(refusal(() => checkTarget(path.join(tempDir(), 'saknas', 'ut.xlsx')))).toBe('cli.targetFolderMissing');
  });

  test('an input under another name (a symbolic link) is the input', () => {
    const dir = tempDir();
    const input = path.join(dir, 'in.xlsx');
    fs.writeFileSync(input, 'x');
    fs.symlinkSync(input, path.join(dir, 'länk.xlsx'));
    expect(refusal(() => ensureNewTarget(path.join(dir, 'länk.xlsx'), { inputs: [input], replace: true }))).toBe('cli.sameAsInput');
  });

  test('an existing target is replaced only with --ersatt, and the saves are told so', () => {
    const dir = tempDir();
    const target = path.join(dir, 'ut.xlsx');
    fs.writeFileSync(target, 'x');
    expect(refusal(() => ensureNewTarget(target))).toBe('cli.targetExists');
    ensureNewTarget(target, { replace: true });
    expect(mayReplace(target)).toBe(true);
    const fresh = path.join(dir, 'ny.xlsx');
    ensureNewTarget(fresh);
    expect(mayReplace(fresh)).toBe(false);
  });
});
