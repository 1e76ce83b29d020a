import type ExcelJS from 'exceljs';
import type { RegisterData } from '../core';
import { isUppsiktError, type UppsiktError } from '../core/errors/UppsiktError';
import { copyAtomically, LossError, PackageError, TargetExistsError, writeUppsiktPackage, writeXlsx, type PackageWriteResult, type UppsiktParts } from '../workbook/xlsx';
import { cliErrors } from './cliErrors';
import { errorCode, fileErrorText } from './fileErrors';
import { cliMessagesSv as C } from './messages.sv';
import { inputProblem, uninterpretable } from './readInput';
import { mayReplace } from './writeTargets';

/*
 * Saving what a command made, with Swedish errors that say what to do. Writing goes through a temp file renamed
 * into place (writeXlsx, writeUppsiktPackage), so a failed command leaves nothing half-written; a target that
 * the user did not allow to be replaced (writeTargets) is never replaced, even one that appeared meanwhile.
 */

// A library's or Node's own text is English: only the Swedish sentence is shown (UPPSIKT_DEBUG shows the cause).
function cannotWrite(target: string, error: unknown): UppsiktError {
  if (error instanceof TargetExistsError) return cliErrors.targetAppeared({ file: target }, { cause: error });
  return cliErrors.notWritten({ reason: fileErrorText(error, target, 'write') ?? C.systemError({ file: target, writing: true }) }, { cause: error });
}

/** Writes a workbook made from scratch (init); the target was checked with checkTarget. */
export async function saveWorkbook(workbook: ExcelJS.Workbook, target: string): Promise<void> {
  try {
    await writeXlsx(workbook, target, { replace: mayReplace(target) });
  } catch (error) {
    throw cannotWrite(target, error);
  }
}

/** Copies an Uppsikt workbook that needs no change (adopt of an Uppsikt workbook). */
export async function saveCopy(input: string, target: string): Promise<void> {
  try {
    await copyAtomically(input, target, { replace: mayReplace(target) });
  } catch (error) {
    throw cannotWrite(target, error);
  }
}

/**
 * Writes `input` with Uppsikt's sheets added or (for its own sheets in `own`) written again, every other
 * part of the file kept byte for byte. Refuses, naming them, when Uppsikt's own sheets hold things a rewrite
 * would drop, unless allowLoss (--tillat-forlust).
 */
export async function saveUppsiktInto(
  input: string,
  target: string,
  register: RegisterData,
  options: { today: number; own?: UppsiktParts; allowLoss?: boolean },
): Promise<PackageWriteResult> {
  try {
    return await writeUppsiktPackage(input, target, register, { ...options, replace: mayReplace(target) });
  } catch (error) {
    if (isUppsiktError(error)) throw error; // already worded, by the adapter
    if (error instanceof LossError) {
      throw cliErrors.lossRefused({ losses: error.losses });
    }
    if (error instanceof PackageError) throw cliErrors.packageRefused({ file: input, reason: error.message });
    // Not the file system's: something in the input the merge could not take, not a failed write.
    if (errorCode(error) === undefined && !(error instanceof TargetExistsError)) throw inputProblem(input, error) ?? uninterpretable(input, error);
    throw cannotWrite(target, error);
  }
}
