import fs from 'fs';
import { once } from 'events';
import { promisify } from 'util';
import zlib from 'zlib';
import type { ZipInputFile } from 'fflate';
import type { PackageParts } from './PackageParts';
import { writeParts, type AddPart } from './zipParts';

const deflateRaw = promisify(zlib.deflateRaw);

/**
 * Each part deflated by Node's zlib with its CRC-32, off the main thread (native code: JSZip's JavaScript
 * deflate, and yazl's JavaScript CRC, took a third longer on a big workbook than making its content).
 */
const addWithZlib: AddPart = async (zip, name, content, level) => {
  const deflated = await deflateRaw(content, { level });
  const part: ZipInputFile = { filename: name, size: content.length, crc: zlib.crc32(content), compression: 8, mtime: new Date() };
  zip.add(part);
  part.ondata!(null, deflated, true);
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
