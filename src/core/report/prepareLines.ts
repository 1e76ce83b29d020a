/*
 * Report lines made ready for the list scanners: page furniture (page numbers, footers with the address)
 * removed together with the blank lines around it, so an item broken by a page break joins up again; a
 * bullet alone on its line joined to the text on the next; and a PDF flattened onto one line ("… att: -
 * Ta fram X. - Säkerställa Y. 2 (11) POSTADRESS …") cut back into a lead-in and one line per item.
 * One pass; each line is looked at a bounded number of times.
 */
import { isBlankLine, scanWork } from './reportLines';

/** The prepared lines and, for each, the 0-based line of the pasted text it came from. */
export interface PreparedLines {
  lines: string[];
  origin: number[];
}

const PAGE_MARK = /^ *(?:\d{1,3} *\(\d{1,3}\)|(?:Sida|Sid\.|Page) *\d{1,3}(?: *(?:av|of|\/) *\d{1,3})?|[-–] +\d{1,3} +[-–]|\d{1,3}(?: *\/ *\d{1,3})?) *$/i;
const ADDRESS_LABELS = 'POSTADRESS|BESÖKSADRESS|TELEFON|TELEFAX|E-POST|ORG\\.? ?NR|ORGANISATIONSNUMMER|WEBBPLATS|HEMSIDA|BANKGIRO|PLUSGIRO';
const ADDRESS_LINE = new RegExp(`^ *(?:${ADDRESS_LABELS})(?![\\p{L}])`, 'u');
// In flattened text: an address block up to the page number that ends the footer (bounded, so linear).
const INLINE_FOOTER = new RegExp(
  `(?:${ADDRESS_LABELS})(?![\\p{L}])[^]{0,300}?\\d{1,3} \\(\\d{1,3}\\)|(?<=\\s)\\d{1,3} \\(\\d{1,3}\\)(?=\\s|$)|(?<=\\s)Sida \\d{1,3} av \\d{1,3}(?=\\s|$)`,
  'gu',
);
const LONE_BULLET = /^ *(?:[-–—•‣⁃▪▫◦●○■□►▶✓✔*\uf0a7\uf084\uf0b7\uf0d8\uf076\uf0fc\uf0a8\uf06e\uf0e0]|o|\d{1,2}[.)]|[a-hA-H]\)) *$/;
/** Inline item separators of flattened text: " - ", " • ", " – " before a capital. */
// A hyphen glued to its item ("… kan ske: -Hanteringen … -Arbetet …") after a colon or a full stop.
const INLINE_SEPARATOR = / [-–•▪*\uf0a7\uf0b7\uf084] (?=\p{Lu})|(?<=[:.!?]) -(?=\p{Lu})/gu;
/** A page number left at the end of a flattened page. */
const TRAILING_PAGE_NUMBER = /(?<=[.!?]) +\d{1,3}$/;
/** Words of a flattened line that may hold a lead-in. */
const LEAD_IN_WORDS = /rekommend|föreslår|förbättring|utvecklingsområde/i;
const ANNOUNCED = /rekommendation(?:er|erna)?(?: (?:till|för) [^.]{2,120})?\.$/i;
/** How much of the text before a separator can be its lead-in sentence. */
const LEAD_IN_TAIL = 600;
/** Shorter lines are not flattened text. */
const FLATTENED_MIN = 60;

/** True for a page number, "Sida 3 av 11", or an address footer line. */
export function isPageFurniture(line: string): boolean {
  return PAGE_MARK.test(line) || ADDRESS_LINE.test(line);
}

/**
 * Prepares report lines for the list scanners.
 *
 * @param lines - From reportLines.
 * @returns The lines and where each came from.
 * @example
 * prepareLines(['- Ta fram', '', '3 (11)', '', 'en plan.']).lines //=> ['- Ta fram', 'en plan.']
 */
