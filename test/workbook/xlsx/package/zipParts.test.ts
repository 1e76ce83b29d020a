import fs from 'fs';
import os from 'os';
import path from 'path';
import zlib from 'zlib';
import yauzl from 'yauzl';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { PackageParts } from '../../../../src/workbook/xlsx/package/PackageParts';
import { readZipBytes, zipBytes } from '../../../../src/workbook/xlsx/package/zipBytes';
import { withZipFile } from '../../../../src/workbook/xlsx/package/zipFile';
import { writeZip } from '../../../../src/workbook/xlsx/package/writeZip';

/*
 * The one zip reader and writer: the package model the merge edits, read from bytes (fflate, the browser) or
 * from a file (yauzl, Node), written by writeParts through fflate's Zip.
 */

const SHEET = `<worksheet>${'<row><c t="inlineStr"><is><t>rad</t></is></c></row>'.repeat(2000)}</worksheet>`;

/** Each entry's deflated bytes as the file holds them, by name. */
async function rawEntries(file: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  const out = new Map<string, Buffer>();
  try {
    for await (const entry of zip.eachEntry()) {
      const chunks: Buffer[] = [];
      for await (const chunk of (await zip.openReadStreamPromise(entry, { decompress: entry.compressionMethod === 8 ? false : undefined })) as AsyncIterable<Buffer>)
        chunks.push(chunk);
      out.set(entry.fileName, Buffer.concat(chunks));
    }
  } finally {
    zip.close();
  }
  return out;
}

describe('PackageParts', () => {
  test('lists, reads, sets and removes parts; new parts go last, a set part keeps its place', async () => {
    const parts = PackageParts.of({ 'a.xml': strToU8('<a/>'), 'xl/': new Uint8Array(0), 'b.xml': strToU8('<b>å</b>') });
    expect(parts.names()).toEqual(['a.xml', 'b.xml']);
    parts.set('c.xml', [strToU8('<c>'), strToU8('</c>')]);
    parts.set('a.xml', '<a>ny</a>');
    parts.remove('b.xml');
    expect(parts.names()).toEqual(['a.xml', 'c.xml']);
    expect(await parts.text('a.xml')).toBe('<a>ny</a>');
    expect(await parts.text('c.xml')).toBe('<c></c>');
    expect(await parts.text('b.xml')).toBeUndefined();
    expect(parts.isOriginal('a.xml')).toBe(false);
    expect(parts.has('b.xml')).toBe(false);
  });
});

describe('readZipBytes and zipBytes (fflate, the browser)', () => {
  test('a package read from bytes, edited and written again holds the edits and every other part as it was', async () => {
    const image = new Uint8Array(5000).map((_, i) => (i * 7) % 251);
    const bytes = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/worksheets/sheet1.xml': strToU8(SHEET), 'xl/media/bild å.png': [image, { level: 0 }] });
    const parts = readZipBytes(bytes);
    expect(parts.names()).toEqual(['[Content_Types].xml', 'xl/worksheets/sheet1.xml', 'xl/media/bild å.png']);
    parts.set('[Content_Types].xml', '<Types>ändrad</Types>');
    parts.set('xl/worksheets/sheet2.xml', '<worksheet/>');
    const out = unzipSync(await zipBytes(parts));
    expect(Object.keys(out)).toEqual(['[Content_Types].xml', 'xl/worksheets/sheet1.xml', 'xl/media/bild å.png', 'xl/worksheets/sheet2.xml']);
    expect(strFromU8(out['[Content_Types].xml'])).toBe('<Types>ändrad</Types>');
    expect(strFromU8(out['xl/worksheets/sheet1.xml'])).toBe(SHEET);
    expect(Buffer.from(out['xl/media/bild å.png']).equals(Buffer.from(image))).toBe(true);
  });

  test('bytes that are no zip are refused', () => {
    expect(() => readZipBytes(strToU8('Id;Risk\n1;Brand\n'))).toThrow();
  });
});

describe('withZipFile and writeZip (yauzl and zlib, Node)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uppsikt-zipparts-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the parts nobody set are copied still deflated, byte for byte; set ones are deflated anew', async () => {
    // Deflated at level 1, which writeZip never uses for a part this small: a copy that re-deflated would differ.
    const source = path.join(dir, 'in.xlsx');
    const level1 = (text: string) => [strToU8(text), { level: 1 }] as [Uint8Array, { level: 1 }];
    fs.writeFileSync(source, zipSync({ '[Content_Types].xml': level1('<Types/>'), 'xl/worksheets/sheet1.xml': level1(SHEET), 'xl/worksheets/sheet2.xml': level1(SHEET + ' ') }));
    const target = path.join(dir, 'out.xlsx');
    await withZipFile(source, async (parts) => {
      expect(await parts.text('xl/worksheets/sheet1.xml')).toBe(SHEET);
      parts.set('xl/worksheets/sheet2.xml', SHEET);
      parts.remove('[Content_Types].xml');
      parts.set('[Content_Types].xml', '<Types>ny</Types>');
      await writeZip(parts, target);
    });
    const before = await rawEntries(source);
    const after = await rawEntries(target);
    expect([...after.keys()]).toEqual(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', '[Content_Types].xml']);
    expect(after.get('xl/worksheets/sheet1.xml')!.equals(before.get('xl/worksheets/sheet1.xml')!)).toBe(true);
    expect(after.get('xl/worksheets/sheet2.xml')!.equals(zlib.deflateRawSync(SHEET, { level: 6 }))).toBe(true);
    const written = unzipSync(fs.readFileSync(target));
    expect(strFromU8(written['xl/worksheets/sheet1.xml'])).toBe(SHEET);
    expect(strFromU8(written['xl/worksheets/sheet2.xml'])).toBe(SHEET);
    expect(strFromU8(written['[Content_Types].xml'])).toBe('<Types>ny</Types>');
  });

  test('a stored part is deflated when it is copied (fflate writes sizes after the data)', async () => {
    const source = path.join(dir, 'stored.xlsx');
    fs.writeFileSync(source, zipSync({ 'xl/media/image1.png': [strToU8('PNG'.repeat(100)), { level: 0 }] }));
    const target = path.join(dir, 'stored-out.xlsx');
    await withZipFile(source, (parts) => writeZip(parts, target));
    const zip = await yauzl.openPromise(target, { lazyEntries: true });
    const methods: number[] = [];
    for await (const entry of zip.eachEntry()) methods.push(entry.compressionMethod);
    zip.close();
    expect(methods).toEqual([8]);
    expect(strFromU8(unzipSync(fs.readFileSync(target))['xl/media/image1.png'])).toBe('PNG'.repeat(100));
  });
});
