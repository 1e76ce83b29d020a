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
