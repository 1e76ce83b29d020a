import { strToU8, zipSync } from 'fflate';

/* Small crafted .xlsx packages for the limits: a few lines of XML each, built in the test, never checked in. */

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook package with the given sheets (name → sheetData XML), as Excel lays it out. */
export function workbookOf(sheets: Record<string, string>, options: { level?: number; main?: string } = {}): Uint8Array {
  const names = Object.keys(sheets);
  const main = options.main ?? 'workbook';
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/${main}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        names
          .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
          .join('') +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/${main}.xml"/></Relationships>`,
    ),
    [`xl/${main}.xml`]: strToU8(
      `<?xml version="1.0"?><workbook ${NS}><sheets>${names.map((n, i) => `<sheet name="${escape(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    [`xl/_rels/${main}.xml.rels`]: strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('')}</Relationships>`,
    ),
  };
  names.forEach((n, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(`<?xml version="1.0"?><worksheet ${NS}><sheetData>${sheets[n]}</sheetData></worksheet>`)));
  return zipSync(files, { level: (options.level ?? 6) as 6 });
}

/** `count` rows, each with one number in column `column` (e.g. "XFD"). */
export const farRows = (count: number, column: string) => Array.from({ length: count }, (_, i) => `<row r="${i + 1}"><c r="${column}${i + 1}"><v>1</v></c></row>`).join('');

/** Sets the size the central directory declares for `name` (a size that lies). */
export function declareSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const target = strToU8(name);
  for (let at = 0; at + 46 < bytes.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    if (length === target.length && bytes.subarray(at + 46, at + 46 + length).every((b, i) => b === target[i])) {
      view.setUint32(at + 24, size, true);
      return bytes;
    }
  }
  throw new Error(`${name} is not in the package`);
}
