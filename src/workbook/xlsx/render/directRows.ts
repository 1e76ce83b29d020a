/*
 * Big tables' rows written straight to sheet XML. ExcelJS holds an object per cell and a style object per
 * cell, which for 300,000 rows is gigabytes; so for a table of more than DIRECT_ROWS_FROM rows the renderer
 * gives ExcelJS only two template rows (every cell a number, then every cell a date), lets ExcelJS write the
 * sheet, its styles and its table part as always, and then replaces the template rows by the real rows,
 * written here cell by cell in the same XML ExcelJS writes (same style index per column, as ExcelJS chose it
 * for the template; text inline, as the package merge writes it anyway), and moves the table's and the
 * sheet's extent to the real last row.
 */
import type ExcelJS from 'exceljs';
import { rowHeightFor } from '../../layout/printLayout';
import { escapeXstringLiterals } from '../package/sharedStrings';

/** Tables with more rows than this are written directly when the caller allows it (RenderOptions.direct). */
export const DIRECT_ROWS_FROM = 1000;

/** A table whose body is written directly. */
export interface DirectTable {
  readonly sheetName: string;
  readonly tableName: string;
  readonly headerRow: number;
  /** Every body row's cell values as ExcelJS would get them (formulas with their cached results). */
  readonly body: readonly (readonly ExcelJS.CellValue[])[];
  /** 1-based columns whose cells wrap, their widths and the type size: for the row heights. */
  readonly wrapped: readonly number[];
  readonly widths: readonly number[];
  readonly points: number;
  /**
   * Rows styled apart from the rest (a risk level's colour in one column): each body row's template pair,
   * 0 for the plain one. The renderer gives ExcelJS templateRows(columns, pairs) styled pair by pair.
   * Absent: every row is styled as the first pair.
   */
  readonly variants?: ArrayLike<number>;
  /** How many template pairs the renderer wrote (1 unless `variants`). */
  readonly pairs?: number;
}

const DIRECT = new WeakMap<ExcelJS.Workbook, Map<string, DirectTable>>();

/** Records a table written directly (the renderer's side). */
export function addDirectTable(workbook: ExcelJS.Workbook, table: DirectTable): void {
  const map = DIRECT.get(workbook) ?? new Map<string, DirectTable>();
  map.set(table.sheetName, table);
  DIRECT.set(workbook, map);
}

/**
 * The tables of `workbook` whose rows the writer must put in (by sheet name); empty for a workbook rendered
 * without RenderOptions.direct, which ExcelJS can write on its own.
 *
 * @example
 * directTables(workbook).get('Register')?.body.length // → 300000
 */
export function directTables(workbook: ExcelJS.Workbook): ReadonlyMap<string, DirectTable> {
  return DIRECT.get(workbook) ?? new Map();
}

/** The template rows the renderer gives ExcelJS in place of the body: per pair, a row of numbers and one of dates. */
export function templateRows(columns: number, pairs = 1): ExcelJS.CellValue[][] {
  return Array.from({ length: pairs * 2 }, (_, i) => Array.from({ length: columns }, () => (i % 2 === 0 ? 0 : new Date(0))));
}

// ExcelJS's xmlEncode: the five entities, and control characters XML cannot hold dropped.
// eslint-disable-next-line no-control-regex
const XML_SPECIAL = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/g;
const ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };
const xmlText = (text: string) => text.replace(XML_SPECIAL, (c) => ENTITY[c] ?? '');

