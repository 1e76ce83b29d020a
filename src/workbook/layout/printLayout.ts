/*
 * Print geometry both adapters and the report share: A4, orientation by table width, how many lines a
 * wrapped cell takes and so how tall its row must be (neither ExcelJS nor LibreOffice on import autofit rows
 * that a file gives no height). Widths are Excel's column widths (characters of the default 11 pt Calibri,
 * 7 px each at 96 dpi), heights are points.
 */

import { lineHeight, textPixels } from './textMetrics';

/** A4 in inches and the margins Uppsikt prints with (left/right, top/bottom, header/footer). */
export const A4 = { width: 8.27, height: 11.69 } as const;
export const MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.25, footer: 0.25 } as const;
/** The smallest type size allowed on paper, in points; fitting a sheet to the page may not shrink below it. */
export const MIN_PRINTED_POINTS = 8;

/**
 * Pixels (96 dpi) a column of Excel width `width` takes, for deciding the page: Excel's unit is a digit of
 * Calibri (7 px), but LibreOffice without Calibri or Carlito lays columns out with a substitute font measured at
 * about 8.1 px per unit here, so pages are planned at 8.5 px and fit in both.
 */
export function columnPixels(width: number): number {
  return Math.trunc(width * 8.5 + 5);
}

/** Printable width in pixels of an A4 page in the given orientation. */
export function printablePixels(orientation: 'portrait' | 'landscape'): number {
  const inches = (orientation === 'portrait' ? A4.width : A4.height) - MARGINS.left - MARGINS.right;
  return Math.floor(inches * 96);
}

/**
 * Portrait when the columns fit across an upright A4 page at full size, else landscape.
 *
 * @param widths - Column widths (Excel units) of the printed columns.
 * @returns The orientation.
 * @example
 * orientationFor([40, 12, 12]) //=> 'portrait'
 */
export function orientationFor(widths: readonly number[]): 'portrait' | 'landscape' {
  const total = widths.reduce((sum, w) => sum + columnPixels(w), 0);
  return total <= printablePixels('portrait') ? 'portrait' : 'landscape';
}

/**
 * The scale (percent) that fitting the columns to the page width leads to: 100 when they fit.
 *
 * @example
 * fitScale([200], 'landscape') //=> 61
 */
export function fitScale(widths: readonly number[], orientation: 'portrait' | 'landscape'): number {
  const total = widths.reduce((sum, w) => sum + columnPixels(w), 0);
  return Math.min(100, Math.floor((printablePixels(orientation) / total) * 100));
}

// Measured widths are widened by this share before they are compared with a column: bold headers run 2-5 %
// wider than the regular widths in textMetrics, and Excel's hinted glyphs at 96 dpi may round up; a line too
// many costs a little paper, a line too few hides text in Excel.
const WIDTH_MARGIN = 1.02;

/** Pixels a text takes on one line in a `points` type, with the margin kept against clipping. */
function measured(text: string, points: number): number {
  return textPixels(text, points) * WIDTH_MARGIN;
}

/** Pixels of text a column of Excel width `width` holds on one line: Calibri's 7 px units less the cell padding. */
function usablePixels(width: number): number {
  return Math.max(1, Math.trunc(width * 7 + 5) - 7);
}

/**
 * Whether a text fits on one line of a column, measured as wrappedLines measures.
 *
 * @example
 * fitsLine('Behörighetshantering', 20, 10) //=> true
 */
export function fitsLine(text: string, width: number, points: number): boolean {
  return measured(text, points) <= usablePixels(width);
}

/**
 * Lines a text takes in a wrapped cell, breaking at spaces as Excel does (a word longer than a line is cut),
 * each word measured in Calibri's advance widths (textMetrics).
 *
 * @param text - The cell's text (line breaks kept).
 * @param width - The column width in Excel units.
 * @param points - The type size.
 * @returns At least 1.
 * @example
 * wrappedLines('Felaktiga utbetalningar av ekonomiskt bistånd upptäcks inte', 20, 10) //=> 3
 */
export function wrappedLines(text: string, width: number, points: number): number {
  const usable = usablePixels(width);
  const space = measured(' ', points);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let line = -1; // pixels used on the current line, -1 while it is empty
    lines++;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const size = measured(word, points);
      if (line >= 0 && line + space + size <= usable) line += space + size;
      else {
        if (line >= 0) lines++;
        const cut = cutWord(word, usable, points);
        lines += cut.extra;
        line = cut.last;
      }
    }
  }
  return Math.max(1, lines);
}

/** A word on lines of its own, cut between letters where it is wider than a line: the lines it adds, the last's width. */
function cutWord(word: string, usable: number, points: number): { extra: number; last: number } {
  let extra = 0;
  let line = 0;
  for (const c of word) {
    const size = measured(c, points);
    if (line > 0 && line + size > usable) {
      extra++;
      line = 0;
    }
    line += size;
  }
  return { extra, last: line };
}

/**
 * The column width (Excel units) at which the longest word of `texts` fits on one line, so a wrapped cell
 * breaks between words and never inside one ("Behörighetsh/antering"): LibreOffice and Excel break a word
 * that is wider than its column anywhere, without a hyphen. Measured as wrappedLines measures.
 *
 * @param texts - The column's cell texts, header included.
 * @param points - The type size.
 * @returns The width the longest word needs (0 for no text).
 * @example
 * widthForLongestWord(['Behörighetshantering'], 10) //=> 18
 */
