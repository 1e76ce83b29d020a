import { fileProblem } from '../../../src/taskpane/file/fileProblem';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (text: string) => Array.from(text).flatMap((c) => [c.charCodeAt(0), 0]);
const bytes = (...parts: number[][]) => Uint8Array.from(parts.flat());

describe('fileProblem', () => {
  it('lets a zip through: the xlsx adapter decides whether it is a workbook', () => {
    expect(fileProblem('bok.xlsx', bytes([0x50, 0x4b, 0x03, 0x04], new Array(100).fill(0)))).toBeUndefined();
  });

  it('names an empty file', () => {
    expect(fileProblem('tom.xlsx', new Uint8Array())).toMatchObject({
      code: 'fileMode.empty',
      params: { file: 'tom.xlsx' },
      message: 'tom.xlsx är tom (0 byte) och är ingen Excel-arbetsbok.',
    });
  });

  it('tells a password-protected workbook from an old .xls by the encrypted stream names', () => {
    expect(fileProblem('hemlig.xlsx', bytes(OLE2, new Array(500).fill(0), utf16('EncryptedPackage')))).toMatchObject({
      code: 'fileMode.encrypted',
      message: /^hemlig\.xlsx är lösenordsskyddad/,
    });
    expect(fileProblem('hemlig.xlsx', bytes(OLE2, new Array(500).fill(0), utf16('EncryptionInfo')))).toMatchObject({
      code: 'fileMode.encrypted',
      message: /^hemlig\.xlsx är lösenordsskyddad/,
    });
    // The name in plain ASCII is not the stream's name.
    expect(
      fileProblem(
        'budget.xls',
        bytes(
          OLE2,
          Array.from('EncryptedPackage', (c) => c.charCodeAt(0)),
        ),
      ),
    ).toMatchObject({ code: 'fileMode.oldFormat', message: /^budget\.xls är i Microsofts äldre filformat/ });
  });

  it('finds the stream names near the end of a big file too', () => {
    const big = new Uint8Array(3 << 20);
    big.set(OLE2);
    big.set(utf16('EncryptedPackage'), big.length - 1000);
    expect(fileProblem('stor.xlsx', big)?.code).toBe('fileMode.encrypted');
  });

  it('says whether something else is text or not', () => {
    expect(fileProblem('a.xlsx', bytes(Array.from('Risk;Sannolikhet\n', (c) => c.charCodeAt(0))))).toMatchObject({
      code: 'fileMode.text',
      message: /^a\.xlsx är ingen Excel-arbetsbok utan en textfil/,
    });
    expect(fileProblem('b.xlsx', bytes([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))).toMatchObject({
      code: 'fileMode.notWorkbook',
      message: /^b\.xlsx är ingen Excel-arbetsbok: innehållet är inte i formatet \.xlsx/,
    });
  });
});
