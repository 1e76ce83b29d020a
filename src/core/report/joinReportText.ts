/*
 * Joins the lines of one item into clean running text: PDF hyphenation undone, footnote digits glued to
 * words removed, whitespace normalised. Linear: each line is looked at once.
 */

// Words that follow a hyphen in a shortened compound ("kultur- och fritidsnämnden"): keep the hyphen.
const COMPOUND_JOINERS = new Set(['och', 'eller', 'samt', 'respektive', 'till', 'som']);
// A footnote number glued to the end of a lowercase word, before punctuation or a space: "digitalisering3."
const GLUED_FOOTNOTE = /(\p{Ll}{3})\d{1,2}(?=[\s.,;:)]|$)/gu;

/**
 * Joins item lines into one text.
 *
 * @param lines - The lines, already without their bullet.
 * @returns The text: single spaces, trimmed, hyphenation removed where a word was split at a line end.
 * @example
 * joinReportText(['Ta fram en nytto-', 'kalkyl för digitalisering3.']) //=> 'Ta fram en nyttokalkyl för digitalisering.'
 */
export function joinReportText(lines: readonly string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (text === '') {
      text = line;
      continue;
    }
    text = joinTwo(text, line);
  }
  return normalizeSpaces(text.replace(GLUED_FOOTNOTE, '$1'));
}

function joinTwo(before: string, after: string): string {
  const hyphenAtEnd = before.endsWith('-') && before.length >= 2 && /[\p{L}\d]/u.test(before.charAt(before.length - 2));
  if (!hyphenAtEnd) return `${before} ${after}`;
  const nextWord = /^\p{L}*/u.exec(after)![0];
  const lower = nextWord !== '' && nextWord === nextWord.toLocaleLowerCase('sv');
  if (!lower) return `${before}${after}`; // "IT-" + "Avdelningen" or "PM3-" + "modellen": a real hyphen.
  if (COMPOUND_JOINERS.has(nextWord)) return `${before} ${after}`; // "Kultur- och fritidsnämnden"
  const prev = before.charAt(before.length - 2);
  // After a capital or digit the hyphen belongs to the word ("FUT-handläggaren", "PM3-modellen").
  if (prev === prev.toLocaleUpperCase('sv')) return `${before}${after}`;
  return `${before.slice(0, -1)}${after}`;
}

/** Single spaces, trimmed, no space before punctuation. */
export function normalizeSpaces(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?)])/g, '$1')
    .trim();
}
