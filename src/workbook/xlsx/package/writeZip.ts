import fs from 'fs';
import { Readable } from 'stream';
import { pipeline } from 'stream/promises';
import type JSZip from 'jszip';
import yazl from 'yazl';

/**
 * Writes a JSZip's entries as a zip file with yazl (Node's zlib deflates, in native code; zip64 when a part
 * or the file passes 4 GB), streamed to the file. JSZip deflates and checksums in JavaScript, which for a
 * workbook of 100,000 rows took longer than making its content. The entries are read from `zip` as they are
 * (so decompressed if they were loaded compressed), one at a time as yazl comes to it, so no more than one
 * part is held twice. The big parts (`fast`: a big table's sheet) are deflated at level 1, where level 6
 * took longer than making the rows; the rest at 6.
 *
 * @param zip - The package.
 * @param file - The path to write (a temporary file of writeAtomically).
 * @param fast - Parts to deflate at level 1.
 * @example
 * await writeZip(zip, temp, new Set(['xl/worksheets/sheet2.xml']));
 */
export async function writeZip(zip: JSZip, file: string, fast: ReadonlySet<string> = new Set()): Promise<void> {
  const out = new yazl.ZipFile();
  const stream = out.outputStream as Readable;
  // A part that cannot be read fails the stream, so the file is closed and writeAtomically removes it.
  out.on('error', (error: Error) => stream.destroy(error));
  const written = pipeline(stream, fs.createWriteStream(file));
  const mtime = new Date();
  for (const name of Object.keys(zip.files).filter((n) => !zip.files[n].dir)) {
    out.addReadStreamLazy(name, { mtime, compressionLevel: fast.has(name) ? 1 : 6 }, (done) => {
      zip.files[name].async('nodebuffer').then(
        (data) => done(null, Readable.from([data])),
        (error: unknown) => done(error, stream),
      );
    });
  }
  out.end();
  await written;
}
