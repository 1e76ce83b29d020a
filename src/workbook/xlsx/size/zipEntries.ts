import { strFromU8 } from 'fflate';

/*
 * A zip's entries from its central directory, with where each one's data starts, for bytes held in memory.
 * Browser-safe (no Node modules): the pane's file mode reads a package's size through it before JSZip and
 * ExcelJS inflate anything. Zip64 sizes and offsets are read where the 32-bit fields say to look for them.
 */

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else no library here inflates. */
  readonly method: number;
  readonly compressedSize: number;
  /** The size the directory declares once inflated (a crafted file may lie; inflating counts again). */
  readonly size: number;
  /** Where the compressed data starts, after the local header. */
  readonly dataStart: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;
/** More entries than any workbook has: a crafted directory claiming billions is not walked to the end. */
const MAX_ENTRIES = 1_000_000;

/** A 64-bit little-endian number as a JavaScript number (exact below 2^53, more than any array holds). */
const u64 = (view: DataView, at: number) => view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;

/** Where the central directory starts and how many entries it has; undefined when there is none to read. */
function directory(view: DataView): { offset: number; count: number } | undefined {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 65535); at--) {
    if (view.getUint32(at, true) !== EOCD) continue;
    let count = view.getUint16(at + 10, true);
    let offset = view.getUint32(at + 16, true);
    if ((count === 0xffff || offset === MAX32) && at >= 20 && view.getUint32(at - 20, true) === ZIP64_LOCATOR) {
      const end = u64(view, at - 12);
      if (end + 56 > view.byteLength || view.getUint32(end, true) !== ZIP64_EOCD) return undefined;
      count = u64(view, end + 32);
      offset = u64(view, end + 48);
    }
    return { offset, count };
  }
  return undefined;
}

/** The zip64 extra field's values, in the order the 32-bit fields that are 0xFFFFFFFF ask for them. */
function zip64Values(view: DataView, extra: number, extraEnd: number, wanted: number): number[] {
  for (let at = extra; at + 4 <= extraEnd;) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (at + 4 + length > extraEnd) return [];
    if (id === 1) return Array.from({ length: Math.min(wanted, Math.floor(length / 8)) }, (_, i) => u64(view, at + 4 + 8 * i));
    at += 4 + length;
  }
  return [];
}

/**
 * The entries of a zip, or undefined when its directory cannot be read as one (the workbook library then
 * refuses the file in its own words). Folders are left out.
 *
 * @example
 * zipEntries(zipSync({ 'a.xml': strToU8('<a/>') }))?.[0].size //=> 4
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22) return undefined;
  const found = directory(view);
  if (!found || found.count > MAX_ENTRIES) return undefined;
  const entries: ZipEntry[] = [];
  let at = found.offset;
  for (let i = 0; i < found.count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = strFromU8(bytes.subarray(at + 46, at + 46 + nameLength));
    let size = view.getUint32(at + 24, true);
    let compressedSize = view.getUint32(at + 20, true);
    let local = view.getUint32(at + 42, true);
    const extra = at + 46 + nameLength;
    const big = [size, compressedSize, local].filter((v) => v === MAX32).length;
    if (big > 0) {
      const values = zip64Values(view, extra, extra + extraLength, big);
      if (values.length < big) return undefined;
      if (size === MAX32) size = values.shift()!;
      if (compressedSize === MAX32) compressedSize = values.shift()!;
      if (local === MAX32) local = values.shift()!;
    }
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) return undefined;
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressedSize > bytes.length) return undefined;
    if (!name.endsWith('/')) entries.push({ name, method: view.getUint16(at + 10, true), compressedSize, size, dataStart });
    at = extra + extraLength + commentLength;
  }
  return entries;
}
