import fs from 'fs';
import { type UppsiktError } from '../core/errors/UppsiktError';
import { cliErrors } from './cliErrors';
import { cliMessagesSv as C } from './messages.sv';

/*
 * What a file the user named as a workbook really is, from its first bytes and its zip directory (no
 * decompression), before a library sees it: empty, a password-protected (encrypted) workbook or an old .xls,
 * a text file, a broken zip, or a zip without a workbook in it.
 */

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

/**
 * Refuses, in Swedish, the content of an open file that cannot be a readable .xlsx workbook; throws Node's
 * error as is when reading fails.
 *
 * @param file - The path the user gave, for messages.
 * @param fd - The file, open for reading.
 * @param size - Its size in bytes.
 */
export function sniffInput(file: string, fd: number, size: number): void {
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
