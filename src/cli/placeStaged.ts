import fs from 'fs';
import path from 'path';
import { placeFile, removeTemp, TargetExistsError, tempPathFor } from '../workbook/xlsx';
import { isUppsiktError, type UppsiktError } from '../core/errors/UppsiktError';
import { cliErrors } from './cliErrors';
import { fileErrorText } from './fileErrors';

/**
 * Moves the staged files into place: without --ersatt a target that appeared meanwhile is not overwritten,
 * and the files this run already placed are taken back, so the command leaves all or nothing.
 */
export function placeAll(staging: string, targets: readonly string[], replace: boolean): void {
  const placed: string[] = [];
  try {
    for (const target of targets) {
      placeFile(path.join(staging, path.basename(target)), target, replace);
      placed.push(target);
    }
  } catch (error) {
    if (!replace) for (const t of placed) fs.rmSync(t, { force: true });
    if (error instanceof TargetExistsError) throw cliErrors.targetAppeared({ file: error.target });
    throw error;
  }
}

/**
 * Writes a command's files in a staging folder beside the targets (named so a later run sweeps it after a
 * SIGKILL), then places them all or none. A file-system error names the user's folder, never the staging one.
 *
 * @param folder - The folder the targets are in.
 * @param userFolder - How the user named it, for messages.
 * @param targets - Every file placed, named as in the staging folder.
 * @param replace - --ersatt.
 * @param write - Writes the files into the staging folder.
 * @param notWritten - The command's own error for any other failure, given the library's text and error.
 */
export async function writeStaged(
  folder: string,
  userFolder: string,
  targets: readonly string[],
  replace: boolean,
  write: (staging: string) => Promise<void>,
  notWritten: (reason: string, cause: unknown) => UppsiktError,
): Promise<void> {
  let staging: string | undefined;
  try {
    fs.mkdirSync(folder, { recursive: true });
    staging = tempPathFor(path.join(folder, 'staging'));
    fs.mkdirSync(staging);
    await write(staging);
    placeAll(staging, targets, replace);
  } catch (error) {
    if (isUppsiktError(error)) throw error;
    const text = fileErrorText(error, userFolder, 'write');
    if (text !== undefined) throw cliErrors.notWritten({ reason: text }, { cause: error });
    throw notWritten(error instanceof Error ? error.message : String(error), error);
  } finally {
    if (staging) removeTemp(staging);
  }
}
