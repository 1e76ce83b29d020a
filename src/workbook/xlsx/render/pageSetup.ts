import type ExcelJS from 'exceljs';
import {
  fitScale,
  fitsLine,
  MARGINS,
  MIN_PRINTED_POINTS,
  orientationFor,
  printablePixels,
  columnPixels,
  rowHeightFor,
  shareWidths,
  widthBudget,
  widthForLongestWord,
} from '../../layout/printLayout';
import { hyphenateLongWords } from '../../layout/hyphenation';

/** What a sheet prints: its extent, the rows repeated on every page, the footer and the type size used. */
export interface PageOptions {
  /** Last printed row and column, 1-based. */
  lastRow: number;
  lastColumn: number;
  /** A header row (1-based) repeated at the top of every page. */
  titleRow?: number;
  /** Excel's footer code (see pageFooter). */
  footer: string;
  /** The whole sheet on one page (Sammanfattning, Riskmatris). */
  onePage?: boolean;
  /** The body type size in points, so fitting never prints below MIN_PRINTED_POINTS. */
  points?: number;
  /** Overrides the orientation chosen by width (a one-page sheet a little too wide stays upright). */
  orientation?: 'portrait' | 'landscape';
}

/**
 * A4, portrait or landscape by the printed columns' width, scaled to fit the page width (several pages wide
 * only when one would shrink the type below 8 pt, with the first column repeated), header row repeated,
 * print area set and the footer on every page. Excel and LibreOffice shrink by their own font metrics, so
 * the columns are planned wide enough apart (columnPixels) that fitting stays at or above 8 pt; the PDF test
 * measures it.
 */
export function setPage(worksheet: ExcelJS.Worksheet, options: PageOptions): void {
  const widths = Array.from({ length: options.lastColumn }, (_, c) => worksheet.getColumn(c + 1).width ?? 9);
  const orientation = options.orientation ?? orientationFor(widths);
  const points = options.points ?? 11;
  const minScale = Math.ceil((MIN_PRINTED_POINTS / points) * 100);
  const total = widths.reduce((sum, w) => sum + columnPixels(w), 0);
  const fit = fitScale(widths, orientation);
  const pagesWide = fit >= minScale ? 1 : Math.ceil(total / ((printablePixels(orientation) * minScale) / 100));
  const last = worksheet.getColumn(options.lastColumn).letter;
  // A sheet too wide for one page at 8 pt is printed at the smallest allowed scale, so each page is full and
  // the rest flows onto the next; "fit to n pages wide" would let LibreOffice print the first page at 100 %.
  const fitting = options.onePage
    ? { fitToPage: true, fitToWidth: 1, fitToHeight: 1 }
    : pagesWide === 1
      ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
      : { fitToPage: false, scale: minScale, printTitlesColumn: 'A:A' };
  worksheet.pageSetup = {
    paperSize: 9, // A4
    orientation,
    ...fitting,
    margins: { ...MARGINS },
    printArea: `A1:${last}${Math.max(1, options.lastRow)}`,
    ...(options.titleRow ? { printTitlesRow: `${options.titleRow}:${options.titleRow}` } : {}),
  } as Partial<ExcelJS.PageSetup>;
  worksheet.headerFooter = { oddFooter: options.footer, evenFooter: options.footer, firstFooter: options.footer };
}

/**
 * Sets each row's height so its wrapped cells show every line (ExcelJS does not autofit, and LibreOffice
 * keeps the heights a file gives).
 *
 * @param worksheet - The sheet.
 * @param from - First row (1-based).
 * @param to - Last row.
 * @param wrapped - 1-based columns whose cells wrap.
 * @param points - The type size of those cells.
 */
export function fitRowHeights(worksheet: ExcelJS.Worksheet, from: number, to: number, wrapped: readonly number[], points: number): void {
  const widths = wrapped.map((c) => worksheet.getColumn(c).width ?? 9);
  for (let r = from; r <= to; r++) {
    const row = worksheet.getRow(r);
    const cells = wrapped.map((c, i) => ({ text: cellText(row.getCell(c).value), width: widths[i], points }));
    const height = rowHeightFor(cells);
    if (height > 15) row.height = height;
  }
}

/**
 * Sizes the wrapped columns to their text (rows `from`–`to`, header included) within what one landscape page
 * holds at the smallest allowed scale beside the other `lastColumn` columns: each at least its longest word
 * (up to `maxWord`), so words break only between them, and the rest shared by how much text each column
 * holds, so rows need fewer lines. Call before fitRowHeights and setPage, which read the widths.
 */
export function fitTextWidths(worksheet: ExcelJS.Worksheet, from: number, to: number, wrapped: readonly number[], points: number, maxWord: number, lastColumn: number): void {
  const texts = wrapped.map((c) => {
    const cells: string[] = [];
    for (let r = from; r <= to; r++) cells.push(cellText(worksheet.getRow(r).getCell(c).value));
    return cells;
  });
  fitTextWidthsTo(worksheet, texts, wrapped, points, maxWord, lastColumn);
}

/**
 * fitTextWidths from the texts themselves (per wrapped column, its header first) rather than the sheet's
 * cells: for a big table whose rows are written straight to XML (render/directRows.ts), never into the sheet.
 */
export function fitTextWidthsTo(
  worksheet: ExcelJS.Worksheet,
  texts: readonly (readonly string[])[],
  wrapped: readonly number[],
  points: number,
  maxWord: number,
  lastColumn: number,
): void {
  let others = 0;
  for (let c = 1; c <= lastColumn; c++) if (!wrapped.includes(c)) others += worksheet.getColumn(c).width ?? 9;
  const had = wrapped.reduce((sum, c) => sum + (worksheet.getColumn(c).width ?? 9), 0);
  const total = Math.max(had, widthBudget(lastColumn, points, 'landscape') - others);
  const widths = shareWidths(
    texts.map((cells) => ({ min: Math.max(MIN_TEXT_WIDTH, Math.min(maxWord, widthForLongestWord(cells, points))), text: textLength(cells) })),
    total,
  );
  wrapped.forEach((c, i) => (worksheet.getColumn(c).width = widths[i]));
}

// The body's text (the header, first, left out).
function textLength(cells: readonly string[]): number {
  let sum = 0;
  for (let i = 1; i < cells.length; i++) sum += cells[i].length;
  return sum;
}

/** Splits the words too long for their column (rows `from`–`to`) with a hyphen at a syllable (hyphenateLongWords). */
export function hyphenateColumns(worksheet: ExcelJS.Worksheet, from: number, to: number, wrapped: readonly number[], points: number): void {
  for (const c of wrapped) {
    const width = worksheet.getColumn(c).width ?? 9;
    for (let r = from; r <= to; r++) {
      const cell = worksheet.getRow(r).getCell(c);
      if (typeof cell.value === 'string') cell.value = hyphenateLongWords(cell.value, (part) => fitsLine(part, width, points));
    }
  }
}

// A wrapped column is never narrower than this, however little it holds (its header must still read).
const MIN_TEXT_WIDTH = 8;

/** A cell's text as the fitting measures it (a date as wide as "0000-00-00"). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && !(value instanceof Date)) {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    return '';
  }
  return value instanceof Date ? '0000-00-00' : String(value);
}
