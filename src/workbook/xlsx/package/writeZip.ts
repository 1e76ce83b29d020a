import fs from 'fs';
import { once } from 'events';
import { promisify } from 'util';
import zlib from 'zlib';
import { Zip, type ZipInputFile } from 'fflate';
import type JSZip from 'jszip';

/** Parts bigger than this are deflated at level 1: at level 6 deflating a 100 MB sheet took longer than making it. */
const FAST_ABOVE = 8 << 20;

const deflateRaw = promisify(zlib.deflateRaw);

/**
 * Writes a JSZip's entries as a zip file: fflate's streaming Zip writes the zip's records, each part given
 * to it already deflated by Node's zlib with its CRC-32 (native code: JSZip's JavaScript deflate, and yazl's
 * JavaScript CRC, took a third longer on a big workbook than making its content). One part at a time, read
 * from `zip` as it is (so decompressed if it was loaded compressed); big parts at level 1, the rest at 6.
 * Every part is deflated (fflate writes sizes after the data, which some readers refuse for stored parts).
 *
 * @param zip - The package.
 * @param file - The path to write (a temporary file of writeAtomically).
 * @example
 * await writeZip(zip, temp);
 */
export async function writeZip(zip: JSZip, file: string): Promise<void> {
  const stream = fs.createWriteStream(file);
  let failure: Error | undefined;
  stream.on('error', (error) => (failure ??= error));
  const out = new Zip((error, chunk, final) => {
    if (error) failure ??= error;
    else stream.write(chunk);
    if (final) stream.end();
  });
  const mtime = new Date();
  try {
    for (const name of Object.keys(zip.files).filter((n) => !zip.files[n].dir)) {
      const data = await zip.files[name].async('nodebuffer');
      const deflated = await deflateRaw(data, { level: data.length > FAST_ABOVE ? 1 : 6 });
      if (data.length >= 0xffffffff || deflated.length >= 0xffffffff) throw new Error('Workbook part too large for a zip without ZIP64');
      const part: ZipInputFile = { filename: name, size: data.length, crc: zlib.crc32(data), compression: 8, mtime };
      out.add(part);
      part.ondata!(null, deflated, true);
      if (failure) throw failure;
      if (stream.writableNeedDrain) await Promise.race([once(stream, 'drain'), once(stream, 'close')]);
      if (failure) throw failure;
    }
    out.end();
    if (!stream.closed) await once(stream, 'close');
    if (failure) throw failure;
  } catch (error) {
    stream.destroy();
    throw error;
  }
}
