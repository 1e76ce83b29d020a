import { PACKAGE_LIMITS, PackageLimitError, readXlsx, type PackageLimits } from '../../../../src/workbook/xlsx';
import { checkPackageSize } from '../../../../src/workbook/xlsx/size/packageSize';
import { declareSize, farRows, workbookOf } from '../_lib/craftedPackage';

/*
 * The in-memory size check (file mode's, before JSZip and ExcelJS) refuses what readXlsx refuses, with the
 * same kind and sheet, and lets through what readXlsx reads. Packages are crafted here, a few lines each.
 */

/** What each check says: the limit's kind and sheet, or 'ok'. */
async function verdicts(bytes: Uint8Array, limits: PackageLimits) {
  const said = (e: unknown) => {
    if (e instanceof PackageLimitError) return { kind: e.kind, sheet: e.sheet };
    throw e;
  };
  const inMemory = await checkPackageSize(bytes, limits).then(() => 'ok' as const, said);
  const streamed = await readXlsx(Buffer.from(bytes), { limits }).then(() => 'ok' as const, said);
  return { inMemory, streamed };
}

const SMALL: PackageLimits = { inflatedBytes: 64 * 1024, cells: 1000 };

describe('checkPackageSize', () => {
  test('a workbook within the limits passes, as readXlsx reads it', async () => {
    const bytes = workbookOf({ Blad1: farRows(10, 'C'), 'Kultur & fritid': farRows(30, 'Z') });
    expect(await verdicts(bytes, SMALL)).toEqual({ inMemory: 'ok', streamed: 'ok' });
  });

  test('one value at XFD on 1,600 rows is past 25 million cells: refused naming that sheet, as readXlsx refuses it', async () => {
    const bytes = workbookOf({ Blad1: farRows(3, 'B'), 'Kultur & fritid': farRows(1600, 'XFD') });
    expect(bytes.length).toBeLessThan(100_000);
    expect(await verdicts(bytes, PACKAGE_LIMITS)).toEqual({ inMemory: { kind: 'cells', sheet: 'Kultur & fritid' }, streamed: { kind: 'cells', sheet: 'Kultur & fritid' } });
  });

  test('the sheets are found through the package relationships, wherever the workbook part is', async () => {
    const bytes = workbookOf({ Blad1: farRows(3, 'B'), Data: farRows(2, 'ALL') }, { main: 'bok' });
    expect(await verdicts(bytes, SMALL)).toEqual({ inMemory: { kind: 'cells', sheet: 'Data' }, streamed: { kind: 'cells', sheet: 'Data' } });
  });

  test('cells count per row up to the last cell with a value; rows of empty styled cells and cells in comments or CDATA count nothing', async () => {
    const within = '<row r="1"><c r="A1"><v>1</v></c><c r="ALL1"><v>2</v></c></row>'; // 1000 cells
    const empty = '<row r="2"><c r="XFD2" s="1"/></row><row r="3" spans="1:3"/>';
    const hidden = '<!-- <row r="4"><c r="XFD4"><v>1</v></c></row> --><row r="5"><c r="A5" t="inlineStr"><is><t><![CDATA[<c r="XFD5"><v>1</v></c>]]></t></is></c></row>';
    expect(await verdicts(workbookOf({ Blad1: within + empty }), SMALL)).toEqual({ inMemory: 'ok', streamed: 'ok' });
    const past = await verdicts(workbookOf({ Blad1: within + hidden }), SMALL);
    // Row 5's one cell takes it to 1001: both count the inline string and nothing in the comment or CDATA.
    expect(past).toEqual({ inMemory: { kind: 'cells', sheet: 'Blad1' }, streamed: { kind: 'cells', sheet: 'Blad1' } });
    expect(await verdicts(workbookOf({ Blad1: within.replace('ALL1', 'ALK1') + hidden }), SMALL)).toEqual({ inMemory: 'ok', streamed: 'ok' });
  });

  test('a sheet declared bigger than the limit is refused before it is inflated, naming the sheet', async () => {
    const bytes = declareSize(workbookOf({ Blad1: farRows(3, 'B'), Data: farRows(3, 'B') }), 'xl/worksheets/sheet2.xml', PACKAGE_LIMITS.inflatedBytes + 1);
    await expect(checkPackageSize(bytes)).rejects.toMatchObject({ kind: 'inflated', sheet: 'Data', part: 'xl/worksheets/sheet2.xml' });
  });

  test('a sheet whose declared size lies is counted as it inflates and refused at the limit', async () => {
    const bytes = declareSize(
      workbookOf({ Blad1: `<row r="1"><c r="A1" t="inlineStr"><is><t>${' '.repeat(200_000)}</t></is></c></row>` }, { level: 9 }),
      'xl/worksheets/sheet1.xml',
      100,
    );
    expect(bytes.length).toBeLessThan(5_000);
    await expect(checkPackageSize(bytes, SMALL)).rejects.toMatchObject({ kind: 'inflated', sheet: 'Blad1' });
  });

  test('bytes that are no zip, or a damaged one, are left to the workbook library to refuse', async () => {
    await expect(checkPackageSize(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]))).resolves.toBeUndefined();
    const cut = workbookOf({ Blad1: farRows(3, 'B') });
    await expect(checkPackageSize(cut.subarray(0, cut.length - 30))).resolves.toBeUndefined();
  });
});
