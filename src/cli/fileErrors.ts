import fs from 'fs';
import path from 'path';
import { isUppsiktError, type UppsiktError, type UppsiktErrorOptions } from '../core/errors/UppsiktError';
import { cliErrors } from './cliErrors';

/*
 * Node's file errors (EACCES, ENOENT, …) as the CLI's errors, naming the file the user named, not a temp file
 * beside it. Library and system texts are kept as the cause only.
 */

/** A Node error code (EACCES, ENOENT, …), if the error is one Node raised for a file (ours have codes too). */
export function errorCode(error: unknown): string | undefined {
  if (isUppsiktError(error)) return undefined;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * The error to report for a file-system error on `file` (what the user named, not a temp file beside it), with
 * Node's error as its cause, or undefined when the error is not one the file system raised. `action` is what
 * was tried.
 */
export function fileError(error: unknown, file: string, action: 'read' | 'write'): UppsiktError | undefined {
  const writing = action === 'write';
  const cause = { cause: error };
  switch (errorCode(error)) {
    case 'EACCES':
    case 'EPERM':
      return cliErrors.noPermission({ file, writing }, cause);
    case 'EISDIR':
      return cliErrors.folderNotFile({ file, example: writing ? path.join(file, 'ut.xlsx') : undefined }, cause);
    case 'ENOENT':
      return missingFile(file, cause);
    case 'ENOTDIR':
      return cliErrors.pathThroughFile({ file }, cause);
    case 'ENOSPC':
    case 'EDQUOT':
      return cliErrors.diskFull({ file, writing }, cause);
    case 'EROFS':
      return cliErrors.readOnlyDevice({ file }, cause);
    case 'EBUSY':
    case 'ETXTBSY':
      return cliErrors.fileBusy({ file }, cause);
    case 'ENAMETOOLONG':
      return cliErrors.pathTooLong({ file }, cause);
    case 'EMFILE':
    case 'ENFILE':
      return cliErrors.tooManyOpen({ file, writing }, cause);
    case undefined:
      return undefined;
    default:
      return cliErrors.systemError({ file, writing, code: errorCode(error) }, cause);
  }
}

/** fileError's sentence, for messages that give it as the reason nothing was written. */
export function fileErrorText(error: unknown, file: string, action: 'read' | 'write'): string | undefined {
  return fileError(error, file, action)?.message;
}

/** The outermost folder on the way to `file` that does not exist. */
export function firstMissingFolder(file: string): string {
  let folder = path.dirname(path.resolve(file));
  while (!fs.existsSync(path.dirname(folder)) && path.dirname(folder) !== folder) folder = path.dirname(folder);
  return folder;
}

/** A file that does not exist: in a folder that does, or on a path whose folder is missing too. */
export function missingFile(file: string, options?: UppsiktErrorOptions): UppsiktError {
  return fs.existsSync(path.dirname(path.resolve(file)))
    ? cliErrors.fileMissing({ file }, options)
    : cliErrors.folderMissingFor({ folder: firstMissingFolder(file), file }, options);
}