function column(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

const excelDate = (d: Date) => 25569 + d.getTime() / 86400000;

function inlineString(text: string): string {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return escapeXstringLiterals(`<is><t${space}>${xmlText(text)}</t></is>`);
}

function cellXml(ref: string, value: ExcelJS.CellValue, numberStyle: string, dateStyle: string, emptyString?: number): string {
  // A style is ' s="n"', or '' for a column without one (the user's own columns), as ExcelJS writes them.
  if (value === null || value === undefined) return numberStyle ? `<c r="${ref}"${numberStyle}/>` : '';
  const s = numberStyle;
  // ExcelJS writes "" as a shared string; inline, readers see no cell (as in a merged package, adaptSheetXml).
  if (value === '' && emptyString !== undefined) return `<c r="${ref}"${s} t="s"><v>${emptyString}</v></c>`;
  if (value instanceof Date) return `<c r="${ref}"${dateStyle}><v>${excelDate(value)}</v></c>`;
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === 'string') return `<c r="${ref}"${s} t="inlineStr">${inlineString(value)}</c>`;
  if ('formula' in value) {
    const f = `<f>${xmlText(String(value.formula))}</f>`;
    const result = value.result as unknown;
    if (result === undefined || result === null) return `<c r="${ref}"${s}>${f}</c>`;
    if (result instanceof Date) return `<c r="${ref}"${dateStyle}>${f}<v>${excelDate(result)}</v></c>`;
    if (typeof result === 'number') return `<c r="${ref}"${s}>${f}<v>${result}</v></c>`;
    if (typeof result === 'boolean') return `<c r="${ref}"${s} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
    if (typeof result === 'object') return `<c r="${ref}"${s} t="e">${f}<v>${xmlText(String((result as { error?: string }).error))}</v></c>`;
    return `<c r="${ref}"${s} t="str">${f}<v>${xmlText(String(result))}</v></c>`;
  }
  throw new Error(`Unexpected cell value in ${ref}`);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return '0000-00-00';
  if (typeof value === 'object') return 'result' in value ? cellText((value.result ?? null) as ExcelJS.CellValue) : '';
  return String(value);
}

function styleOf(rowXml: string, ref: string): string {
  const cell = new RegExp(`<c r="${ref}"[^>]*>`).exec(rowXml);
  if (!cell) throw new Error(`Template cell ${ref} missing`);
  const m = /\ss="(\d+)"/.exec(cell[0]);
  return m ? ` s="${m[1]}"` : '';
}

/**
 * The sheet part with the template rows replaced by the table's real rows, as chunks (the part of a
 * 300,000-row table is larger than a string should be).
 *
 * @param sheetXml - The worksheet part ExcelJS wrote (after adaptSheetXml when merged into a package).
 * @param table - The table.
 * @param emptyString - The shared string index of "" when the package keeps shared strings (writeXlsx).
 * @returns The new part.
 * @example
 * Buffer.concat(spliceDirectRows(xml, table)) // the sheet with every row of the table
 */
export function spliceDirectRows(sheetXml: string, table: DirectTable, emptyString?: number): Buffer[] {
  const first = table.headerRow + 1;
  const rowPattern = (r: number) => new RegExp(`<row r="${r}"[^>]*>[\\s\\S]*?</row>`);
  const pairs = table.pairs ?? 1;
  const templates: RegExpExecArray[] = [];
  for (let t = 0; t < 2 * pairs; t++) {
    const found = rowPattern(first + t).exec(sheetXml);
    const previous = templates[t - 1];
    if (!found || (previous && found.index !== previous.index + previous[0].length)) throw new Error(`Template rows of ${table.tableName} missing`);
    templates.push(found);
  }
  const numbers = templates[0];
  const end = templates[templates.length - 1];
  const columns = table.body.reduce((max, row) => Math.max(max, row.length), 0);
  const letters = Array.from({ length: columns }, (_, c) => column(c + 1));
  // Per pair: each column's style for a number (or text) and for a date, as ExcelJS chose them.
  const styles = (t: number) => letters.map((l) => styleOf(templates[t][0], `${l}${first + t}`));
  const numberStyles = Array.from({ length: pairs }, (_, p) => styles(2 * p));
  const dateStyles = Array.from({ length: pairs }, (_, p) => styles(2 * p + 1));
  const rowTag = /^<row r="\d+"([^>]*)>/.exec(numbers[0])![1].replace(/\s(ht|customHeight)="[^"]*"/g, '');
  const lastRow = table.headerRow + table.body.length;
  const head = sheetXml.slice(0, numbers.index).replace(/(<dimension ref="[A-Z]+\d+:[A-Z]+)(\d+)"/, (m, a: string, r: string) => (Number(r) < lastRow ? `${a}${lastRow}"` : m));
  const chunks: Buffer[] = [Buffer.from(head, 'utf8')];
  let part: string[] = [];
  let size = 0;
  table.body.forEach((row, i) => {
    const r = first + i;
    const height = rowHeightFor(table.wrapped.map((c, w) => ({ text: cellText(row[c - 1] ?? null), width: table.widths[w], points: table.points })));
    const ht = height > 15 ? ` ht="${height}" customHeight="1"` : '';
    let xml = `<row r="${r}"${ht}${rowTag}>`;
    const pair = table.variants?.[i] ?? 0;
    const [numberStyle, dateStyle] = [numberStyles[pair], dateStyles[pair]];
    for (let c = 0; c < columns; c++) xml += cellXml(`${letters[c]}${r}`, row[c] ?? null, numberStyle[c], dateStyle[c], emptyString);
    xml += '</row>';
    part.push(xml);
    size += xml.length;
    if (size > 1 << 20) {
      chunks.push(Buffer.from(part.join(''), 'utf8'));
      part = [];
      size = 0;
    }
  });
  chunks.push(Buffer.from(part.join(''), 'utf8'));
  chunks.push(Buffer.from(sheetXml.slice(end.index + end[0].length), 'utf8'));
  return chunks;
}

/**
 * The table part with its extent (and its filter's) moved to the real last row.
 *
 * @example
 * directTableXml('<table … ref="A4:Q6"><autoFilter ref="A4:Q6"/>…', table) // → ref="A4:Q300004"
 */
export function directTableXml(tableXml: string, table: DirectTable): string {
  const lastRow = table.headerRow + table.body.length;
  return tableXml.replace(/(\sref="[A-Z]+\d+:[A-Z]+)\d+"/g, `$1${lastRow}"`);
}

/**
 * Adds "" to a shared strings part (ExcelJS's, which has no prefixes) if it lacks it.
 *
 * @returns The part and the index of "".
 * @example
 * withEmptySharedString('<sst count="1" uniqueCount="1"><si><t>a</t></si></sst>') // → { index: 1, … }
 */
export function withEmptySharedString(sst: string): { xml: string; index: number } {
  const items = sst.match(/<si>[\s\S]*?<\/si>|<si\/>/g) ?? [];
  const found = items.findIndex((i) => i === '<si><t></t></si>' || i === '<si><t/></si>' || i === '<si/>');
  if (found >= 0) return { xml: sst, index: found };
  const xml = sst
    .replace(/(<sst\b[^>]*\scount=")(\d+)"/, (_m, a: string, n: string) => `${a}${Number(n) + 1}"`)
    .replace(/(<sst\b[^>]*\suniqueCount=")(\d+)"/, (_m, a: string, n: string) => `${a}${Number(n) + 1}"`)
    .replace(/<\/sst>\s*$/, '<si><t></t></si></sst>');
  return { xml, index: items.length };
}
