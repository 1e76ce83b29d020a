import fs from 'fs';
import path from 'path';
import type ExcelJS from 'exceljs';
import type { RegisterData, WorkbookSnapshot } from '../core';
import {
  copyAtomically,
  DamagedPartError,
  LossError,
  PackageLimitError,
  TargetExistsError,
  PackageError,
  readXlsx,
  writeUppsiktPackage,
  writeXlsx,
  type PackageWriteResult,
  type UppsiktParts,
} from '../workbook/xlsx';
import { isUppsiktError, type UppsiktError, type UppsiktErrorOptions } from '../core/errors/UppsiktError';
import { cliErrors } from './cliErrors';
import { sameFile } from './fileIdentity';
import { cliMessagesSv as C } from './messages.sv';

/*
 * Opening and saving files with Swedish errors that say what to do. Reading never changes the file, and
 * writing goes through a temp file renamed into place (writeXlsx, writeUppsiktPackage), so a failed command
 * leaves nothing half-written.
 */

/** A Node error code (EACCES, ENOENT, …), if the error is one Node raised for a file (ours have codes too). */
function errorCode(error: unknown): string | undefined {
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
      return missing(file, cause);
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
function firstMissingFolder(file: string): string {
  let folder = path.dirname(path.resolve(file));
  while (!fs.existsSync(path.dirname(folder)) && path.dirname(folder) !== folder) folder = path.dirname(folder);
  return folder;
}

/** A file that does not exist: in a folder that does, or on a path whose folder is missing too. */
function missing(file: string, options?: UppsiktErrorOptions): UppsiktError {
  return fs.existsSync(path.dirname(path.resolve(file))) ? cliErrors.fileMissing({ file }, options) : cliErrors.folderMissingFor({ folder: firstMissingFolder(file), file }, options);
}

/** Reads up to `length` bytes at `position` (negative: from the end). Throws Node's error as is. */
function readBytes(fd: number, size: number, position: number, length: number): Buffer {
  const start = position < 0 ? Math.max(0, size + position) : position;
  const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - start)));
  const read = fs.readSync(fd, buffer, 0, buffer.length, start);
  return buffer.subarray(0, read);
}

const CFB_MAGIC = Buffer.from('d0cf11e0a1b11ae1', 'hex');
const ZIP_LOCAL = Buffer.from('504b0304', 'hex');
const ZIP_EMPTY = Buffer.from('504b0506', 'hex');

/**
 * The names in a zip file's central directory, read from its end record (no decompression); undefined when
 * the archive is broken or cut short. Zip64 archives (over 65,535 entries or 4 GB) give null: not checked.
 */
