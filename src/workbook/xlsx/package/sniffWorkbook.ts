import { unzipSync } from 'fflate';

/*
 * What a file is, from its bytes, before any workbook library sees it: the one answer the CLI, XlsxWorkbook
 * and the pane's file mode word in Swedish. Browser-safe (no Node modules): fflate lists a zip's entries
 * from its central directory without inflating anything.
 */

/** What a zip that holds no workbook holds instead, from its part names. */
export type ZipContent = 'word' | 'powerpoint' | 'openDocument' | 'other';

export type SniffedFile =
  | { readonly kind: 'empty' }
  /** A password-protected workbook: an OLE2 compound file with the streams EncryptionInfo/EncryptedPackage. */
  | { readonly kind: 'encrypted' }
  /** Any other OLE2 compound file: an old .xls (or .doc). */
  | { readonly kind: 'oldFormat' }
  /** No NUL and valid UTF-8 at the start: a CSV or text saved under a workbook's name. */
  | { readonly kind: 'text' }
  /** Some other binary file. */
  | { readonly kind: 'binary' }
  /** Starts as a zip, but its central directory cannot be read (cut short, damaged). */
  | { readonly kind: 'brokenZip' }
  /** A whole zip without xl/workbook.xml. */
  | { readonly kind: 'otherZip'; readonly holds: ZipContent }
  /** A workbook package without [Content_Types].xml, which Excel does not open (nor can Uppsikt write it). */
  | { readonly kind: 'noContentTypes' }
  | { readonly kind: 'workbook' };

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
/** More entries than any workbook has: a crafted directory claiming billions is not walked to the end. */
const MAX_ENTRIES = 1_000_000;

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** Whether `bytes` hold `text` written in UTF-16LE (how an OLE2 directory names its streams). */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = 0; i + text.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let j = 1; j < text.length; j++) if (bytes[i + 2 * j] !== text.charCodeAt(j) || bytes[i + 2 * j + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/**
 * Whether an OLE2 file is an encrypted package: its directory names the streams. The header names the first
 * directory sector; Excel writes the directory near the start or the end, so both megabytes are searched too.
 */
function isEncrypted(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorSize = bytes.length >= 52 ? 2 ** view.getUint16(30, true) : 0;
  const directory = sectorSize >= 128 && sectorSize <= 65536 ? (view.getUint32(48, true) + 1) * sectorSize : -1;
  const span = 1 << 20;
  const places = [bytes.subarray(0, span), bytes.subarray(Math.max(0, bytes.length - span))];
  if (directory > 0 && directory < bytes.length) places.unshift(bytes.subarray(directory, directory + sectorSize));
  return places.some((p) => containsUtf16(p, 'EncryptedPackage') || containsUtf16(p, 'EncryptionInfo'));
}

/**
 * No NUL and valid UTF-8 in the first 512 bytes (a character cut at the end of the sample is fine). By
 * hand, not TextDecoder's fatal mode: jsdom, where the pane's tests run, has no TextDecoder.
 */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 512);
  for (let i = 0; i < head.length;) {
    const b = head[i];
    if (b === 0) return false;
    const follow = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (follow < 0) return false;
    for (let j = 1; j <= follow && i + j < head.length; j++) if ((head[i + j] & 0xc0) !== 0x80) return false;
    i += follow + 1;
  }
  return true;
}

/** The entry names of a zip from its central directory, or undefined when it cannot be read. */
function entryNames(bytes: Uint8Array): string[] | undefined {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        if (names.length >= MAX_ENTRIES) throw new Error('too many entries');
        names.push(file.name);
        return false;
      },
    });
  } catch {
    return undefined;
  }
  // A directory read past its end gives empty names: the file was cut short.
  return names.some((n) => n === '') ? undefined : names;
}

function zipContent(names: readonly string[]): ZipContent {
  const has = (prefix: string) => names.some((n) => n.toLowerCase().startsWith(prefix));
  if (has('word/')) return 'word';
  if (has('ppt/')) return 'powerpoint';
  if (names.includes('mimetype') && has('content.xml')) return 'openDocument';
  return 'other';
}

/**
 * What `bytes` (a whole file) are, as far as a workbook is concerned.
 *
 * @example
 * sniffWorkbook(fs.readFileSync('budget.xls')) //=> { kind: 'oldFormat' }
 * sniffWorkbook(await file.arrayBuffer().then((b) => new Uint8Array(b))) //=> { kind: 'workbook' }
 */
export function sniffWorkbook(bytes: Uint8Array): SniffedFile {
  if (bytes.length === 0) return { kind: 'empty' };
  if (startsWith(bytes, CFB)) return { kind: isEncrypted(bytes) ? 'encrypted' : 'oldFormat' };
  if (!startsWith(bytes, ZIP_LOCAL) && !startsWith(bytes, ZIP_EMPTY)) return { kind: looksLikeText(bytes) ? 'text' : 'binary' };
  const names = entryNames(bytes);
  if (!names) return { kind: 'brokenZip' };
  if (!names.some((n) => n.toLowerCase() === 'xl/workbook.xml')) return { kind: 'otherZip', holds: zipContent(names) };
  if (!names.includes('[Content_Types].xml')) return { kind: 'noContentTypes' };
  return { kind: 'workbook' };
}