export function widthForLongestWord(texts: readonly string[], points: number): number {
  let widest = 0;
  for (const text of texts) for (const word of text.split(/\s+/)) widest = Math.max(widest, measured(word, points));
  if (widest === 0) return 0;
  // Inverse of usablePixels.
  return Math.ceil((widest + 7 - 5) / 7);
}

/**
 * Shares `total` width among wrapped columns by how much text each holds: every column gets at least its
 * `min` (its longest word, so words never break inside), and what is left goes to the columns in proportion
 * to their text, so a column of long recommendations is wide and an empty "Nämndens svar" narrow, and rows
 * need fewer lines. Widths are whole Excel units; their sum never exceeds `total` unless the minimums do.
 *
 * @param columns - Each column's minimum width and amount of text (characters).
 * @param total - The width the columns share.
 * @returns One width per column.
 * @example
 * shareWidths([{ min: 8, text: 900 }, { min: 8, text: 0 }], 40) //=> [32, 8]
 */
export function shareWidths(columns: readonly { min: number; text: number }[], total: number): number[] {
  const mins = fitMinimums(
    columns.map((c) => c.min),
    total,
  );
  const minimum = mins.reduce((sum, m) => sum + m, 0);
  const text = columns.reduce((sum, c) => sum + c.text, 0);
  const spare = Math.max(0, total - minimum);
  if (text === 0) return mins.map((m) => m + Math.floor(spare / columns.length));
  return mins.map((m, i) => m + Math.floor((spare * columns[i].text) / text));
}

/** The minimums, the largest lowered first until they fit `total` (a longest word too long for the page breaks). */
function fitMinimums(mins: readonly number[], total: number): number[] {
  const out = [...mins];
  let excess = out.reduce((sum, m) => sum + m, 0) - total;
  while (excess > 0) {
    let i = 0;
    for (let j = 1; j < out.length; j++) if (out[j] > out[i]) i = j;
    if (out[i] <= 1) break;
    out[i]--;
    excess--;
  }
  return out;
}

/**
 * The width (Excel units) a sheet's columns may take together and still print across one page at the
 * smallest scale allowed (MIN_PRINTED_POINTS for `points` type), as setPage plans it.
 *
 * @example
 * widthBudget(11, 10, 'landscape') //=> 146
 */
export function widthBudget(columns: number, points: number, orientation: 'portrait' | 'landscape'): number {
  const minScale = Math.ceil((MIN_PRINTED_POINTS / points) * 100);
  return Math.floor(((printablePixels(orientation) * 100) / minScale - 5 * columns) / 8.5);
}

/**
 * The height (points) a row needs so that every wrapped cell shows all its lines, and no more.
 *
 * @param cells - Each cell's text, column width and type size.
 * @returns Excel's default 15 pt or more.
 * @example
 * rowHeightFor([{ text: 'kort', width: 10, points: 10 }]) //=> 15
 */
export function rowHeightFor(cells: readonly { text: string; width: number; points: number }[]): number {
  let height = 15;
  for (const cell of cells) {
    if (cell.text === '') continue;
    height = Math.max(height, linesHeight(wrappedLines(cell.text, cell.width, cell.points), cell.points));
  }
  return Math.min(height, 409); // Excel's largest row height
}

/**
 * The height (points) of `lines` lines of a `points` type in a cell: Excel's line (textMetrics' lineHeight,
 * 15 pt at 11 pt) and 2 pt to spare, so the last line is never clipped in Excel.
 *
 * @example
 * linesHeight(3, 10) //=> 41
 */
export function linesHeight(lines: number, points: number): number {
  return Math.ceil(lines * lineHeight(points) + 2);
}

/** A text safe in a header/footer: "&" starts a code there, so a nämnd named "Kultur & fritid" needs "&&". */
export function footerText(text: string): string {
  return text.replace(/&/g, '&&');
}

/**
 * The page footer: who the page is for on the left, the "per" date in the middle, "Sida x av y" on the right.
 *
 * @param scope - The nämnd (or "Samtliga nämnder").
 * @param per - The date, e.g. "2026-11-22", or empty.
 * @returns Excel's header/footer code.
 * @example
 * pageFooter('Socialnämnden', '2026-11-22') //=> '&L&10Socialnämnden&C&10per 2026-11-22&R&10Sida &P av &N'
 */
export function pageFooter(scope: string, per: string): string {
  // 10 pt, so that a sheet scaled to 80 % to fit the page width still prints its footer at 8 pt.
  const middle = per === '' ? '' : `&C&10per ${footerText(per)}`;
  return `&L&10${footerText(scope)}${middle}&R&10Sida &P av &N`;
}

/**
 * The footer of a working sheet: the nämnd when the workbook has exactly one in its list, else the sheet's
 * name; the date it is printed; "Sida x av y".
 *
 * @param namnder - The workbook's nämnd list.
 * @returns Excel's header/footer code.
 * @example
 * workingFooter(['Socialnämnden']) //=> '&L&10Socialnämnden&C&10utskriven &D&R&10Sida &P av &N'
 */
export function workingFooter(namnder: readonly string[]): string {
  const left = namnder.length === 1 ? footerText(namnder[0]) : '&A';
  return `&L&10${left}&C&10utskriven &D&R&10Sida &P av &N`;
}
