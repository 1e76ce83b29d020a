import { joinReportText } from './joinReportText';
import { leadInAt } from './leadIn';
import { bulletOf, endsList, isBlankLine, isChapterTitle, startsLowercase, startsUppercase } from './reportLines';

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

/** Collects items line by line: `begin` starts one (closing the one before), `add` continues it. */
class ItemCollector {
  readonly items: RawItem[] = [];
  current: { lines: string[]; line: number; sub: boolean } | undefined;

  begin(text: string, line: number, sub = false): void {
    this.close();
    this.current = { lines: [text], line, sub };
  }

  add(text: string): void {
    this.current!.lines.push(text);
  }

  close(): void {
    if (this.current) this.items.push({ text: joinReportText(this.current.lines), line: this.current.line });
    this.current = undefined;
  }
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
  const list = new ItemCollector();
  let i = start;
  while (i < lines.length) {
    const line = lines[i];
    if (isBlankLine(line)) {
      const j = nextNonBlank(lines, i);
      if (j < lines.length && (bulletOf(lines[j]) !== undefined || (list.current && startsLowercase(lines[j])))) {
        i = j;
        continue;
      }
      break;
    }
    const bullet = bulletOf(line);
    // "2. Inledning" after the last bullet is the next chapter, not one more item.
    if (isLeadIn(lines, i) || (bullet === undefined && endsList(line)) || (bullet !== undefined && isChapterTitle(line))) break;
    if (bullet) {
      // A sub-bullet ("o") belongs to the item above, unless the list is made of them ("o" + tab bullets).
      if (bullet.sub && list.current && !list.current.sub) list.add(bullet.rest);
      else list.begin(bullet.rest, i, bullet.sub);
    } else if (list.current && !(startsUppercase(line) && !indentedCapital(line) && endsSentence(list.current.lines))) {
      list.add(line);
    } else if (list.current && indentedCapital(line)) {
      // A bullet glyph lost in the paste: the item starts with a space and a capital.
      list.begin(line, i);
    } else break;
    i++;
  }
  list.close();
  return { items: list.items, end: Math.max(i, start + 1) };
}

/**
 * Items of a list whose bullets were lost entirely: the first line after the lead-in starts the first item;
 * a line starting with a space and a capital starts the next; lowercase lines (or any line while the item
 * has not ended its sentence) continue it.
 */
export function unbulletedItems(lines: readonly string[], start: number): ListScan {
  if (start >= lines.length || !startsUppercase(lines[start]) || endsList(lines[start]) || isLeadIn(lines, start)) return { items: [], end: start + 1 };
  const list = new ItemCollector();
  list.begin(lines[start], start);
  const current = () => list.current!.lines;
  let i = start + 1;
  while (i < lines.length) {
    let line = lines[i];
    if (isBlankLine(line)) {
      const j = nextNonBlank(lines, i);
      if (j >= lines.length) break;
      if (!(indentedCapital(lines[j]) || (startsLowercase(lines[j]) && !endsSentence(current())))) break;
      i = j;
      line = lines[i];
    }
    if (endsList(line) || isLeadIn(lines, i)) break;
    if (indentedCapital(line)) list.begin(line, i);
    else if (startsLowercase(line) || !endsSentence(current())) list.add(line);
    else break;
    i++;
  }
  list.close();
  return { items: list.items, end: i };
}

/**
 * Paragraphs after a lead-in that repeats a list already found, where each recommendation is followed by
 * the committee's answer: every paragraph is a candidate, and the caller keeps only those that match a
 * known recommendation. A line starting with a space and a capital after a full stop also starts one.
 * Stops at a Markdown heading, another lead-in or after `maxLines` lines.
 */
export function candidateParagraphs(lines: readonly string[], start: number, maxLines: number): ListScan {
  const list = new ItemCollector();
  let i = start;
  const stop = Math.min(lines.length, start + maxLines);
  for (; i < stop; i++) {
    const line = lines[i];
    if (isBlankLine(line)) {
      const j = nextNonBlank(lines, i);
      // A paragraph goes on across a page break only into a lowercase continuation.
      if (!(list.current && j < lines.length && startsLowercase(lines[j]) && !endsSentence(list.current.lines))) list.close();
      i = j - 1; // a run of blank lines is passed over once
      continue;
    }
    if (/^ *#/.test(line) || isLeadIn(lines, i)) break;
    const bullet = bulletOf(line);
    if (list.current && ((indentedCapital(line) && endsSentence(list.current.lines)) || bullet !== undefined)) list.close();
    if (list.current) list.add(line);
    else list.begin(bullet ? bullet.rest : line, i);
  }
  list.close();
  return { items: list.items, end: Math.max(i, start + 1) };
}