function zipEntryNames(fd: number, size: number): string[] | undefined | null {
  const tail = readBytes(fd, size, -(0xffff + 22), 0xffff + 22);
  const end = tail.lastIndexOf(Buffer.from('504b0506', 'hex'));
  if (end < 0 || end + 22 > tail.length) return undefined;
  const count = tail.readUInt16LE(end + 10);
  const cdSize = tail.readUInt32LE(end + 12);
  const cdOffset = tail.readUInt32LE(end + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return null;
  if (cdOffset + cdSize > size) return undefined;
  const cd = readBytes(fd, size, cdOffset, cdSize);
  const names: string[] = [];
  for (let at = 0, n = 0; n < count; n++) {
    if (at + 46 > cd.length || cd.readUInt32LE(at) !== 0x02014b50) return undefined;
    const nameLength = cd.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + cd.readUInt16LE(at + 30) + cd.readUInt16LE(at + 32);
    if (next > cd.length) return undefined;
    names.push(cd.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
    at = next;
  }
  return names;
}

/** What a zip that holds no workbook holds instead, in words, from its part names. */
function zipKind(names: readonly string[]): string {
  const has = (prefix: string) => names.some((n) => n.toLowerCase().startsWith(prefix));
  if (has('word/')) return C.zipWord;
  if (has('ppt/')) return C.zipPowerPoint;
  if (names.includes('mimetype') && has('content.xml')) return C.zipOpenDocument;
  return C.zipOther;
}

/** Whether a file's first bytes look like text: no NUL and valid UTF-8 (or plain ASCII). */
function looksLikeText(head: Buffer): boolean {
  if (head.includes(0)) return false;
  const text = head.toString('utf8');
  // A multi-byte character cut at the end of the sample is fine; one replacement character earlier is not.
  return !text.slice(0, -1).includes('\ufffd');
}

/** .xlsm is a workbook with macros; Uppsikt keeps them (the package is copied part by part). */
const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm'];

/**
 * Refuses, in Swedish, any file that cannot be a readable .xlsx workbook before a library sees it: a missing
 * file or folder, a folder, another extension, no read permission, an empty file, a password-protected
 * (encrypted) workbook or an old .xls, a text file, a broken zip, and a zip without a workbook in it.
 */
function checkReadable(file: string): void {
  if (!fs.existsSync(file)) throw missing(file);
  if (fs.statSync(file).isDirectory()) throw cliErrors.folderNotExcel({ file });
  if (!WORKBOOK_EXTENSIONS.includes(path.extname(file).toLowerCase())) {
    throw cliErrors.notXlsxFile({ file });
  }
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const size = fs.fstatSync(fd).size;
    if (size === 0) throw cliErrors.fileEmpty({ file });
    const head = readBytes(fd, size, 0, 512);
    if (head.subarray(0, 8).equals(CFB_MAGIC)) throw oldOrEncrypted(file, fd, size);
    if (!head.subarray(0, 4).equals(ZIP_LOCAL) && !head.subarray(0, 4).equals(ZIP_EMPTY)) {
      throw looksLikeText(head) ? cliErrors.textAsXlsx({ file }) : cliErrors.fileNotXlsxContent({ file });
    }
    const names = zipEntryNames(fd, size);
    if (names === undefined) throw broken(file);
    if (names !== null && !names.some((n) => n.toLowerCase() === 'xl/workbook.xml')) {
      throw cliErrors.zipNotWorkbook({ file, kind: zipKind(names) });
    }
    // Every package has it (Excel will not open one without): an input problem, said before any write.
    if (names !== null && !names.includes('[Content_Types].xml')) throw cliErrors.noContentTypes({ file });
  } catch (error) {
    throw fileError(error, file, 'read') ?? error;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/*
 * An OLE2 compound file: Excel wraps a password-protected .xlsx in one (streams EncryptionInfo and
 * EncryptedPackage, named in UTF-16 in its directory); an old .xls or .doc is one too.
 */
function oldOrEncrypted(file: string, fd: number, size: number): UppsiktError {
  // The header names the first directory sector; the stream names are there (or near either end).
  const header = readBytes(fd, size, 0, 512);
  const sectorSize = 2 ** header.readUInt16LE(30);
  const directory = sectorSize >= 128 && sectorSize <= 65536 ? readBytes(fd, size, (header.readUInt32LE(48) + 1) * sectorSize, sectorSize) : Buffer.alloc(0);
  const sample = Buffer.concat([directory, readBytes(fd, size, 0, 1 << 20), readBytes(fd, size, -(1 << 20), 1 << 20)]);
  if (sample.includes(Buffer.from('EncryptedPackage', 'utf16le')) || sample.includes(Buffer.from('EncryptionInfo', 'utf16le'))) {
    return cliErrors.fileEncrypted({ file });
  }
  return cliErrors.fileOldFormat({ file });
}

function broken(file: string, cause?: unknown): UppsiktError {
  return cliErrors.brokenFile({ file }, { cause });
}

/*
 * The zip is whole and names a workbook, but ExcelJS could not read it: either its content is damaged or it
 * holds something ExcelJS does not understand; which of the two is not known, so the message says both.
 */
function uninterpretable(file: string, cause?: unknown): UppsiktError {
  return cliErrors.uninterpretable({ file }, { cause });
}

/** A package past a read limit or with a part zlib cannot inflate, in Swedish; undefined for any other error. */
export function inputProblem(file: string, error: unknown): UppsiktError | undefined {
  if (error instanceof PackageLimitError) {
    return error.kind === 'cells'
      ? cliErrors.tooManyCells({ file, sheet: error.sheet, cells: error.limit }, { cause: error })
      : cliErrors.tooMuchXml({ file, sheet: error.sheet, megabytes: Math.round(error.limit / (1024 * 1024)) }, { cause: error });
  }
  if (error instanceof DamagedPartError) return cliErrors.damagedPart({ file, part: error.part }, { cause: error });
  return undefined;
}

/** An error a library raised while reading a file that passed checkReadable, in Swedish (its text kept as the cause). */
function unreadable(file: string, error: unknown): UppsiktError {
  if (isUppsiktError(error)) return error;
  return inputProblem(file, error) ?? fileError(error, file, 'read') ?? uninterpretable(file, error);
}

/**
 * Reads a workbook as plain data. A file ExcelJS reads without complaint but finds no sheet in is not a
 * workbook either (Excel always saves at least one sheet). `onProgress(sheet, rows)` hears how far a big read
 * has come.
 */
export async function readSnapshot(file: string, onProgress?: (sheet: string, rows: number) => void): Promise<WorkbookSnapshot> {
  checkReadable(file);
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = await readXlsx(file, { onProgress });
  } catch (error) {
    throw unreadable(file, error);
  }
  if (snapshot.sheets.length === 0) throw uninterpretable(file);
  return snapshot;
}

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
