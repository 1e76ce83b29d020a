import yauzl from 'yauzl';

/** One entry of a zip's central directory: enough to tell whether its content is the same as another's. */
export interface ZipEntry {
  readonly name: string;
  readonly crc32: number;
  readonly size: number;
}

/**
 * Reads a zip file's central directory (yauzl reads only the list at the end of the file, zip64 included)
 * without inflating anything, to compare the parts of two packages by CRC-32 and size.
 *
 * @param file - The zip (.xlsx) path.
 * @returns The entries by name.
 */
export async function zipDirectory(file: string): Promise<Map<string, ZipEntry>> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  try {
    const entries = new Map<string, ZipEntry>();
    for await (const entry of zip.eachEntry()) entries.set(entry.fileName, { name: entry.fileName, crc32: entry.crc32, size: entry.uncompressedSize });
    return entries;
  } finally {
    zip.close();
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
