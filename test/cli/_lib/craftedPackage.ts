import fs from 'fs';
import zlib from 'zlib';
import JSZip from 'jszip';
import { writeCentralDirectory } from '../../_lib/zipRecords';

/*
 * Crafted packages for the hostile-input tests, built from a real workbook in the test (nothing binary is
 * checked in): an extra sheet with any XML, and a zip writer that streams one huge part through deflate
 * so a package of a few MB can inflate to more than a gigabyte.
 */

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const SHEET_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** Adds a worksheet named `name` whose part holds `xml` (or a placeholder, for addHugePart) to a loaded package. */
export async function addSheet(zip: JSZip, name: string, xml: string): Promise<string> {
  const n = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f)).length + 1;
  const part = `xl/worksheets/sheet${n}.xml`;
  zip.file(part, xml);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace('</Types>', `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`),
  );
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels.replace('</Relationships>', `<Relationship Id="rIdHostile${n}" Type="${R}/worksheet" Target="worksheets/sheet${n}.xml"/></Relationships>`),
  );
  const book = await zip.file('xl/workbook.xml')!.async('string');
  const ids = [...book.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]));
  zip.file('xl/workbook.xml', book.replace('</sheets>', `<sheet name="${name}" sheetId="${Math.max(0, ...ids) + 1}" r:id="rIdHostile${n}"/></sheets>`));
  if (!book.includes('xmlns:r=')) zip.file('xl/workbook.xml', (await zip.file('xl/workbook.xml')!.async('string')).replace('<workbook ', `<workbook xmlns:r="${R}" `));
  return part;
}

/** A worksheet whose only cell is `ref` holding `value`. */
export const oneCellSheet = (ref: string, value: number) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet ${SHEET_NS}><sheetData><row r="${ref.replace(/^[A-Z]+/, '')}"><c r="${ref}"><v>${value}</v></c></row></sheetData></worksheet>`;

/** A loaded workbook file with JSZip. */
export async function loadPackage(file: string): Promise<JSZip> {
  return JSZip.loadAsync(fs.readFileSync(file));
}

export async function savePackage(zip: JSZip, file: string): Promise<void> {
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/**
 * Writes `zip` as a zip file in which `part` is replaced by `rows` repetitions of `row` inside a worksheet,
 * deflated as a stream (never held whole). `declaredSize` overrides the size the headers state, to
 * craft a header that lies.
 */
export async function writeWithHugeSheet(zip: JSZip, file: string, part: string, row: (r: number) => string, rows: number, declaredSize?: number): Promise<void> {
  const fd = fs.openSync(file, 'w');
  const central: Buffer[] = [];
  let offset = 0;
  const entry = (name: string, body: Buffer, crc: number, size: number) => {
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(20, 6);
    local.copy(head, 8, 6, 30);
    head.writeUInt32LE(offset, 42);
    central.push(head, nameBytes);
    fs.writeSync(fd, local);
    fs.writeSync(fd, nameBytes);
    fs.writeSync(fd, body);
    offset += 30 + nameBytes.length + body.length;
  };
  try {
    for (const name of Object.keys(zip.files).filter((n) => !zip.files[n].dir && n !== part)) {
      const data = await zip.files[name].async('nodebuffer');
      entry(name, zlib.deflateRawSync(data), zlib.crc32(data), data.length);
    }
    const deflate = zlib.createDeflateRaw({ level: 1 });
    const out: Buffer[] = [];
    deflate.on('data', (c: Buffer) => out.push(c));
    const done = new Promise((resolve) => deflate.on('end', resolve));
    let crc = 0;
    let size = 0;
    const put = (text: string) => {
      const b = Buffer.from(text, 'utf8');
      crc = zlib.crc32(b, crc);
      size += b.length;
      return deflate.write(b);
    };
    put(`<?xml version="1.0" encoding="UTF-8"?><worksheet ${SHEET_NS}><sheetData>`);
    const batch = 2000;
    for (let r = 1; r <= rows; r += batch) {
      let text = '';
      for (let i = r; i < Math.min(rows + 1, r + batch); i++) text += row(i);
      if (!put(text)) await new Promise((resolve) => deflate.once('drain', resolve));
    }
    put('</sheetData></worksheet>');
    deflate.end();
    await done;
    entry(part, Buffer.concat(out), crc, Math.min(declaredSize ?? size, 0xfffffffe));
    writeCentralDirectory(fd, central, central.length / 2, offset);
  } finally {
    fs.closeSync(fd);
  }
}
