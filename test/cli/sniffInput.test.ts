import fs from 'fs';
import path from 'path';
import JSZip from 'jszip';
import { isUppsiktError } from '../../src/core/errors/UppsiktError';
import { sniffInput } from '../../src/cli/sniffInput';
import { tempDir } from './runCli';

/* What a file named as a workbook is, by its bytes, before a library reads it. */
function sniff(bytes: Uint8Array): string | undefined {
  const file = path.join(tempDir(), 'bok.xlsx');
  fs.writeFileSync(file, bytes);
  const fd = fs.openSync(file, 'r');
  try {
    sniffInput(file, fd, bytes.length);
    return undefined;
  } catch (error) {
    if (isUppsiktError(error)) return error.code;
    throw error;
  } finally {
    fs.closeSync(fd);
  }
}

const zip = (parts: Record<string, string>) => {
  const z = new JSZip();
  for (const [name, text] of Object.entries(parts)) z.file(name, text);
  return z.generateAsync({ type: 'uint8array' });
};

/** An OLE2 compound file header (512 bytes, sector size 2^9) with `stream` named in UTF-16 after it. */
function compoundFile(stream: string): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header);
  header.writeUInt16LE(9, 30);
  return Buffer.concat([header, Buffer.alloc(512), Buffer.from(stream, 'utf16le')]);
}

describe('sniffInput', () => {
  test('a workbook passes', async () => {
    expect(sniff(await zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }))).toBeUndefined();
  });

  test('an empty file, a text file and other bytes', () => {
    expect(sniff(new Uint8Array())).toBe('cli.fileEmpty');
    expect(sniff(Buffer.from('Id;Titel\nREK1;Åtgärda\n'))).toBe('cli.textAsXlsx');
    expect(sniff(Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff]))).toBe('cli.fileNotXlsxContent');
  });

  test('a password-protected workbook and an old .xls', () => {
    expect(sniff(compoundFile('EncryptedPackage'))).toBe('cli.fileEncrypted');
    expect(sniff(compoundFile('Workbook'))).toBe('cli.fileOldFormat');
  });

  test('a zip without a workbook, without [Content_Types].xml, and one cut short', async () => {
    expect(sniff(await zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w/>' }))).toBe('cli.zipNotWorkbook');
    expect(sniff(await zip({ 'xl/workbook.xml': '<workbook/>' }))).toBe('cli.noContentTypes');
    const whole = await zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
    expect(sniff(whole.subarray(0, whole.length - 30))).toBe('cli.brokenFile');
  });
});

/*
 * A file of several megabytes is sniffed from its first and last megabyte only (the central directory is at
 * the end): the verdicts must be those of the whole file, also where the ends alone cannot tell.
 */
describe('sniffInput on a file bigger than the two windows it reads', () => {
  // Stored, not deflated: three megabytes of incompressible bytes keep the directory far from the start.
  const bigZip = (parts: Record<string, string>, padding = 3 << 20) => {
    const z = new JSZip();
    const noise = new Uint8Array(padding);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    z.file('xl/media/image1.bin', noise, { compression: 'STORE' });
    for (const [name, text] of Object.entries(parts)) z.file(name, text);
    return z.generateAsync({ type: 'uint8array' });
  };

  test('a big workbook passes, and a big Word document is named as one', async () => {
    const book = await bigZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
    expect(book.length).toBeGreaterThan(3 << 20);
    expect(sniff(book)).toBeUndefined();
    expect(sniff(await bigZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<document/>' }))).toBe('cli.zipNotWorkbook');
  });

  test('a big zip cut short is broken, and a big OLE2 file with EncryptedPackage in its middle is encrypted', async () => {
    const book = await bigZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
    expect(sniff(book.subarray(0, book.length - 100))).toBe('cli.brokenFile');
    // The header names the directory's sector: two megabytes in, outside both windows.
    const header = compoundFile('').subarray(0, 512);
    header.writeUInt32LE((2 << 20) / 512 - 1, 48);
    const middle = Buffer.concat([header, Buffer.alloc((2 << 20) - 512), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(2 << 20)]);
    expect(sniff(middle)).toBe('cli.fileEncrypted');
  });
});
