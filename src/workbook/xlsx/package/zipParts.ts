import { Zip, type ZipInputFile } from 'fflate';
import type { PackageParts, RawPart } from './PackageParts';

/*
 * The one zip writer: fflate's streaming Zip writes the records of every package Uppsikt makes, new or merged,
 * in Node (writeZip, parts deflated by zlib) and in the browser (zipBytes, parts deflated by fflate). A part
 * nobody set is copied as its reader gives it, still deflated, when the reader can (yauzl in Node).
 */

/** Parts bigger than this are deflated at level 1: at level 6 deflating a 100 MB sheet took longer than making it. */
const FAST_ABOVE = 8 << 20;
/** fflate writes no ZIP64 records: a part this large cannot be written. */
const ZIP32 = 0xffffffff;

/**
 * Deflates one part, given in chunks, into `zip` as one entry: with Node's zlib (writeZip) or fflate
 * (zipBytes). The chunks are never joined: a big sheet spliced from many would be held twice.
 */
export type AddPart = (zip: Zip, name: string, content: readonly Uint8Array[], level: 1 | 6) => Promise<void>;

/** Where the zip's bytes go. */
export interface ZipOutput {
  /** Takes the zip's bytes in order; `final` with the last. */
  write(chunk: Uint8Array, final: boolean): void;
  /** Resolves when the output can take more; throws when it failed. Called between parts and chunks. */
  ready?(): Promise<void>;
}

function tooLarge(name: string): Error {
  return new Error(`Workbook part ${name} too large for a zip without ZIP64`);
}

/** A deflated part copied as it is: its CRC-32 and size are the source's, so the content is the same. */
async function copyRaw(zip: Zip, name: string, raw: RawPart, output: ZipOutput): Promise<void> {
  if (raw.size >= ZIP32) throw tooLarge(name);
  const file: ZipInputFile = { filename: name, size: raw.size, crc: raw.crc, compression: 8, mtime: new Date() };
  zip.add(file);
  let length = 0;
  for await (const chunk of raw.chunks) {
    length += chunk.length;
    if (length >= ZIP32) throw tooLarge(name);
    file.ondata!(null, chunk as Uint8Array<ArrayBuffer>, false);
    await output.ready?.();
  }
  file.ondata!(null, new Uint8Array(0), true);
}

/**
 * Writes every part of `parts`, in order, as one zip. Every part is deflated (fflate writes sizes after the
 * data, which some readers refuse for stored parts); big parts at level 1, the rest at 6.
 *
 * @param parts - The package.
 * @param add - How a part is deflated into the zip.
 * @param output - Where the bytes go.
 */
export async function writeParts(parts: PackageParts, add: AddPart, output: ZipOutput): Promise<void> {
  let failure: unknown;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure ??= error;
    else output.write(chunk, final);
  });
  const check = () => {
    if (failure) throw failure;
  };
  for (const name of parts.names()) {
    const raw = parts.isOriginal(name) ? await parts.source?.raw?.(name) : undefined;
    if (raw) await copyRaw(zip, name, raw, output);
    else {
      const content = (await parts.chunks(name))!;
      const size = content.reduce((n, c) => n + c.length, 0);
      if (size >= ZIP32) throw tooLarge(name);
      await add(zip, name, content, size > FAST_ABOVE ? 1 : 6);
    }
    check();
    await output.ready?.();
  }
  zip.end();
  check();
}
