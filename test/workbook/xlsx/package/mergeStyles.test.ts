import { mergeStyles } from '../../../../src/workbook/xlsx/package/mergeStyles';
import { adaptSheetXml } from '../../../../src/workbook/xlsx/package/sheetXml';
import { sharedStringItems } from '../../../../src/workbook/xlsx/package/sharedStrings';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

// A user's styles as LibreOffice writes them: custom number format 164, two fonts, four cell formats, no dxfs.
const USER = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><fonts count="2"><font><sz val="10"/><name val="Arial"/></font><font><b/><sz val="10"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="1" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

// What ExcelJS writes for Uppsikt's sheets (shortened): format 1 bold blue, 2 a date, 3 a red fill; one dxf.
const RENDERED = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><color rgb="FF1F4E79"/><sz val="14"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFF0000"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="1"><dxf><fill><patternFill patternType="solid"><bgColor rgb="FF00B050"/></patternFill></fill></dxf></dxfs></styleSheet>`;

const xfs = (text: string) => [...text.matchAll(/<xf [^>]*?\/?>/g)].map((m) => m[0]).slice(1); // without the cellStyleXfs one

describe('mergeStyles', () => {
  const merged = mergeStyles(USER, RENDERED);

  test('keeps every user entry at its index and appends Uppsikt’s after them', () => {
    const cellXfs = xfs(merged.text);
    expect(cellXfs.slice(0, 4)).toEqual(xfs(USER));
    expect([1, 2, 3].map(merged.xf)).toEqual([4, 5, 6]);
    expect(merged.xf(0)).toBe(0);
    expect(merged.text).toContain('<cellXfs count="7">');
    expect(merged.text).toContain('<fonts count="3">');
  });

  test('renumbers a custom number format that clashes with the user’s and points the format at it', () => {
    expect(merged.text).toContain('<numFmt numFmtId="164" formatCode="0.0%"/>');
    expect(merged.text).toContain('<numFmt numFmtId="165" formatCode="yyyy-mm-dd"/>');
    expect(xfs(merged.text)[5]).toContain('numFmtId="165"');
  });

  test('moves font and fill indices and adds the dxfs the user had none of', () => {
    expect(xfs(merged.text)[4]).toContain('fontId="2"');
    expect(xfs(merged.text)[6]).toContain('fillId="2"');
    expect(merged.text).toMatch(/<\/cellStyles><dxfs count="1"><dxf>/);
    expect(merged.dxf(0)).toBe(0);
  });

  test('merging the same styles again adds nothing (a rewrite does not grow styles.xml)', () => {
    const again = mergeStyles(merged.text, RENDERED);
    expect(again.text).toBe(merged.text);
    expect([0, 1, 2, 3].map(again.xf)).toEqual([0, 4, 5, 6]);
  });
});

describe('adaptSheetXml', () => {
  test('moves cell, row and column styles and conditional-format dxfs, and makes shared strings inline', () => {
    const strings = sharedStringItems('<sst><si><t>Id</t></si><si><t xml:space="preserve"> Risk &amp; åtgärd </t></si></sst>');
    const xml =
      '<cols><col min="1" max="1" width="8" style="2" customWidth="1"/></cols><sheetData><row r="1" spans="1:2" s="1" customFormat="1">' +
      '<c r="A1" s="1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" s="2"><v>3</v></c><c r="D1" t="str"><f>X()</f><v>Hög</v></c></row></sheetData>' +
      '<conditionalFormatting sqref="A1"><cfRule type="expression" dxfId="0" priority="1"><formula>1</formula></cfRule></conditionalFormatting>';
    expect(adaptSheetXml(xml, { xf: (i) => (i === 0 ? 0 : i + 10), dxf: (i) => i + 5, strings })).toBe(
      '<cols><col min="1" max="1" width="8" style="12" customWidth="1"/></cols><sheetData><row r="1" spans="1:2" s="11" customFormat="1">' +
        '<c r="A1" s="11" t="inlineStr"><is><t>Id</t></is></c><c r="B1" t="inlineStr"><is><t xml:space="preserve"> Risk &amp; åtgärd </t></is></c><c r="C1" s="12"><v>3</v></c><c r="D1" t="str"><f>X()</f><v>Hög</v></c></row></sheetData>' +
        '<conditionalFormatting sqref="A1"><cfRule type="expression" dxfId="5" priority="1"><formula>1</formula></cfRule></conditionalFormatting>',
    );
  });
});
