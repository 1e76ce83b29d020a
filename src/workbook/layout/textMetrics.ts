/*
 * How wide a text is in Calibri, for sizing printed rows and columns: neither ExcelJS nor LibreOffice on import
 * autofit a row that a file gives no height, so Uppsikt measures the text itself. The advance widths are those
 * of Carlito Regular (metric-compatible with Calibri, so equal to Excel's), read from the font's hmtx table, in
 * 1/2048 em; bold is 2-5 % wider and is covered by the margin the callers keep.
 */

/** Advance widths (1/2048 em) and the characters that have them: ASCII, Swedish and common Latin-1 letters. */
const ADVANCES: readonly [number, string][] = [
  [452, "'"],
  [463, ' '],
  [470, 'ilí'],
  [490, 'j'],
  [511, ',’‘'],
  [516, 'I'],
  [517, '.'],
  [548, ':;'],
  [596, '`'],
  [621, '()'],
  [625, 'f'],
  [627, '-'],
  [628, '[]'],
  [644, '{}'],
  [653, 'J'],
  [667, '!'],
  [686, 't'],
  [694, '°'],
  [714, 'r'],
  [791, '/\\'],
  [801, 's'],
  [809, 'z'],
  [821, '"'],
  [857, '”“'],
  [861, 'L'],
  [866, 'c'],
  [887, 'x'],
  [925, 'v'],
  [927, 'y'],
  [931, 'k'],
  [941, 'FS'],
  [943, '|'],
  [949, '?'],
  [959, 'Z'],
  [964, 'g'],
  [981, 'aåäàá'],
  [998, 'TY'],
  [1000, 'EÉ'],
  [1019, 'eéè'],
  [1020, '#*+<=>^_~–§•'],
  [1038, '$0123456789€'],
  [1049, '«»'],
  [1058, 'P'],
  [1063, 'X'],
  [1064, 'K'],
  [1076, 'bdhnpquüú'],
  [1080, 'oöóß'],
  [1084, 'ø'],
  [1092, 'C'],
  [1112, 'R'],
  [1114, 'B'],
  [1162, 'V'],
  [1185, 'AÅÄ'],
  [1260, 'D'],
  [1276, 'H'],
  [1292, 'G'],
  [1314, 'UÜ'],
  [1322, 'N'],
  [1356, 'OÖ'],
  [1359, 'Ø'],
  [1378, 'Q'],
  [1397, '&'],
  [1414, '…'],
  [1464, '%w'],
  [1563, 'Æ'],
  [1583, 'æ'],
  [1636, 'm'],
  [1751, 'M'],
  [1822, 'W'],
  [1831, '@'],
  [1854, '—'],
];

const UNITS_PER_EM = 2048;
const WIDTH = new Map<string, number>(ADVANCES.flatMap(([units, chars]) => [...chars].map((c) => [c, units / UNITS_PER_EM] as const)));
// A character outside the table: its base letter when it has one (ñ as n), else as wide as an "m", so an
// unknown glyph errs towards a line too many rather than clipped text.
const UNKNOWN = 1636 / UNITS_PER_EM;

/** The advance width of one character in em. */
function charEms(c: string): number {
  return WIDTH.get(c) ?? WIDTH.get(c.normalize('NFD')[0]) ?? UNKNOWN;
}

/**
 * The width of a text on one line, in em of Calibri (multiply by the type size for points).
 *
 * @param text - One line of text.
 * @returns The sum of its characters' advance widths.
 * @example
 * textEms('Åtgärd') //=> 2.7373046875
 */
export function textEms(text: string): number {
  let ems = 0;
  for (const c of text) ems += charEms(c);
  return ems;
}

/**
 * The width of a text in pixels at 96 dpi, in a `points` type.
 *
 * @example
 * textPixels('0', 12) //=> 8.109375
 */
export function textPixels(text: string, points: number): number {
  return textEms(text) * points * (96 / 72);
}

// Calibri's (and Carlito's) Windows ascent and descent in 1/2048 em: the line Excel sets a cell's text on.
// LibreOffice sets Carlito at its typographic 1 em instead, so a row Excel fills has room to spare there.
const WIN_ASCENT = 1950;
const WIN_DESCENT = 550;

/**
 * The height (points) of one line of a `points` type in an Excel cell at 96 dpi: Windows rounds the size to
 * whole pixels, then the ascent and the descent up to whole pixels, which gives Excel's 15 pt default row for
 * 11 pt Calibri.
 *
 * @example
 * lineHeight(10) //=> 12.75
 */
export function lineHeight(points: number): number {
  const ppem = Math.round(points * (96 / 72));
  return (Math.ceil((ppem * WIN_ASCENT) / UNITS_PER_EM) + Math.ceil((ppem * WIN_DESCENT) / UNITS_PER_EM)) * 0.75;
}
