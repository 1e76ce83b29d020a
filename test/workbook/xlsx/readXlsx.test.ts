import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { WorkbookSnapshot } from '../../../src/core';
import { readXlsx, snapshotOf } from '../../../src/workbook/xlsx';
import { uppsikt } from '../../cli/runCli';
import { tempDir } from '../_lib/files';

/*
 * readXlsx streams the package itself; snapshotOf is the snapshot of ExcelJS's full load, which every
 * command used before. Both must give the same snapshot (values, cached results, formulas, tables, names,
 * dates) for every workbook the CLI writes, every .xlsx committed under test/, hand-made workbooks with
 * the usual oddities, and packages written at the XML level with what Excel and LibreOffice write but
 * ExcelJS does not (inline strings, shared formulas, styled blanks, namespace prefixes, 1904 dates).
 */

const viaExcelJs = async (file: string) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return snapshotOf(workbook);
};

/*
 * ExcelJS drops a formula's cached result when it is falsy (0, FALSE, ""): its FormulaValue copies only
 * truthy fields, so a matrix cell counting 0 risks read as blank. readXlsx keeps the 0; the comparison
 * applies ExcelJS's loss to readXlsx's snapshot, and the tricky-file test checks the 0 is there.
 */
function asExcelJsSawIt(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const sheets = snapshot.sheets.map((sheet) => {
    const { formulas } = sheet;
    if (!formulas) return sheet;
    return { ...sheet, values: sheet.values.map((row, r) => row.map((v, c) => (formulas[r]?.[c] != null && (v === 0 || v === false || v === '') ? null : v))) };
  });
  return { ...snapshot, sheets };
}

const expectSame = async (file: string) => expect(asExcelJsSawIt(await readXlsx(file))).toEqual(await viaExcelJs(file));

const committed = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? committed(path.join(dir, e.name)) : e.name.endsWith('.xlsx') ? [path.join(dir, e.name)] : []));

/* A package from worksheet XML bodies, with the content types, relationships, styles and strings given. */
interface PackageSpec {
  sheets: { name: string; xml: string; rels?: string }[];
  sharedStrings?: string[];
  styles?: string;
  workbookPr?: string;
  definedNames?: string;
  extra?: Record<string, string>;
}

async function writePackage(file: string, spec: PackageSpec): Promise<void> {
  const zip = new JSZip();
  const ct = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
    ...spec.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`),
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
    ...Object.keys(spec.extra ?? {})
      .filter((p) => p.includes('tables/'))
      .map((p) => `<Override PartName="/${p}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`),
    '</Types>',
  ];
  zip.file('[Content_Types].xml', ct.join(''));
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}">${spec.workbookPr ?? '<workbookPr/>'}<sheets>${spec.sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('')}</sheets>${spec.definedNames ? `<definedNames>${spec.definedNames}</definedNames>` : ''}</workbook>`,
  );
  const n = spec.sheets.length;
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${spec.sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join(
        '',
      )}<Relationship Id="rId${n + 1}" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${R}/sharedStrings" Target="/xl/sharedStrings.xml"/></Relationships>`,
  );
  zip.file(
    'xl/styles.xml',
    spec.styles ??
      '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="2" applyNumberFormat="1"/></cellXfs></styleSheet>',
  );
  zip.file(
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${(spec.sharedStrings ?? []).map((s) => `<si>${s}</si>`).join('')}</sst>`,
  );
  spec.sheets.forEach((s, i) => {
    zip.file(`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0" encoding="UTF-8"?>${s.xml}`);
    if (s.rels) zip.file(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, s.rels);
  });
  for (const [p, content] of Object.entries(spec.extra ?? {})) zip.file(p, content);
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

