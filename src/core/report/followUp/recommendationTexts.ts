/* The recommendation texts of one granskning's blocks: which paragraph of a block is the recommendation,
   numbered paragraphs for a block with several numbers, and bullet runs for unnumbered blocks. */
import { joinReportText, normalizeSpaces } from '../joinReportText';
import type { FollowUpCounts } from '../FollowUpReport';
import type { Block, Item } from './lineKinds';
import { endsSentence, startsLowercase } from './text';
import { RECOMMENDATION_VERBS } from './vocabulary';
import { total } from './assignVerdicts';

export interface DraftRecommendation {
  nr: number;
  text: string;
  line: number;
}

/** The paragraphs of a block before its first column label: observation, recommendation, maybe the answer. */
export function paragraphsBeforeLabel(items: readonly Item[]): string[][] {
  const paragraphs: string[][] = [];
  let paragraph: string[] | null = null;
  let blank = false;
  for (const item of items) {
    if (item.kind === 'label') break;
    if (item.kind === 'break') {
      paragraph = null;
      blank = false;
      continue;
    }
    if (item.kind === 'blank') {
      blank = true;
      continue;
    }
    if (paragraph === null || startsParagraph(paragraph[paragraph.length - 1], item.text, blank)) {
      paragraph = [item.text];
      paragraphs.push(paragraph);
    } else {
      paragraph.push(item.text);
    }
    blank = false;
  }
  return paragraphs;
}

export function startsParagraph(previous: string, line: string, blankBetween: boolean): boolean {
  if (line.startsWith('•')) return true;
  const previousEnds = endsSentence(previous);
  if (blankBetween) return previousEnds || !startsLowercase(line);
  return previousEnds && /^\d{1,2}\.\s/.test(line);
}

/** The recommendations of one granskning, by number. */
export function recommendationsOfGroup(blocks: readonly Block[], counts: FollowUpCounts | undefined): DraftRecommendation[] {
  const drafts: DraftRecommendation[] = [];
  const seen = new Set<number>();
  const push = (nr: number, text: string, line: number): void => {
    if (seen.has(nr)) return;
    seen.add(nr);
    drafts.push({ nr, text, line });
  };
  let maxNr = 0;
  const bulletBlocks: { block: Block; paragraphs: string[] }[] = [];

  for (const block of blocks) {
    const paragraphs = paragraphsBeforeLabel(block.items).map(joinReportText);
    if (block.bullets) {
      bulletBlocks.push({ block, paragraphs });
      continue;
    }
    const numbers = block.numbers ?? [maxNr + 1];
    if (numbers.length === 1) {
      push(numbers[0], cleanRecommendation(pickRecommendation(paragraphs)), block.headerLine);
    } else {
      const fallback = cleanRecommendation(pickRecommendation(paragraphs));
      for (const n of numbers) {
        const numbered = numberedParagraph(paragraphs, n);
        push(n, numbered === undefined ? fallback : cleanRecommendation(numbered), block.headerLine);
      }
    }
    for (const n of numbers) maxNr = Math.max(maxNr, n);
  }

  for (const { block, paragraphs } of bulletBlocks) {
    const run = firstBulletRun(paragraphs);
    let take: number;
    const expected = counts ? total(counts) - drafts.length : 0;
    if (expected > 0 && expected <= run.length && bulletBlocks.length === 1) take = expected;
    else {
      take = 0;
      while (take < run.length && startsWithRecommendationVerb(run[take])) take++;
      if (take === 0) take = run.length;
    }
    if (take === 0) {
      push(maxNr + 1, cleanRecommendation(pickRecommendation(paragraphs)), block.headerLine);
      maxNr++;
      continue;
    }
    for (let k = 0; k < take; k++) {
      maxNr++;
      push(maxNr, cleanRecommendation(run[k]), block.headerLine);
    }
  }

  return drafts.sort((a, b) => a.nr - b.nr);
}

/**
 * The recommendation among a single-number block's paragraphs: after the observation, the first that opens
 * with a recommendation verb; else the second paragraph (the observation is one paragraph as a rule).
 */
export function pickRecommendation(paragraphs: readonly string[]): string {
  if (paragraphs.length === 0) return '';
  if (paragraphs.length === 1) return paragraphs[0];
  for (let k = 1; k < paragraphs.length; k++) if (startsWithRecommendationVerb(paragraphs[k])) return paragraphs[k];
  return paragraphs[1];
}

/** The first paragraph that starts "n. ", without the number. */
export function numberedParagraph(paragraphs: readonly string[], n: number): string | undefined {
  const prefix = `${n}.`;
  for (const paragraph of paragraphs) {
    if (paragraph.startsWith(prefix) && /^\s/.test(paragraph.slice(prefix.length))) return paragraph.slice(prefix.length);
  }
  return undefined;
}

export function firstBulletRun(paragraphs: readonly string[]): string[] {
  const run: string[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.startsWith('•')) run.push(paragraph);
    else if (run.length > 0) break;
  }
  return run;
}

export function startsWithRecommendationVerb(paragraph: string): boolean {
  const text = stripItemMark(paragraph);
  let end = 0;
  while (end < text.length && end < 30 && /\p{L}/u.test(text.charAt(end))) end++;
  return RECOMMENDATION_VERBS.has(text.slice(0, end).toLowerCase());
}

/** Without a leading bullet or "3. ". */
export function stripItemMark(text: string): string {
  let t = text.trim();
  if (t.startsWith('•')) t = t.slice(1).trim();
  const m = /^\d{1,2}\.\s/.exec(t);
  if (m) t = t.slice(m[0].length).trim();
  return t;
}

export function cleanRecommendation(text: string): string {
  return normalizeSpaces(stripItemMark(text));
}
