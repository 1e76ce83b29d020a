import { unzipSync, ZipDeflate } from 'fflate';
import { concatChunks, PackageParts } from './PackageParts';
import { writeParts, type AddPart } from './zipParts';

/*
 * Packages as bytes in memory, with fflate alone: for the browser (the pane's file mode, its reports) and for
 * what ExcelJS writes into a buffer. A part is inflated when it is read, one at a time (fflate reads the
 * zip's central directory for each, which is cheap next to inflating), and every part is deflated again when
 * the package is written.
 */

/**
 * The package in `bytes`; throws when they are no readable zip.
 *
 * @example
 * const parts = readZipBytes(new Uint8Array(await file.arrayBuffer())); await parts.text('xl/workbook.xml');
 */
export function readZipBytes(bytes: Uint8Array): PackageParts {
  const names: string[] = [];
  unzipSync(bytes, {
    filter: (file) => {
      names.push(file.name);
      return false;
    },
  });
  const read = (name: string) => Promise.resolve(unzipSync(bytes, { filter: (file) => file.name === name })[name]);
  return new PackageParts({ names, read });
}

const addWithFflate: AddPart = (zip, name, content, level) => {
  const file = new ZipDeflate(name, { level });
  zip.add(file);
  for (const chunk of content) file.push(chunk, false);
  file.push(new Uint8Array(0), true);
  return Promise.resolve();
};

/**
 * The package as zip bytes (writeParts with fflate's deflate).
 *
 * @example
 * const bytes = await zipBytes(parts);
 */
export async function zipBytes(parts: PackageParts): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await writeParts(parts, addWithFflate, { write: (chunk) => void chunks.push(chunk) });
  return concatChunks(chunks);
}
