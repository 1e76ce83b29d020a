/*
 * Print geometry both adapters and the report share: A4, orientation by table width, how many lines a
 * wrapped cell takes and so how tall its row must be (neither ExcelJS nor LibreOffice on import autofit rows
 * that a file gives no height). Widths are Excel's column widths (characters of the default 11 pt Calibri,
 * 7 px each at 96 dpi), heights are points.
 */

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

// Average character width as a share of the type size: Calibri body text runs about 0.47 em, and LibreOffice's
// substitute is wider but so are its columns (see columnPixels); 0.5 errs towards a line too many.
const EM_SHARE = 0.5;

/**
 * Lines a text takes in a wrapped cell, breaking at spaces as Excel does (a word longer than a line is cut).
 *
 * @param text - The cell's text (line breaks kept).
 * @param width - The column width in Excel units.
 * @param points - The type size.
 * @returns At least 1.
 * @example
 * wrappedLines('Felaktiga utbetalningar av ekonomiskt bistånd upptäcks inte', 20, 10) //=> 4
 */
export function wrappedLines(text: string, width: number, points: number): number {
  const perLine = charsPerLine(width, points);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const needed = line === 0 ? word.length : line + 1 + word.length;
      if (needed <= perLine) line = needed;
      else if (line === 0) {
        lines += Math.ceil(word.length / perLine) - 1;
        line = word.length % perLine || perLine;
      } else {
        lines++;
        line = word.length;
        if (word.length > perLine) {
          lines += Math.ceil(word.length / perLine) - 1;
          line = word.length % perLine || perLine;
        }
      }
    }
  }
  return Math.max(1, lines);
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
 * widthForLongestWord(['Behörighetshantering'], 10) //=> 20
 */
export function widthForLongestWord(texts: readonly string[], points: number): number {
  let longest = 0;
  for (const text of texts) for (const word of text.split(/\s+/)) longest = Math.max(longest, word.length);
  if (longest === 0) return 0;
  // Inverse of wrappedLines' usable pixels, plus one character of slack for wide letters (W, M, Å).
  const pixels = (longest + 1) * points * (96 / 72) * EM_SHARE;
  return Math.ceil((pixels + 7 - 5) / 7);
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
  const mins = fitMinimums(columns.map((c) => c.min), total);
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

/** Characters of a `points` type that fit on one line of a column of Excel width `width` (as wrappedLines). */
export function charsPerLine(width: number, points: number): number {
  const usable = Math.max(1, Math.trunc(width * 7 + 5) - 7); // Calibri pixels less the cell padding
  return Math.max(1, Math.floor(usable / (points * (96 / 72) * EM_SHARE)));
}

const VOWEL = /[aeiouyåäöéü]/i;
const LETTER = /\p{L}/u;

/** Where a Swedish word may be hyphenated: before a consonant that starts a syllable (be-hö-rig-hets-han-te-ring). */
function breakPoints(word: string): number[] {
  const points: number[] = [];
  for (let i = 2; i <= word.length - 2; i++) {
    const [before, at, after] = [word[i - 1], word[i], word[i + 1]];
    if (!LETTER.test(before) || !LETTER.test(at) || !LETTER.test(after)) continue;
    // "ch" and "ck" are one sound (chef, kontrollera): never split them.
    if (/c/i.test(before) && /[hk]/i.test(at)) continue;
    // A consonant followed by a vowel starts a syllable; the letter before it must not be its only vowel's start.
    if (!VOWEL.test(at) && VOWEL.test(after) && /\p{L}/u.test(word.slice(0, i)) && VOWEL.test(word.slice(0, i))) points.push(i);
  }
  return points;
}

/**
 * A text with every word too long for its line split with a hyphen at a syllable boundary and a line break
 * ("Behörighets-" / "hantering"), so a printed cell never breaks a word between two letters without a
 * hyphen, as LibreOffice and Excel do with a word wider than the column. Shorter words are left alone.
 *
 * @param text - The cell's text.
 * @param perLine - Characters per line (charsPerLine).
 * @returns The text, changed only where a word could not fit.
 * @example
 * hyphenateLongWords('Behörighetshantering', 14) //=> 'Behörighets-\nhantering'
 */
export function hyphenateLongWords(text: string, perLine: number): string {
  return text
    .split(/(\s+)/)
    .map((part) => {
      let word = part;
      const lines: string[] = [];
      while (word.length > perLine && !/\s/.test(word)) {
        const fits = breakPoints(word).filter((i) => i + 1 <= perLine);
        if (fits.length === 0) break;
        const at = fits[fits.length - 1];
        lines.push(`${word.slice(0, at)}-`);
        word = word.slice(at);
      }
      return [...lines, word].join('\n');
    })
    .join('');
}

/**
 * The height (points) a row needs so that every wrapped cell shows all its lines.
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
    const lines = wrappedLines(cell.text, cell.width, cell.points);
    height = Math.max(height, Math.ceil(lines * cell.points * 1.3 + 4));
  }
  return Math.min(height, 409); // Excel's largest row height
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
