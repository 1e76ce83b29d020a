import fs from 'fs';
import { once } from 'events';
import zlib from 'zlib';
import type { ZipInputFile } from 'fflate';
import type { PackageParts } from './PackageParts';
import { writeParts, type AddPart } from './zipParts';

/**
 * Each part deflated by Node's zlib, streamed into the zip chunk by chunk, with its CRC-32 (native code:
 * JSZip's JavaScript deflate, and yazl's JavaScript CRC, took a third longer on a big workbook than making
 * its content). fflate takes the CRC and size once the data is in: they go after it, in the data descriptor.
 */
const addWithZlib: AddPart = async (zip, name, content, level) => {
  const part: ZipInputFile = { filename: name, size: 0, crc: 0, compression: 8, mtime: new Date() };
  zip.add(part);
  const deflater = zlib.createDeflateRaw({ level, chunkSize: 256 * 1024 });
  const deflated = (async () => {
    for await (const chunk of deflater) part.ondata!(null, chunk as Uint8Array<ArrayBuffer>, false);
  })();
  deflated.catch(() => undefined); // awaited below; a failure while writing is thrown from there
  for (const chunk of content) {
    part.crc = zlib.crc32(chunk, part.crc);
    part.size += chunk.length;
    if (!deflater.write(chunk)) await once(deflater, 'drain');
  }
  deflater.end();
  await deflated;
  part.ondata!(null, new Uint8Array(0), true);
};

/**
 * Writes a package to a file with the one zip writer (writeParts): parts set since reading are deflated by
 * zlib, the source's own parts copied still deflated when they were read with withZipFile.
 *
 * @param parts - The package.
 * @param file - The path to write (a temporary file of writeAtomically).
 * @example
 * await writeZip(parts, temp);
 */
export async function writeZip(parts: PackageParts, file: string): Promise<void> {
  const stream = fs.createWriteStream(file);
  let failure: Error | undefined;
  stream.on('error', (error) => (failure ??= error));
  const ready = async () => {
    if (failure) throw failure;
    if (stream.writableNeedDrain) await Promise.race([once(stream, 'drain'), once(stream, 'close')]);
    if (failure) throw failure;
  };
  const write = (chunk: Uint8Array, final: boolean) => {
    stream.write(chunk);
    if (final) stream.end();
  };
  try {
    await writeParts(parts, addWithZlib, { write, ready });
    if (!stream.closed) await once(stream, 'close');
    if (failure) throw failure;
  } catch (error) {
    stream.destroy();
    throw error;
  }
}
