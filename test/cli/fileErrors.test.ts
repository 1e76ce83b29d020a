import fs from 'fs';
import path from 'path';
import { fileError, firstMissingFolder } from '../../src/cli/fileErrors';
import { cliErrors } from '../../src/cli/cliErrors';
import { tempDir } from './runCli';

/* Node's file errors become the CLI's errors, naming the user's file; anything else is left to the caller. */
describe('fileError', () => {
  const nodeError = (code: string) => Object.assign(new Error(`${code}: english`), { code });

  test('a permission error says whether reading or writing was refused, and keeps Node’s error as the cause', () => {
    const error = nodeError('EACCES');
    const read = fileError(error, 'a.xlsx', 'read')!;
    expect(read.code).toBe('cli.noPermission');
    expect(read.message).toContain('behörighet att läsa a.xlsx');
    expect(read.cause).toBe(error);
    expect(fileError(error, 'a.xlsx', 'write')!.message).toContain('behörighet att skriva a.xlsx');
  });

  test('a missing file in a missing folder names the outermost folder that is missing', () => {
    const dir = tempDir();
    const file = path.join(dir, 'saknas', 'djupare', 'a.xlsx');
    const error = fileError(nodeError('ENOENT'), file, 'read')!;
    expect(error.code).toBe('cli.folderMissingFor');
    expect(error.params).toEqual({ folder: path.join(dir, 'saknas'), file });
    expect(firstMissingFolder(file)).toBe(path.join(dir, 'saknas'));
    fs.mkdirSync(path.join(dir, 'saknas', 'djupare'), { recursive: true });
    expect(fileError(nodeError('ENOENT'), file, 'read')!.code).toBe('cli.fileMissing');
  });

  test('an unknown system error names its code', () => {
    expect(fileError(nodeError('EWHATEVER'), 'a.xlsx', 'write')!.message).toBe('Kunde inte skriva a.xlsx (systemfel EWHATEVER).');
  });

  test('errors that are not the file system’s, our own with their codes too, are not file errors', () => {
    expect(fileError(new Error('boom'), 'a.xlsx', 'read')).toBeUndefined();
    expect(fileError(cliErrors.fileEmpty({ file: 'a.xlsx' }), 'a.xlsx', 'read')).toBeUndefined();
  });
});
