import yauzl from 'yauzl';
import { PackageParts, type PartSource } from './PackageParts';

/*
 * A package read from a file with yauzl (Node): entries from the zip's central directory, a part inflated
 * when it is read, and a deflated part handed to the writer as it is, with the CRC-32 and size the
 * directory gives, so the user's parts are copied without inflating them.
 */

async function collect(stream: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * Reads the package in `file` and runs `use` on it; the file is closed when `use` is done.
 *
 * @param file - The .xlsx (or .xlsm).
 * @param use - What to do with the parts (merge, then writeZip).
 * @returns What `use` returns.
 * @example
 * await withZipFile('egen.xlsx', async (parts) => { parts.set('xl/styles.xml', styles); await writeZip(parts, temp); });
 */
export async function withZipFile<T>(file: string, use: (parts: PackageParts) => Promise<T>): Promise<T> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true, strictFileNames: false });
  try {
    const entries = new Map<string, yauzl.Entry>();
    for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);
    const source: PartSource = {
      names: [...entries.keys()],
      read: async (name) => collect((await zip.openReadStreamPromise(entries.get(name)!)) as AsyncIterable<Buffer>),
      raw: async (name) => {
        const entry = entries.get(name)!;
        if (entry.compressionMethod !== 8 || entry.isEncrypted()) return undefined;
        const chunks = (await zip.openReadStreamPromise(entry, { decompress: false })) as AsyncIterable<Buffer>;
        return { chunks, crc: entry.crc32, size: entry.uncompressedSize };
      },
    };
    return await use(new PackageParts(source));
  } finally {
    zip.close();
  }
}
