import { joinReportText } from './joinReportText';
import { leadInAt } from './leadIn';
import { bulletOf, isBlankLine, isHeading, startsLowercase, startsUppercase } from './reportLines';

/** One item found under a lead-in: its text and the 0-based line it starts on. */
export interface RawItem {
  text: string;
  line: number;
}

/** Where a list scan stopped (the caller goes on from there) and what it found. */
export interface ListScan {
  items: RawItem[];
  end: number;
}

const endsSentence = (lines: readonly string[]) => /[.!?]["”)]?$/.test(lines[lines.length - 1].trimEnd());
const indentedCapital = (line: string) => /^ +\p{Lu}/u.test(line);
const isLeadIn = (lines: readonly string[], i: number) => leadInAt(lines, i) !== undefined;

function nextNonBlank(lines: readonly string[], from: number): number {
  let j = from;
  while (j < lines.length && isBlankLine(lines[j])) j++;
  return j;
}

/** The first line of the list after a lead-in (blank lines skipped). */
export function listStart(lines: readonly string[], leadInLine: number): number {
  return nextNonBlank(lines, leadInLine + 1);
}

/**
 * Items of a bulleted list: each bullet starts one; lines without a bullet continue it (also across a
 * blank line when they start in lowercase: a page break inside an item); a sub-bullet ("o") belongs to the
 * item above. The list ends at a heading, another lead-in, or a paragraph that is not part of it.
 */
export function bulletedItems(lines: readonly string[], start: number): ListScan {
  const items: RawItem[] = [];
  let current: { lines: string[]; line: number } | undefined;
  const close = () => {
    if (current) items.push({ text: joinReportText(current.lines), line: current.line });
    current = undefined;
  };
  let i = start;
  while (i < lines.length) {
    const line = lines[i];
    if (isBlankLine(line)) {
      const j = nextNonBlank(lines, i);
      if (j < lines.length && (bulletOf(lines[j]) !== undefined || (current && startsLowercase(lines[j])))) {
        i = j;
        continue;
      }
      break;
    }
    const bullet = bulletOf(line);
    if (isLeadIn(lines, i) || (bullet === undefined && isHeading(line))) break;
    if (bullet) {
      if (bullet.sub && current) current.lines.push(bullet.rest);
      else {
        close();
        current = { lines: [bullet.rest], line: i };
      }
    } else if (current && !(startsUppercase(line) && !indentedCapital(line) && endsSentence(current.lines))) {
      current.lines.push(line);
    } else if (current && indentedCapital(line)) {
      // A bullet glyph lost in the paste: the item starts with a space and a capital.
      close();
      current = { lines: [line], line: i };
    } else break;
    i++;
  }
  close();
  return { items, end: Math.max(i, start + 1) };
}

/**
 * Items of a list whose bullets were lost entirely: the first line after the lead-in starts the first item;
 * a line starting with a space and a capital starts the next; lowercase lines (or any line while the item
 * has not ended its sentence) continue it.
 */
export function unbulletedItems(lines: readonly string[], start: number): ListScan {
  const items: RawItem[] = [];
  if (start >= lines.length || !startsUppercase(lines[start]) || isHeading(lines[start]) || isLeadIn(lines, start)) return { items, end: start + 1 };
  let current = { lines: [lines[start]], line: start };
  const close = () => items.push({ text: joinReportText(current.lines), line: current.line });
  let i = start + 1;
  while (i < lines.length) {
    let line = lines[i];
    if (isBlankLine(line)) {
      const j = nextNonBlank(lines, i);
      if (j >= lines.length) break;
      if (!(indentedCapital(lines[j]) || (startsLowercase(lines[j]) && !endsSentence(current.lines)))) break;
      i = j;
      line = lines[i];
    }
    if (isHeading(line) || isLeadIn(lines, i)) break;
    if (indentedCapital(line)) {
      close();
      current = { lines: [line], line: i };
    } else if (startsLowercase(line) || !endsSentence(current.lines)) current.lines.push(line);
    else break;
    i++;
  }
  close();
  return { items, end: i };
}

/**
 * Paragraphs after a lead-in that repeats a list already found, where each recommendation is followed by
 * the committee's answer: every paragraph is a candidate, and the caller keeps only those that match a
 * known recommendation. A line starting with a space and a capital after a full stop also starts one.
 * Stops at a Markdown heading, another lead-in or after `maxLines` lines.
 */
export function candidateParagraphs(lines: readonly string[], start: number, maxLines: number): ListScan {
  const items: RawItem[] = [];
  let current: { lines: string[]; line: number } | undefined;
  const close = () => {
    if (current) items.push({ text: joinReportText(current.lines), line: current.line });
    current = undefined;
  };
  let i = start;
  const stop = Math.min(lines.length, start + maxLines);
  for (; i < stop; i++) {
    const line = lines[i];
    if (isBlankLine(line)) {
      const j = nextNonBlank(lines, i);
      if (current && j < lines.length && startsLowercase(lines[j]) && !endsSentence(current.lines)) {
        i = j - 1;
        continue;
      }
      close();
      i = j - 1; // a run of blank lines is passed over once
      continue;
    }
    if (/^ *#/.test(line) || isLeadIn(lines, i)) break;
    if (current && ((indentedCapital(line) && endsSentence(current.lines)) || bulletOf(line) !== undefined)) close();
    const bullet = bulletOf(line);
    if (current) current.lines.push(line);
    else current = { lines: [bullet ? bullet.rest : line], line: i };
  }
  close();
  return { items, end: Math.max(i, start + 1) };
}
