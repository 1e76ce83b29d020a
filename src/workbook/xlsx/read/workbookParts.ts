import { ownText } from './ownText';
import type { ZipPackage } from './zipPackage';

/*
 * The workbook-level parts a snapshot needs: the sheets in tab order, defined names, the date system,
 * which cell styles are dates, and the shared strings. Semantics follow what ExcelJS gave before (the
 * snapshot must not change with the reader): styles with a date number format make numbers Dates, style 0
 * never does, shared strings are their text with rich-text runs joined.
 */

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_WORKSHEET = /\/worksheet$/;
const REL_STYLES = /\/styles$/;
const REL_SHARED_STRINGS = /\/sharedStrings$/;

export interface SheetPart {
  readonly name: string;
  readonly path: string;
}

export interface WorkbookParts {
  readonly sheets: readonly SheetPart[];
  /** Defined names as ExcelJS reported them: name → first cell range, e.g. "'Inställningar'!$A$4:$H$23". */
  readonly names: Record<string, string>;
  readonly date1904: boolean;
  /** Per cell style index (the s attribute): whether its number format shows a date or time. */
  readonly dateStyles: readonly boolean[];
  readonly sharedStrings: readonly string[];
}

/** Builtin number formats that show dates or times (ECMA-376 18.8.30, as ExcelJS lists them). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** Whether a format code shows a date or time: a y, m, d, h, s or b outside quotes and brackets. */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Excel's `_xHHHH_` escapes in text (ECMA-376 22.9.2.19), e.g. "_x000D_" for a carriage return. */
export function unescapeText(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** Workbook XML: sheets (tab order), defined names, the 1904 date system. */
async function readWorkbookXml(pkg: ZipPackage, path: string) {
  const rels = new Map((await pkg.relationships(path)).map((r) => [r.id, r]));
  const sheets: SheetPart[] = [];
  const rawNames: { name: string; text: string }[] = [];
  let date1904 = false;
  let inName: { name: string; text: string } | undefined;
  await pkg.parse(path, {
    open(name, a) {
      if (name === 'sheet') {
        const rel = rels.get(a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '');
        if (rel && REL_WORKSHEET.test(rel.type) && a.name !== undefined) sheets.push({ name: a.name, path: rel.path });
      } else if (name === 'workbookPr') {
        date1904 = a.date1904 === '1' || a.date1904 === 'true';
      } else if (name === 'definedName') {
        inName = { name: a.name ?? '', text: '' };
      }
    },
    text(text) {
      if (inName) inName.text += text;
    },
    close(name) {
      if (name === 'definedName' && inName) {
        rawNames.push(inName);
        inName = undefined;
      }
    },
  });
  const names: Record<string, string> = {};
  for (const { name, text } of rawNames) {
    if (name === '_xlnm.Print_Area' || name === '_xlnm.Print_Titles' || name in names) continue;
    const range = firstCellRange(text);
    if (range) names[name] = range;
  }
  return { sheets, names, date1904, rels: [...rels.values()] };
}

const RANGE = /^(?:('(?:[^']|'')+'|[^'!]+)!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

/*
 * The first cell range of a defined name's text, written as ExcelJS wrote it ($-absolute, the sheet
 * quoted unless it is plain ASCII letters and digits, a single cell without ":"). Like ExcelJS, names
 * that are constants or formulas, or ranges without $ on the part after "!", are not ranges.
 */
function firstCellRange(text: string): string | undefined {
  for (const item of splitOutsideQuotes(text)) {
    const m = RANGE.exec(item.trim());
    if (!m || !/[$]\w+[$]\d+/.test(item.split('!').pop() ?? '')) continue;
    const [, quotedSheet, c1, r1, c2 = c1, r2 = r1] = m;
    const sheet = quotedSheet === undefined ? '' : quotedSheet.startsWith("'") ? quotedSheet.slice(1, -1) : quotedSheet;
    const prefix = sheet === '' ? '' : /^[a-zA-Z0-9]*$/.test(sheet) ? `${sheet}!` : `'${sheet}'!`;
    const [top, bottom] = [Number(r1), Number(r2)].sort((a, b) => a - b);
    const [left, right] = [c1.toUpperCase(), c2.toUpperCase()].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
    return top === bottom && left === right ? `${prefix}$${left}$${top}` : `${prefix}$${left}$${top}:$${right}$${bottom}`;
  }
  return undefined;
}

function splitOutsideQuotes(text: string): string[] {
  const items: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'") quoted = !quoted;
    else if (text[i] === ',' && !quoted) {
      items.push(text.slice(start, i));
      start = i + 1;
    }
  }
  items.push(text.slice(start));
  return items;
}

/** Which cell styles (cellXfs, by index) have a date or time number format. */
async function readDateStyles(pkg: ZipPackage, path: string | undefined): Promise<boolean[]> {
  if (!path || !pkg.has(path)) return [];
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  await pkg.parse(path, {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) formatIds.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return formatIds.map((id) => {
    if (!id) return false;
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id);
  });
}

/*
 * Shared strings: the text of each <si>, rich-text runs joined; phonetic runs (<rPh>) are not part of the
 * text. Repeated texts are one string in memory, shared by every cell that uses them.
 */
async function readSharedStrings(pkg: ZipPackage, path: string | undefined): Promise<string[]> {
  if (!path || !pkg.has(path)) return [];
  const strings: string[] = [];
  let text: string[] | undefined;
  let inT = false;
  let phonetic = 0;
  await pkg.parse(path, {
    open(name) {
      if (name === 'si') text = [];
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && text && phonetic === 0) inT = true;
    },
    text(t) {
      if (inT) text!.push(t);
    },
    close(name) {
      if (name === 't') inT = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && text) {
        strings.push(unescapeText(ownText(text.join(''))));
        text = undefined;
      }
    },
  });
  return strings;
}

/** Reads the workbook-level parts of a package. */
export async function readWorkbookParts(pkg: ZipPackage): Promise<WorkbookParts> {
  const root = await pkg.relationships('');
  const workbookPath = root.find((r) => REL_OFFICE_DOCUMENT.test(r.type))?.path ?? 'xl/workbook.xml';
  const workbook = await readWorkbookXml(pkg, workbookPath);
  const stylesPath = workbook.rels.find((r) => REL_STYLES.test(r.type))?.path;
  const stringsPath = workbook.rels.find((r) => REL_SHARED_STRINGS.test(r.type))?.path;
  const [dateStyles, sharedStrings] = [await readDateStyles(pkg, stylesPath), await readSharedStrings(pkg, stringsPath)];
  return { sheets: workbook.sheets, names: workbook.names, date1904: workbook.date1904, dateStyles, sharedStrings };
}
