import JSZip from 'jszip';
import { DamagedPartError, ZipPackage } from '../../../../src/workbook/xlsx/read/zipPackage';
import { PackageLimitError } from '../../../../src/workbook/xlsx/read/packageLimits';

/*
 * The reader over yauzl: parts found through the central directory (so entries with a data descriptor,
 * whose local header has no sizes, read as any other), UTF-8 names, and a damaged deflate stream or a size
 * that does not add up said as a damaged part, never zlib's Z_DATA_ERROR.
 */

const XML = `<?xml version="1.0"?><root>${'<a>åäö</a>'.repeat(2000)}</root>`;

async function texts(pkg: ZipPackage, part: string): Promise<string[]> {
  const found: string[] = [];
  await pkg.parse(part, { open: () => undefined, text: (t) => found.push(t) });
  return found;
}

async function zipOf(files: Record<string, string>, options: JSZip.JSZipGeneratorOptions<'nodebuffer'> = {}): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', ...options });
}

describe('ZipPackage', () => {
  test('reads deflated and stored parts, UTF-8 names included', async () => {
    for (const compression of ['DEFLATE', 'STORE'] as const) {
      const pkg = await ZipPackage.open(await zipOf({ 'xl/blad å.xml': XML }, { compression }));
      expect(pkg.has('xl/blad å.xml')).toBe(true);
      expect((await texts(pkg, 'xl/blad å.xml')).join('')).toBe('åäö'.repeat(2000));
    }
  });

  test('entries written with data descriptors (streamed, sizes after the data) are read through the central directory', async () => {
    const bytes = await zipOf({ 'a.xml': XML, 'b.xml': '<b>två</b>' }, { streamFiles: true });
    expect(bytes.readUInt16LE(6) & 8).toBe(8); // the first local header defers its sizes
    const pkg = await ZipPackage.open(bytes);
    expect((await texts(pkg, 'a.xml')).join('')).toBe('åäö'.repeat(2000));
    expect(await texts(pkg, 'b.xml')).toEqual(['två']);
  });

  test('a damaged deflate stream is a DamagedPartError naming the part', async () => {
    const bytes = await zipOf({ 'a.xml': XML });
    const pkg = await ZipPackage.open(bytes);
    // The compressed data starts after the 30-byte local header and the name.
    for (let i = 40; i < 60; i++) bytes[i] ^= 0xff;
    const error = await texts(pkg, 'a.xml').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DamagedPartError);
    expect((error as DamagedPartError).part).toBe('a.xml');
  });

  test('a declared size that does not match the data is a damaged part', async () => {
    const bytes = await zipOf({ 'a.xml': XML });
    const central = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(100, central + 24);
    await expect(texts(await ZipPackage.open(bytes), 'a.xml')).rejects.toBeInstanceOf(DamagedPartError);
  });

  test('a part declared bigger than the limit is refused before it is inflated', async () => {
    const pkg = await ZipPackage.open(await zipOf({ 'a.xml': XML }), { inflatedBytes: 1000, cells: 10 });
    await expect(texts(pkg, 'a.xml')).rejects.toBeInstanceOf(PackageLimitError);
  });
});