describe('readXlsx', () => {
  const dir = tempDir();

  describe('gives the snapshot ExcelJS gave for every workbook the CLI writes', () => {
    const made: Record<string, string> = {};
    beforeAll(async () => {
      made.tom = path.join(dir, 'tom.xlsx');
      made.exempel = path.join(dir, 'exempel.xlsx');
      made.exempel5 = path.join(dir, 'exempel5.xlsx');
      made.adopterad = path.join(dir, 'adopterad.xlsx');
      made.omgang = path.join(dir, 'omgang.xlsx');
      made.egen = path.join(dir, 'egen.xlsx');
      expect((await uppsikt('init', made.tom)).code).toBe(0);
      expect((await uppsikt('init', made.exempel, '--exempel')).code).toBe(0);
      expect((await uppsikt('init', made.exempel5, '--exempel', '--skala', '5x5')).code).toBe(0);
      await handMade(made.egen);
      expect((await uppsikt('adopt', made.egen, '-o', made.adopterad)).code).toBe(0);
      expect((await uppsikt('ny-omgang', made.exempel, '--omgang', '2027', '-o', made.omgang)).code).toBe(0);
    }, 120_000);

    test.each(['tom', 'exempel', 'exempel5', 'egen', 'adopterad', 'omgang'])('%s.xlsx', async (name) => expectSame(made[name]), 60_000);
  });

  test('every .xlsx committed under test/', async () => {
    for (const file of committed(path.join(__dirname, '../..'))) await expectSame(file);
  }, 120_000);

  test('inline strings, shared formulas, error and boolean results, styled blanks, dates, merges and names', async () => {
    const file = path.join(dir, 'paket.xlsx');
    const sheet = `<worksheet ${MAIN}><dimension ref="A1:H9"/><sheetData>
      <row r="1"><c r="A1" t="inlineStr"><is><t>Rubrik &amp; titel</t></is></c><c r="B1" s="3"/></row>
      <row r="2" spans="1:8"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c><c r="D2" t="inlineStr"><is><r><t>Del</t></r><r><rPr><b/></rPr><t xml:space="preserve"> två</t></r></is></c></row>
      <row r="3"><c r="A3"><v>1</v></c><c r="B3"><v>2.5</v></c><c r="C3"><f>A3*B3</f><v>2.5</v></c><c r="D3" t="str"><f>"x"&amp;A3</f><v>x1</v></c><c r="E3" t="b"><f>A3&gt;0</f><v>1</v></c><c r="F3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="G3" t="e"><v>#N/A</v></c><c r="H3" t="b"><v>0</v></c></row>
      <row r="4"><c r="A4"><f t="shared" ref="A4:A6" si="0">B4+$C$3*2</f><v>5</v></c><c r="B4"><v>0</v></c><c r="C4"><f>B4*2</f><v>0</v></c></row>
      <row r="5"><c r="A5"><f t="shared" si="0"/><v>5</v></c></row>
      <row r="6"><c r="A6"><f t="shared" si="0"/></c><c r="C6" s="1"><v>45000</v></c><c r="D6" s="2"><v>45000.5</v></c><c r="E6" s="3"><v>45000</v></c><c r="F6" s="1"><f>C6+1</f><v>45001</v></c></row>
      <row r="7" s="2" customFormat="1"><c r="A7" s="1"/><c r="H7" s="1"/></row>
      <row r="8"><c r="A8" t="s"><v>3</v></c><c r="B8" t="s"><v>4</v></c></row>
      <row r="12"><c r="B12"><v>-0.125</v></c><c r="E12" s="3"/></row>
      </sheetData><mergeCells count="1"><mergeCell ref="A8:C9"/></mergeCells><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`;
    await writePackage(file, {
      sheets: [
        {
          name: 'Min flik',
          xml: sheet,
          rels: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/></Relationships>',
        },
        { name: 'Tom', xml: `<worksheet ${MAIN}><sheetData/></worksheet>` },
        { name: 'Blad3', xml: `<worksheet ${MAIN}><sheetData><row r="2"><c r="B2" t="s"><v>5</v></c><c r="C2"><v>7</v></c></row></sheetData></worksheet>` },
      ],
      sharedStrings: [
        '<t>Id</t>',
        '<t xml:space="preserve"> Sannolikhet </t>',
        '<r><t>Rik</t></r><r><rPr><i/></rPr><t>text</t></r><rPh sb="0" eb="1"><t>ふり</t></rPh>',
        '<t>Sammanslagen</t>',
        '<t>Dold av sammanslagning</t>',
        '<t>Åtgärdad &lt;&gt;</t>',
      ],
      definedNames:
        '<definedName name="Skala">\'Min flik\'!$A$2:$D$6</definedName><definedName name="Enkel">Tom!$B$3</definedName><definedName name="Konstant">"text"</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">\'Min flik\'!$A$1:$H$9</definedName><definedName name="Lista">Blad3!$B$2:$B$9</definedName>',
      extra: {
        'xl/tables/table1.xml': `<?xml version="1.0" encoding="UTF-8"?><table ${MAIN} id="1" name="Risker" displayName="Risker" ref="A2:D6" totalsRowCount="1"><autoFilter ref="A2:D5"/><tableColumns count="4"><tableColumn id="1" name="Id"/><tableColumn id="2" name="Sannolikhet"/><tableColumn id="3" name="Rik"/><tableColumn id="4" name="Deltvå"/></tableColumns></table>`,
      },
    });
    const snapshot = await readXlsx(file);
    await expectSame(file);
    // And what it holds, so that a shared mistake of both readers would show.
    const [own] = snapshot.sheets;
    expect(own.values[2]).toEqual([1, 2.5, 2.5, 'x1', true, '#DIV/0!', '#N/A', false]);
    expect(own.formulas?.[5]?.[0]).toBe('B6+$C$3*2');
    expect(own.values[5][2]).toEqual(new Date(Date.UTC(2023, 2, 15)));
    expect(own.values[1][2]).toBe('Riktext');
    expect(own.values[8][2]).toBe('Sammanslagen');
    expect(own.values.length).toBe(12);
    expect(snapshot.tables).toEqual([{ name: 'Risker', sheet: 'Min flik', headerRow: 1, firstColumn: 0, columnCount: 4, rowCount: 3 }]);
    expect(snapshot.names).toEqual({ Skala: "'Min flik'!$A$2:$D$6", Enkel: 'Tom!$B$3', Lista: 'Blad3!$B$2:$B$9' });
    // Sparse: the unused first row is a hole, not a row of blanks.
    expect(snapshot.sheets[2].values).toEqual([undefined, [null, 'Åtgärdad <>', 7]]);
    expect(0 in snapshot.sheets[2].values).toBe(false);
    // ExcelJS left out a formula's cached 0 (see asExcelJsSawIt); this reader keeps it.
    expect(own.values[3][0]).toBe(5);
    expect(own.values[3][2]).toBe(0);
  }, 60_000);

  test('namespace-prefixed XML (<x:c>), which ExcelJS cannot read at all', async () => {
    const file = path.join(dir, 'prefix.xlsx');
    await writePackage(file, {
      sharedStrings: ['<t>Status</t>'],
      sheets: [
        {
          name: 'Prefix',
          xml: `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c r="C2"><x:f>1+6</x:f><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
        },
      ],
    });
    expect((await readXlsx(file)).sheets).toEqual([{ name: 'Prefix', values: [undefined, [null, 'Status', 7]], formulas: [undefined, [null, null, '1+6']] }]);
  }, 60_000);

  test('the 1904 date system', async () => {
    const file = path.join(dir, 'datum1904.xlsx');
    await writePackage(file, {
      workbookPr: '<workbookPr date1904="1"/>',
      sheets: [{ name: 'Datum', xml: `<worksheet ${MAIN}><sheetData><row r="1"><c r="A1" s="1"><v>43538</v></c><c r="B1" s="2"><v>0</v></c></row></sheetData></worksheet>` }],
    });
    await expectSame(file);
    expect((await readXlsx(file)).sheets[0].values[0][0]).toEqual(new Date(Date.UTC(2023, 2, 15)));
  }, 60_000);
});

/** A controller's own workbook made in ExcelJS: title merged over the columns, dates, rich text, links, formulas. */
async function handMade(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Riskanalys 2026');
  ws.getCell('A1').value = 'Risk- och väsentlighetsanalys';
  ws.mergeCells('A1:F1');
  ws.addRow([]);
  ws.addRow(['Nr', 'Nämnd', 'Risk', 'Sannolikhet', 'Konsekvens', 'Risk (SxK)', 'Uppdaterad', 'Länk']);
  for (let i = 1; i <= 40; i++) {
    const r = ws.addRow([
      i,
      i % 3 === 0 ? { richText: [{ text: 'Social' }, { text: 'nämnden', font: { bold: true } }] } : 'Kommunstyrelsen',
      `Risk ${i}`,
      (i % 4) + 1,
      i % 7 === 0 ? 'hög' : ((i * 3) % 4) + 1,
      null,
      new Date(Date.UTC(2026, i % 12, 1 + (i % 27))),
      i % 5 === 0 ? { text: `Dokument ${i}`, hyperlink: 'https://example.org/' } : null,
    ]);
    r.getCell(6).value = { formula: `D${r.number}*E${r.number}`, result: 4 };
    r.getCell(7).numFmt = 'yyyy-mm-dd';
  }
  ws.getCell('J50').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
  const other = wb.addWorksheet('Uppföljning');
  other.addRow(['Granskning', 'Rekommendation', 'Mottagare', 'Status']);
  other.addRow(['Granskning av IT', 'Inför rutiner', 'Kommunstyrelsen', 'Delvis åtgärdad']);
  other.addRow([true, 3.75, -1, '  ']);
  wb.definedNames.add("'Uppföljning'!$A$1:$D$3", 'Uppfoljning');
  await wb.xlsx.writeFile(file);
}
