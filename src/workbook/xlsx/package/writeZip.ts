import fs from 'fs';
import zlib from 'zlib';
import type JSZip from 'jszip';

function dosDateTime(date: Date): { time: number; day: number } {
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2);
  const day = ((Math.max(1980, date.getFullYear()) - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  return { time, day };
}

/**
 * Writes a JSZip's entries as a zip file with Node's own zlib (deflate and CRC-32 in native code), one entry
 * at a time: JSZip deflates and checksums in JavaScript, which for a workbook of 100,000 rows took longer
 * than making its content. The entries are read from `zip` as they are (so decompressed if they were
 * loaded compressed); big parts (over 8 MB) are deflated at level 1, the rest at 6; an entry deflate does
 * not shrink is stored. No ZIP64: a part or the file over 4 GB is refused.
 *
 * @param zip - The package.
 * @param file - The path to write (a temporary file of writeAtomically).
 * @example
 * await writeZip(zip, temp);
 */
export async function writeZip(zip: JSZip, file: string): Promise<void> {
  const fd = fs.openSync(file, 'w');
  const central: Buffer[] = [];
  let offset = 0;
  const { time, day } = dosDateTime(new Date());
  try {
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    for (const name of names) {
      const data = await zip.files[name].async('nodebuffer');
      const crc = zlib.crc32(data);
      const deflated = zlib.deflateRawSync(data, { level: data.length > 8 << 20 ? 1 : 6 });
      const stored = deflated.length >= data.length;
      const body = stored ? data : deflated;
      if (data.length >= 0xffffffff || offset + body.length >= 0xffffffff) throw new Error('Workbook too large for a zip without ZIP64');
      const nameBytes = Buffer.from(name, 'utf8');
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(0x0800, 6); // UTF-8 names
      local.writeUInt16LE(stored ? 0 : 8, 8);
      local.writeUInt16LE(time, 10);
      local.writeUInt16LE(day, 12);
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(body.length, 18);
      local.writeUInt32LE(data.length, 22);
      local.writeUInt16LE(nameBytes.length, 26);
      local.writeUInt16LE(0, 28);
      const entry = Buffer.alloc(46);
      entry.writeUInt32LE(0x02014b50, 0);
      entry.writeUInt16LE(20, 4);
      entry.writeUInt16LE(20, 6);
      local.copy(entry, 8, 6, 30); // flags … extra length, as in the local header
      entry.writeUInt16LE(0, 32); // comment
      entry.writeUInt16LE(0, 34); // disk
      entry.writeUInt16LE(0, 36); // internal attributes
      entry.writeUInt32LE(0, 38); // external attributes
      entry.writeUInt32LE(offset, 42);
      central.push(entry, nameBytes);
      fs.writeSync(fd, local);
      fs.writeSync(fd, nameBytes);
      fs.writeSync(fd, body);
      offset += local.length + nameBytes.length + body.length;
    }
    writeCentralDirectory(fd, central, names.length, offset);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Ends a zip being written to `fd`: the central directory's records and the end record after them.
 *
 * @param fd - The open file.
 * @param central - Each entry's central header followed by its name.
 * @param count - The number of entries.
 * @param offset - Where the central directory starts (the bytes written so far).
 * @example
 * writeCentralDirectory(fd, central, names.length, offset);
 */
export function writeCentralDirectory(fd: number, central: readonly Buffer[], count: number, offset: number): void {
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  fs.writeSync(fd, directory);
  fs.writeSync(fd, end);
}
