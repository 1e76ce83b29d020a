/*
 * Text pasted from a PDF, made into lines the parsers can trust: one line ending, no page-break or
 * zero-width characters, non-breaking spaces as spaces. Every regular expression here and in the report
 * parsers is a single pass without nested quantifiers, so any text parses in linear time.
 */

const LINE_BREAKS = /\r\n?|[\v\u2028\u2029\u0085]/g;
const FORM_FEED = /\f/g;
const SPACES = /[\t\u00a0\u2007\u202f\u2000-\u200a\u3000]/g;
// Soft hyphens, zero-width characters, byte-order marks, and control characters a PDF copy can carry.
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
// Typographic ligatures (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ, ﬅ, ﬆ) as PDFs deliver them: the letters they stand for.
const LIGATURES = /[\ufb00-\ufb06]/g;

/** How reportLines treats a form feed (a page break in pdftotext output). */
export interface ReportLinesOptions {
  /**
   * 'break' (default): a plain line break. 'pageStart': a line break and one leading space on the next line,
   * the mark pdftotext puts at the start of a page and the follow-up parser reads.
   */
  formFeed?: 'break' | 'pageStart';
}

/**
 * Normalises pasted report text as one string: NFC, ligatures spelt out, one line ending, no soft hyphens,
 * zero-width or control characters, non-breaking spaces and tabs as spaces.
 *
 * @param text - The pasted text.
 * @param options - How to treat form feeds.
 * @returns The text, lines separated by "\n".
 * @example
 * normalizeReportText('e\ufb00ekt\u2028ny') //=> 'effekt\nny'
 */
export function normalizeReportText(text: string, options: ReportLinesOptions = {}): string {
  return text
    .normalize('NFC')
    .replace(LIGATURES, (c) => c.normalize('NFKC'))
    .replace(FORM_FEED, options.formFeed === 'pageStart' ? '\n ' : '\n')
    .replace(LINE_BREAKS, '\n')
    .replace(SPACES, ' ')
    .replace(INVISIBLE, '');
}

/**
 * Splits pasted report text into lines, keeping leading spaces (a lost bullet shows as one). Every report
 * parser starts here, so they all see the same text (see normalizeReportText).
 *
 * @param text - The pasted text.
 * @param options - How to treat form feeds.
 * @returns The lines, page breaks turned into line breaks.
 * @example
 * reportLines('a\r\nb\fc') //=> ['a', 'b', 'c']
 */
export function reportLines(text: string, options: ReportLinesOptions = {}): string[] {
  return normalizeReportText(text, options).split('\n');
}

/**
 * Lines visited and words compared by the report parsers, so tests can prove the work grows linearly with
 * the text without timing anything.
 */
export const scanWork = { steps: 0 };

/** True for a line with nothing but spaces. Every parser visits a line through this (and is counted). */
export function isBlankLine(line: string): boolean {
  scanWork.steps++;
  return line.trim() === '';
}

// Bullet glyphs seen in pasted reports: ASCII and typographic dashes and dots, Wingdings/Symbol private-use
// glyphs (U+F0A7, U+F084, U+F0B7 …), and "o" for a sub-bullet.
const BULLET = /^ *([-–—•‣⁃▪▫◦●○■□►▶✓✔*\uf0a7\uf084\uf0b7\uf0d8\uf076\uf0fc\uf0a8\uf06e\uf0e0]|o(?= )|\d{1,2}[.)](?= )|[a-hA-H]\)(?= )) */;

/** A line that starts a list item: which glyph, whether it is a sub-bullet, and the text after it. */
export interface BulletLine {
  sub: boolean;
  rest: string;
}

/**
 * Recognises a bulleted line.
 *
 * @param line - One line.
 * @returns The bullet, or undefined for an ordinary line.
 * @example
 * bulletOf('\uf0a7 Förvaltningarna förses')?.rest //=> 'Förvaltningarna förses'
 */
export function bulletOf(line: string): BulletLine | undefined {
  const match = BULLET.exec(line);
  if (!match) return undefined;
  const rest = line.slice(match[0].length);
  if (rest.trim() === '') return undefined;
  return { sub: match[1] === 'o' || match[1] === '◦' || match[1] === '▫' || match[1] === '○', rest };
}

const HEADING = /^ *(#{1,6} |\*\*[^*]|\d{1,2}(\.\d{1,2}){0,3} +\p{Lu})/u;

/** A heading: Markdown "#", a bold line, or a numbered section ("2 Bakgrund", "3.1 Styrning"). */
export function isHeading(line: string): boolean {
  return HEADING.test(line);
}

// Chapter titles that follow a list of recommendations in reports ("Inledning", "2 Bakgrund", "Bilaga 1").
const CHAPTER =
  /^ *(?:\d{1,2}(?:\.\d{1,2}){0,3}\.? +)?(?:Inledning|Bakgrund|Sammanfattning|Syfte(?: och [\p{L} ]+)?|Revisionsfrågor|Revisionskriterier|Avgränsning(?:ar)?|Metod|Ansvarig(?:a)? (?:nämnd|nämnder|styrelse)|Granskningsresultat|Iakttagelser|Bedömning(?:ar)?|Slutsats(?:er)?|Rekommendationer|Kommentarer|Innehåll(?:sförteckning)?|Bilagor?(?: \d{1,2})?|Källförteckning|Förkortningar|Uppdrag och syfte|Genomförande)$/u;
// A table-of-contents line: "2 Inledning ..... 4", "2.1 Bakgrund 5".
const TOC = /^ *\d{1,2}(?:\.\d{1,2}){0,3}\.? +\p{Lu}[^.]{0,80}?(?:\.{3,}|…+| {2,}|\t| )\s*\d{1,3} *$/u;

/**
 * True for a chapter title, numbered or not ("Inledning", "2. Inledning", "3.1 Bakgrund"): even where it
 * looks like a numbered item, it ends a list.
 *
 * @param line - One line.
 * @returns Whether it is a chapter title.
 * @example
 * isChapterTitle('2. Inledning') //=> true
 */
export function isChapterTitle(line: string): boolean {
  return CHAPTER.test(line.trimEnd());
}

/**
 * True for a line that ends a list: a heading, a chapter title such as "Inledning" or a table-of-contents
 * line ("2 Inledning ..... 4").
 *
 * @param line - One line.
 * @returns Whether a list stops here.
 * @example
 * endsList('2 Inledning ..... 4') //=> true
 */
export function endsList(line: string): boolean {
  const trimmed = line.trimEnd();
  return isHeading(trimmed) || CHAPTER.test(trimmed) || TOC.test(trimmed);
}

/** The first letter of a line, or '' when it starts with something else. */
export function firstLetter(line: string): string {
  const trimmed = line.trimStart();
  const c = trimmed.charAt(0);
  return /\p{L}/u.test(c) ? c : '';
}

export const startsLowercase = (line: string): boolean => {
  const c = firstLetter(line);
  return c !== '' && c === c.toLocaleLowerCase('sv') && c !== c.toLocaleUpperCase('sv');
};

export const startsUppercase = (line: string): boolean => {
  const c = firstLetter(line);
  return c !== '' && c === c.toLocaleUpperCase('sv') && c !== c.toLocaleLowerCase('sv');
};