export function prepareLines(lines: readonly string[]): PreparedLines {
  const out: string[] = [];
  const origin: number[] = [];
  let glyph: string | undefined;
  let glyphAt = 0;
  let afterFurniture = false;
  const emit = (line: string, from: number) => {
    // A glyph before a lead-in (a sentence ending with a colon, or one about recommendations that goes on
    // over the next line) is stray, not that line's bullet.
    if (glyph !== undefined && (line.trimEnd().endsWith(':') || (/rekommend/i.test(line) && !/[.!?]["”)]?$/.test(line.trimEnd())))) {
      out.push(glyph);
      origin.push(glyphAt);
      glyph = undefined;
    }
    if (glyph !== undefined) {
      line = `${glyph} ${line.trimStart()}`;
      glyph = undefined;
    }
    out.push(line);
    origin.push(from);
  };
  for (let i = 0; i < lines.length; i++) {
    scanWork.steps++;
    const line = lines[i];
    if (isBlankLine(line)) {
      if (!afterFurniture && glyph === undefined) emit(line, i);
      continue;
    }
    if (isPageFurniture(line)) {
      // Blank lines before the furniture go too: the item before the page break continues after it.
      while (out.length > 0 && out[out.length - 1].trim() === '') {
        out.pop();
        origin.pop();
      }
      afterFurniture = true;
      continue;
    }
    afterFurniture = false;
    if (LONE_BULLET.test(line)) {
      glyph = line.trim();
      glyphAt = i;
      continue;
    }
    if (line.length >= FLATTENED_MIN && LEAD_IN_WORDS.test(line)) {
      for (const part of unflatten(line)) emit(part, i);
      continue;
    }
    emit(line, i);
  }
  if (glyph !== undefined) emit(glyph, lines.length - 1);
  return { lines: out, origin };
}

/**
 * A flattened line cut into lead-ins, their items and the text around them; a line with no lead-in before
 * inline separators comes back whole. One pass over the separators; each character is looked at a bounded
 * number of times.
 */
function unflatten(line: string): string[] {
  const text = line.replace(INLINE_FOOTER, ' ');
  const parts: string[] = [];
  let cut = 0; // where the text not yet emitted starts
  INLINE_SEPARATOR.lastIndex = 0;
  let m = INLINE_SEPARATOR.exec(text);
  while (m) {
    // A lead-in ends right before this separator: with a colon, or a sentence announcing the recommendations.
    const head = text.slice(Math.max(cut, m.index - LEAD_IN_TAIL), m.index).trimEnd();
    const leadIn = (head.endsWith(':') && LEAD_IN_WORDS.test(head)) || (head.endsWith('.') && ANNOUNCED.test(head) && /rekommend/i.test(head));
    if (!leadIn) {
      m = INLINE_SEPARATOR.exec(text);
      continue;
    }
    parts.push(text.slice(cut, m.index).trim(), '');
    const separator = m[0].trim();
    // Items run from separator to separator; the list ends inside the first item with a full stop before a
    // capital (what follows is the report going on).
    for (;;) {
      const start = m.index + m[0].length;
      const next = INLINE_SEPARATOR.exec(text);
      const end = next ? next.index : text.length;
      const item = next ? text.slice(start, end) : text.slice(start, end).replace(TRAILING_PAGE_NUMBER, '');
      // Glued hyphens mark every item, so an item runs to the next one (it may hold several sentences).
      const stop = !m[0].endsWith(' ') ? null : /[.!?] +(?=\p{Lu})/u.exec(item);
      if (stop) {
        parts.push(`${separator} ${item.slice(0, stop.index + 1).trim()}`);
        cut = start + stop.index + stop[0].length;
        // The next separator may lie beyond this point; look again from here.
        INLINE_SEPARATOR.lastIndex = cut;
        m = INLINE_SEPARATOR.exec(text);
        break;
      }
      parts.push(`${separator} ${item.trim()}`);
      cut = end;
      if (!next) {
        m = null;
        break;
      }
      m = next;
    }
    parts.push('');
  }
  if (parts.length === 0) return [text];
  const rest = text.slice(cut).trim();
  if (rest !== '') parts.push(rest);
  return parts;
}
