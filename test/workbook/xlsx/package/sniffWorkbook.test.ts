import JSZip from 'jszip';
import { sniffWorkbook } from '../../../../src/workbook/xlsx/package/sniffWorkbook';

/*
 * The one sniffer the CLI, XlsxWorkbook and the pane's file mode share: what a file is from its bytes,
 * the zip's entry names read from its central directory (fflate), never inflated.
 */

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (text: string) => Array.from(text).flatMap((c) => [c.charCodeAt(0), 0]);
const bytes = (...parts: number[][]) => Uint8Array.from(parts.flat());

async function zipOf(names: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const name of names) zip.file(name, '<x/>');
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('sniffWorkbook', () => {
  test('empty, text and other binary files', () => {
    expect(sniffWorkbook(new Uint8Array())).toEqual({ kind: 'empty' });
    expect(sniffWorkbook(new TextEncoder().encode('Risk;Sannolikhet;Åtgärd\n'))).toEqual({ kind: 'text' });
    expect(sniffWorkbook(bytes([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))).toEqual({ kind: 'binary' });
    expect(sniffWorkbook(bytes([0x41, 0xff, 0xfe, 0x41]))).toEqual({ kind: 'binary' });
  });

  test('an OLE2 file is encrypted when its directory names the encrypted streams, an old .xls otherwise', () => {
    expect(sniffWorkbook(bytes(OLE2, new Array(500).fill(0), utf16('EncryptedPackage')))).toEqual({ kind: 'encrypted' });
    expect(sniffWorkbook(bytes(OLE2, new Array(500).fill(0), utf16('EncryptionInfo')))).toEqual({ kind: 'encrypted' });
    expect(
      sniffWorkbook(
        bytes(
          OLE2,
          Array.from('EncryptedPackage', (c) => c.charCodeAt(0)),
        ),
      ),
    ).toEqual({ kind: 'oldFormat' });
    // In the middle of a big file, where the header's first directory sector points.
    const big = new Uint8Array(5 << 20);
    big.set(OLE2);
    big[30] = 9; // 512-byte sectors
    new DataView(big.buffer).setUint32(48, 5000, true);
    big.set(utf16('EncryptedPackage'), 5001 * 512 + 64);
    expect(sniffWorkbook(big)).toEqual({ kind: 'encrypted' });
    new DataView(big.buffer).setUint32(48, 7000, true);
    expect(sniffWorkbook(big)).toEqual({ kind: 'oldFormat' });
  });

  test('a zip is a workbook by its entries, or says what it holds instead', async () => {
    expect(sniffWorkbook(await zipOf(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']))).toEqual({ kind: 'workbook' });
    expect(sniffWorkbook(await zipOf(['xl/workbook.xml']))).toEqual({ kind: 'noContentTypes' });
    expect(sniffWorkbook(await zipOf(['[Content_Types].xml', 'word/document.xml']))).toEqual({ kind: 'otherZip', holds: 'word' });
    expect(sniffWorkbook(await zipOf(['[Content_Types].xml', 'ppt/presentation.xml']))).toEqual({ kind: 'otherZip', holds: 'powerpoint' });
    expect(sniffWorkbook(await zipOf(['mimetype', 'content.xml']))).toEqual({ kind: 'otherZip', holds: 'openDocument' });
    expect(sniffWorkbook(await zipOf(['bild.png']))).toEqual({ kind: 'otherZip', holds: 'other' });
  });

  test('a zip cut short or with only a local header is broken', async () => {
    const whole = await zipOf(['[Content_Types].xml', 'xl/workbook.xml']);
    expect(sniffWorkbook(whole.subarray(0, whole.length - 30))).toEqual({ kind: 'brokenZip' });
    expect(sniffWorkbook(bytes([0x50, 0x4b, 0x03, 0x04], new Array(100).fill(0)))).toEqual({ kind: 'brokenZip' });
  });
});
