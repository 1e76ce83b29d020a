import fs from 'fs';

/*
 * Zip records written by hand, for tests only: crafted packages (a header that lies about a size, a part
 * streamed through deflate) that no zip library will write. src/ reads and writes zips with libraries.
 */

/**
 * Ends a zip being written to `fd`: the central directory's records and the end record after them.
 *
 * @param fd - The open file.
 * @param central - Each entry's central header followed by its name.
 * @param count - The number of entries.
 * @param offset - Where the central directory starts (the bytes written so far).
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
