import fs from 'fs';

/** One entry of a zip's central directory: enough to tell whether its content is the same as another's. */
export interface ZipEntry {
  readonly name: string;
  readonly crc32: number;
  readonly size: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/**
 * Reads a zip file's central directory (the list at the end of the file) without inflating anything, to
 * compare the parts of two packages by CRC-32 and size. Zip64 sizes are read from the extra field.
 *
 * @param file - The zip (.xlsx) path.
 * @returns The entries by name.
 */
export function zipDirectory(file: string): Map<string, ZipEntry> {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const tailLength = Math.min(size, 65_557);
    const tail = Buffer.alloc(tailLength);
    fs.readSync(fd, tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new Error(`${file}: no zip directory`);
    let count = tail.readUInt16LE(eocd + 10);
    let dirSize = tail.readUInt32LE(eocd + 12);
    let dirOffset = tail.readUInt32LE(eocd + 16);
    if (dirOffset === 0xffffffff || count === 0xffff) {
      // Zip64: the locator just before the end record points at the zip64 end record.
      const locator = eocd - 20;
      const z64 = Number(tail.readBigUInt64LE(locator + 8));
      const record = Buffer.alloc(56);
      fs.readSync(fd, record, 0, 56, z64);
      count = Number(record.readBigUInt64LE(32));
      dirSize = Number(record.readBigUInt64LE(40));
      dirOffset = Number(record.readBigUInt64LE(48));
    }
    const dir = Buffer.alloc(dirSize);
    fs.readSync(fd, dir, 0, dirSize, dirOffset);
    const entries = new Map<string, ZipEntry>();
    let at = 0;
    for (let n = 0; n < count && dir.readUInt32LE(at) === CENTRAL; n++) {
      const crc32 = dir.readUInt32LE(at + 16);
      let entrySize = dir.readUInt32LE(at + 24);
      const nameLength = dir.readUInt16LE(at + 28);
      const extraLength = dir.readUInt16LE(at + 30);
      const commentLength = dir.readUInt16LE(at + 32);
      const name = dir.toString('utf8', at + 46, at + 46 + nameLength);
      if (entrySize === 0xffffffff) {
        for (let e = at + 46 + nameLength; e < at + 46 + nameLength + extraLength; ) {
          const id = dir.readUInt16LE(e);
          const length = dir.readUInt16LE(e + 2);
          if (id === 0x0001) entrySize = Number(dir.readBigUInt64LE(e + 4));
          e += 4 + length;
        }
      }
      entries.set(name, { name, crc32, size: entrySize });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The entries of `before` that are missing or different in `after`, leaving out those expected to change.
 *
 * @example
 * changedEntries(zipDirectory('in.xlsx'), zipDirectory('out.xlsx'), new Set(['xl/workbook.xml'])) //=> []
 */
export function changedEntries(before: ReadonlyMap<string, ZipEntry>, after: ReadonlyMap<string, ZipEntry>, expected: ReadonlySet<string>): string[] {
  const changed: string[] = [];
  for (const [name, entry] of before) {
    if (expected.has(name) || name.endsWith('/')) continue;
    const other = after.get(name);
    if (!other || other.crc32 !== entry.crc32 || other.size !== entry.size) changed.push(name);
  }
  return changed;
}
