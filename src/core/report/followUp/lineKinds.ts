/*
 * What one line of a follow-up report is: a block header ("Iakttagelser Rekommendation 3 & 4"), a column
 * label ("Nämndens svar 2022", "Uppföljning 2024"), a granskning or section heading, a page start or footer.
 * Each test looks at one line (at most the next two) with anchored patterns or plain string tests.
 */
import { MAX_LABEL_LINE, MAX_NR, MAX_RANGE } from './vocabulary';
import { startsUppercase } from './text';

export type Item =
  | { kind: 'text'; text: string }
  | { kind: 'blank' }
  /** A column label ("Nämndens svar 2022", "Uppföljning 2024"): the recommendation comes before it. */
  | { kind: 'label'; followUp: boolean }
  /** A section heading or page footer: ends a paragraph. */
  | { kind: 'break' };

export interface Block {
  /** The numbers in the header; null while the header has not been seen (it may come last on the page). */
  numbers: number[] | null;
  /** "Rekommendationer till samtliga nämnder": unnumbered bullets, numbered after the others. */
  bullets: boolean;
  headerLine: number;
  items: Item[];
  group: number;
  /** Made by splitting another block: not split again, so each line moves at most once (linear time). */
  split: boolean;
}

export interface Header {
  numbers: number[] | null;
  bullets: boolean;
}

/** "Iakttagelser Rekommendation 1", "Iakttagelser Rekommendation 3 & 4", "Iakttagelser Rekommendationer till", "Iakttagelser". */
export function startHeader(line: string): Header | null {
  if (!line.startsWith('Iakttagelser')) return null;
  const rest = line.slice('Iakttagelser'.length).trim();
  if (rest === '') return { numbers: null, bullets: false };
  if (rest.startsWith('Rekommendationer')) {
    const list = parseNumberList(rest.slice('Rekommendationer'.length));
    return list.numbers.length > 0 ? { numbers: list.numbers, bullets: false } : { numbers: null, bullets: true };
  }
  if (rest.startsWith('Rekommendation')) {
    const list = parseNumberList(rest.slice('Rekommendation'.length));
    return { numbers: list.numbers.length > 0 ? list.numbers : null, bullets: false };
  }
  return null;
}

/** "Nämndens svar 2023Rekommendation 2Iakttagelser", "Nämndens svar 2023Rekommendation 3", "Rekommendation 4". */
export function trailerHeader(line: string): number[] | null {
  if (line.length > MAX_LABEL_LINE) return null;
  const at = line.indexOf('Rekommendation');
  if (at < 0) return null;
  const before = line.slice(0, at).trim();
  if (before !== '' && !isSvarLabel(before)) return null;
  const list = parseNumberList(line.slice(at + 'Rekommendation'.length));
  if (list.numbers.length === 0) return null;
  if (list.rest !== '' && list.rest !== 'Iakttagelser') return null;
  return list.numbers;
}

/**
 * The numbers at the start of a header's tail: "1" → [1], "3 & 4" → [3, 4], "1-3" → [1, 2, 3], "5 och 6".
 */
export function parseNumberList(text: string): { numbers: number[]; rest: string } {
  const numbers: number[] = [];
  let i = 0;
  let end = 0;
  let range = false;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === ' ' || ch === '\t' || ch === '\u00a0') {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && j - i <= 3 && isDigit(text.charAt(j))) j++;
    if (j > i) {
      if (j - i > 3) break;
      const n = Number(text.slice(i, j));
      if (n < 1 || n > MAX_NR) break;
      const last = numbers.length > 0 ? numbers[numbers.length - 1] : 0;
      if (range && last > 0 && n > last && n - last <= MAX_RANGE) {
        for (let k = last + 1; k <= n; k++) numbers.push(k);
      } else if (!numbers.includes(n)) {
        numbers.push(n);
      }
      range = false;
      i = j;
      end = j;
      continue;
    }
    if (numbers.length === 0) break;
    if (ch === '&' || ch === ',') {
      i++;
    } else if (ch === '-' || ch === '–' || ch === '—') {
      range = true;
      i++;
    } else if (text.startsWith('och ', i) || text.startsWith('samt ', i)) {
      i += text.startsWith('och ', i) ? 4 : 5;
    } else {
      break;
    }
  }
  return { numbers, rest: text.slice(end).trim() };
}

export function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

export function isUppfoljningLabel(line: string): boolean {
  return /^Uppföljning\s+\d{4}$/.test(line);
}

/** "Nämndens svar 2022", "Styrelsens och nämndernas svar 2023", "svar 2023". */
export function isSvarLabel(line: string): boolean {
  const tokens = line.split(/\s+/);
  const n = tokens.length;
  if (n < 2 || n > 6) return false;
  if (tokens[n - 2].toLowerCase() !== 'svar' || !/^\d{4}$/.test(tokens[n - 1])) return false;
  for (let k = 0; k < n - 2; k++) if (!/^\p{L}+$/u.test(tokens[k])) return false;
  return true;
}

/** "Styrelsens och nämndernas" when the next line is "svar 2023". */
export function isSvarLabelPrefix(line: string, next: string): boolean {
  const tokens = line.split(/\s+/);
  if (tokens.length > 4 || !tokens[0].endsWith('s') || !startsUppercase(tokens[0])) return false;
  for (const token of tokens) if (!/^\p{L}+$/u.test(token)) return false;
  const nextTokens = next.split(/\s+/);
  return nextTokens.length === 2 && isSvarLabel(next);
}

export function nextNonBlank(trimmed: readonly string[], i: number): string {
  // Only the next two lines: a label's second line follows directly or after one blank.
  for (let j = i + 1; j < trimmed.length && j <= i + 2; j++) if (trimmed[j] !== '') return trimmed[j];
  return '';
}

/** "1. Granskning av …" */
export function isGranskningHeading(line: string): boolean {
  return /^\d{1,2}\.\s+Granskning/.test(line);
}

/** "1.1 Nämndens vidtagna åtgärder" */
export function isSectionHeading(line: string): boolean {
  return /^\d{1,2}\.\d{1,2}\s+\p{Lu}/u.test(line);
}

/** "Uppföljande granskning: Haninge kommunPage 46" */
export function isPageFooter(line: string): boolean {
  return line.length <= 120 && /Page\s*\d{1,4}$/.test(line);
}

/** pdftotext starts each page's first line with one space (or a form feed). */
export function isPageStart(rawLine: string): boolean {
  const first = rawLine.charAt(0);
  return rawLine.length >= 2 && (first === ' ' || first === '\f') && rawLine.charAt(1).trim() !== '';
}

export function endsAssessment(rawLine: string, line: string): boolean {
  return line === 'Bedömning' || isPageStart(rawLine) || isSectionHeading(line) || isGranskningHeading(line) || startHeader(line) !== null || trailerHeader(line) !== null;
}
