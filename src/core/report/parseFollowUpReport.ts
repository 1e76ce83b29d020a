/*
 * Reads an auditor's follow-up report ("Uppföljande granskning", EY layout), pasted as text from the PDF:
 * the followed-up granskningar, their recommendations and, where the report tells per recommendation, the
 * verdict of this round.
 *
 * The PDF is a table per page with the columns "Iakttagelser", "Rekommendation N", "Nämndens svar 20xx"
 * and "Uppföljning 20xx". Extracted as text the column labels become lines ("Iakttagelser Rekommendation 3 & 4"),
 * usually first on the page, sometimes last and run together ("Nämndens svar 2023Rekommendation 2Iakttagelser").
 * A line that starts with a single space starts a new page. Each granskning ends with a "Bedömning" paragraph.
 *
 * Linear: every line is classified once with short anchored regexes or plain string tests; nothing backtracks.
 */
import type { FollowUpStatus } from '../status/FollowUpStatus';
import type {
  FollowUpCounts,
  FollowUpGranskning,
  FollowUpRecommendation,
  FollowUpReport,
  UnassignedVerdict,
} from './FollowUpReport';

/** The longest range a header like "Rekommendation 1-3" may span; more is not a header. */
const MAX_RANGE = 40;
/** The highest plausible recommendation number. */
const MAX_NR = 200;
/** Longest line that can be a column label run together with a header. */
const MAX_LABEL_LINE = 100;

/** The infinitives a recommendation usually opens with ("Fastställa konkreta och relevanta åtgärder …"). */
const RECOMMENDATION_VERBS = new Set([
  'agera', 'analysera', 'anta', 'arbeta', 'beakta', 'bedöma', 'begränsa', 'besluta', 'bevaka', 'definiera',
  'dokumentera', 'efterfråga', 'etablera', 'fastställa', 'formalisera', 'fortsätta', 'följa', 'förbättra',
  'förstärka', 'förtydliga', 'fullfölja', 'genomföra', 'granska', 'hantera', 'identifiera', 'implementera',
  'informera', 'initiera', 'integrera', 'inventera', 'införa', 'kartlägga', 'klargöra', 'komplettera',
  'konkretisera', 'minska', 'ombesörja', 'precisera', 'prioritera', 'påskynda', 'rapportera', 'revidera',
  'samordna', 'se', 'skapa', 'slutföra', 'stärka', 'systematisera', 'säkerställa', 'säkra', 'ta', 'tillförsäkra',
  'tillse', 'tillämpa', 'tillsätta', 'tydliggöra', 'undersöka', 'uppdatera', 'uppdra', 'upprätta', 'upprätthålla',
  'utforma', 'utreda', 'utvärdera', 'utveckla', 'verka', 'verkställa', 'vidta', 'vidtaga', 'öka', 'överväga',
]);

/** Words after a line-end hyphen that mean a shortened compound ("Kultur- och fritidsnämnden"): keep it. */
const COMPOUND_JOINERS = new Set(['och', 'eller', 'samt', 'respektive']);

const NUMBER_WORDS = new Map<string, number>([
  ['en', 1], ['ett', 1], ['två', 2], ['tre', 3], ['fyra', 4], ['fem', 5], ['sex', 6], ['sju', 7], ['åtta', 8],
  ['nio', 9], ['tio', 10], ['elva', 11], ['tolv', 12], ['tretton', 13], ['fjorton', 14], ['femton', 15],
  ['sexton', 16], ['sjutton', 17], ['arton', 18], ['nitton', 19], ['tjugo', 20],
]);

const ORDINALS = [
  'första', 'andra', 'tredje', 'fjärde', 'femte', 'sjätte', 'sjunde', 'åttonde', 'nionde', 'tionde', 'elfte',
  'tolfte', 'trettonde', 'fjortonde', 'femtonde',
];

type Item =
  | { kind: 'text'; text: string }
  | { kind: 'blank' }
  /** A column label ("Nämndens svar 2022", "Uppföljning 2024"): the recommendation comes before it. */
  | { kind: 'label'; followUp: boolean }
  /** A section heading or page footer: ends a paragraph. */
  | { kind: 'break' };

interface Block {
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

interface Header {
  numbers: number[] | null;
  bullets: boolean;
}

interface TableRow {
  title: string;
  year: number;
  counts: FollowUpCounts;
}

interface DraftRecommendation {
  nr: number;
  text: string;
  line: number;
}

/**
 * Parses a follow-up report.
 *
 * @param text - The report as text (pasted from the PDF).
 * @returns The report, or undefined when the text has no "Iakttagelser … Rekommendation N" block headers.
 * @example
 * parseFollowUpReport('Vi rekommenderar kommunstyrelsen att:\n- Göra X.') //=> undefined
 */
export function parseFollowUpReport(text: string): FollowUpReport | undefined {
  if (typeof text !== 'string' || text.indexOf('Rekommendation') < 0) return undefined;
  const raw = text.split(/\r\n|\r|\n/);
  const trimmed = raw.map((line) => line.trim());

  const scan = scanBlocks(raw, trimmed);
  if (scan.blocks.length === 0) return undefined;

  const table = parseSummaryTable(trimmed);
  const listTitles = parseTitleList(trimmed);

  const groupCount = scan.blocks.length === 0 ? 0 : scan.blocks[scan.blocks.length - 1].group + 1;
  const granskningCount = Math.max(groupCount, table.length, listTitles.length);
  const blocksByGroup: Block[][] = [];
  for (let g = 0; g < granskningCount; g++) blocksByGroup.push([]);
  for (const block of scan.blocks) blocksByGroup[block.group].push(block);

  const granskningar: FollowUpGranskning[] = [];
  const recommendations: FollowUpRecommendation[] = [];
  const unassigned: UnassignedVerdict[] = [];

  for (let g = 0; g < granskningCount; g++) {
    const nr = g + 1;
    const row = table[g] as TableRow | undefined;
    const assessment = joinLines(scan.assessments[g] ?? []);
    const verdictCounts = row?.counts ?? countsFromAssessment(assessment);
    const drafts = recommendationsOfGroup(blocksByGroup[g], verdictCounts);

    const granskning: FollowUpGranskning = {
      nr,
      title: row?.title || listTitles[g] || `Granskning ${nr}`,
      recommendationCount: drafts.length,
    };
    if (row) {
      granskning.year = row.year;
      granskning.counts = row.counts;
    }
    granskningar.push(granskning);

    const verdicts = assignVerdicts(drafts, verdictCounts, assessment);
    for (const draft of drafts) {
      const recommendation: FollowUpRecommendation = { granskning: nr, nr: draft.nr, text: draft.text, line: draft.line };
      const verdict = verdicts.byNr.get(draft.nr);
      if (verdict) recommendation.verdict = verdict;
      else unassigned.push({ granskning: nr, nr: draft.nr, reason: verdicts.reason });
      recommendations.push(recommendation);
    }
  }

  if (recommendations.length === 0) return undefined;
  return { round: scan.round, granskningar, recommendations, unassigned };
}

// ---------------------------------------------------------------------------------------------------------
// Blocks: one pass over the lines.

interface Scan {
  blocks: Block[];
  /** The lines of each granskning's "Bedömning" paragraph, by group. */
  assessments: string[][];
  round: string;
}

function scanBlocks(raw: readonly string[], trimmed: readonly string[]): Scan {
  const blocks: Block[] = [];
  const assessments: string[][] = [];
  let round = '';

  let group = 0;
  let groupHasBlocks = false;
  let groupMaxNr = 0;
  let current: Block | null = null;
  // A page that started inside a block's run without a header: it continues that block unless a header
  // at its end ("Nämndens svar 2023Rekommendation 2Iakttagelser") says it is the next recommendation.
  let pending: Item[] | null = null;
  // Lines outside any block since the last page start (a block whose header comes last may start there).
  let outside: Item[] = [];
  let mode: 'outside' | 'block' | 'assessment' = 'outside';
  let skipHeaderTail = false;

  const newGroup = (): void => {
    group++;
    groupHasBlocks = false;
    groupMaxNr = 0;
  };
  const flushPending = (): void => {
    if (pending && current) {
      current.items.push({ kind: 'break' });
      for (const item of pending) current.items.push(item);
    }
    pending = null;
  };
  const addBlock = (numbers: number[] | null, bullets: boolean, headerLine: number, items: Item[]): Block => {
    if (numbers && numbers.length > 0 && groupHasBlocks && numbers.some((n) => n <= groupMaxNr)) newGroup();
    const block: Block = { numbers, bullets, headerLine, items, group, split: false };
    blocks.push(block);
    groupHasBlocks = true;
    if (numbers) for (const n of numbers) groupMaxNr = Math.max(groupMaxNr, n);
    current = block;
    mode = 'block';
    return block;
  };
  // Read through functions: the closures above change these, which TypeScript's narrowing does not see.
  const inBlock = (): boolean => mode === 'block';
  const currentBlock = (): Block | null => current;
  const pendingItems = (): Item[] | null => pending;
  const target = (): Item[] => pending ?? (mode === 'block' && current ? current.items : outside);

  for (let i = 0; i < raw.length; i++) {
    const line = trimmed[i];
    const lineNo = i + 1;

    if (mode === 'assessment') {
      if (line === '' || !endsAssessment(raw[i], line)) {
        if (line !== '') assessments[group].push(line);
        continue;
      }
      // The paragraph has ended: the next granskning starts.
      if (groupHasBlocks) newGroup();
      mode = 'outside';
      outside = [];
    }

    if (line === '') {
      target().push({ kind: 'blank' });
      continue;
    }

    if (line === 'Bedömning') {
      flushPending();
      current = null;
      while (assessments.length <= group) assessments.push([]);
      mode = 'assessment';
      continue;
    }

    const start = startHeader(line);
    if (start) {
      flushPending();
      addBlock(start.numbers, start.bullets, lineNo, []);
      skipHeaderTail = start.bullets;
      continue;
    }

    const trailer = trailerHeader(line);
    if (trailer) {
      const items = pendingItems();
      const block = currentBlock();
      if (inBlock() && items) {
        pending = null;
        addBlock(trailer, false, lineNo, items);
      } else if (inBlock() && block) {
        if (block.numbers === null) {
          block.numbers = trailer;
          block.headerLine = lineNo;
          for (const n of trailer) groupMaxNr = Math.max(groupMaxNr, n);
        } else if (!block.split && trailer.every((n) => n > groupMaxNr)) {
          // No page marks (text copied from a PDF viewer): the next recommendation's page starts after the
          // current block's "Uppföljning 20xx" column label and its text.
          const at = splitPoint(block.items);
          if (at > 0) addBlock(trailer, false, lineNo, block.items.splice(at)).split = true;
        }
      } else {
        const before = outside;
        outside = [];
        addBlock(trailer, false, lineNo, before);
      }
      continue;
    }

    if (skipHeaderTail) {
      skipHeaderTail = false;
      // "Iakttagelser Rekommendationer till" + "samtliga nämnder": the header's second line.
      if (startsLowercase(line) && line.length <= 40) continue;
    }

    if (isUppfoljningLabel(line)) {
      if (round === '') round = line.slice(line.length - 4);
      target().push({ kind: 'label', followUp: true });
      continue;
    }
    if (isSvarLabel(line) || isSvarLabelPrefix(line, nextNonBlank(trimmed, i))) {
      target().push({ kind: 'label', followUp: false });
      continue;
    }
    if (isGranskningHeading(line)) {
      // A new granskning even if the previous one had no "Bedömning".
      flushPending();
      if (inBlock() && groupHasBlocks) newGroup();
      current = null;
      mode = 'outside';
      outside = [];
      continue;
    }
    if (isSectionHeading(line) || isPageFooter(line)) {
      target().push({ kind: 'break' });
      continue;
    }

    if (isPageStart(raw[i])) {
      if (inBlock() && currentBlock()) {
        flushPending();
        pending = [{ kind: 'text', text: line }];
      } else {
        outside = [{ kind: 'text', text: line }];
      }
      continue;
    }

    target().push({ kind: 'text', text: line });
  }
  flushPending();

  while (assessments.length <= group) assessments.push([]);
  return { blocks, assessments, round };
}

/**
 * Where a block holding two recommendations' pages splits, when the page marks are missing: right after its
 * first "Uppföljning 20xx" label, if that label closes the follow-up text (the text came between the
 * "Nämndens svar" label and it). When the follow-up text comes after the label, where it ends is not
 * knowable: 0, no split.
 */
function splitPoint(items: readonly Item[]): number {
  const label = items.findIndex((item) => item.kind === 'label' && item.followUp);
  if (label < 0) return 0;
  let j = label - 1;
  while (j >= 0 && items[j].kind === 'blank') j--;
  if (j < 0 || items[j].kind !== 'text') return 0;
  let k = label + 1;
  while (k < items.length && items[k].kind !== 'text') k++;
  return k < items.length ? k : 0;
}

/** "Iakttagelser Rekommendation 1", "Iakttagelser Rekommendation 3 & 4", "Iakttagelser Rekommendationer till", "Iakttagelser". */
function startHeader(line: string): Header | null {
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
function trailerHeader(line: string): number[] | null {
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
function parseNumberList(text: string): { numbers: number[]; rest: string } {
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

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

function isUppfoljningLabel(line: string): boolean {
  return /^Uppföljning\s+\d{4}$/.test(line);
}

/** "Nämndens svar 2022", "Styrelsens och nämndernas svar 2023", "svar 2023". */
function isSvarLabel(line: string): boolean {
  const tokens = line.split(/\s+/);
  const n = tokens.length;
  if (n < 2 || n > 6) return false;
  if (tokens[n - 2].toLowerCase() !== 'svar' || !/^\d{4}$/.test(tokens[n - 1])) return false;
  for (let k = 0; k < n - 2; k++) if (!/^\p{L}+$/u.test(tokens[k])) return false;
  return true;
}

/** "Styrelsens och nämndernas" when the next line is "svar 2023". */
function isSvarLabelPrefix(line: string, next: string): boolean {
  const tokens = line.split(/\s+/);
  if (tokens.length > 4 || !tokens[0].endsWith('s') || !startsUppercase(tokens[0])) return false;
  for (const token of tokens) if (!/^\p{L}+$/u.test(token)) return false;
  const nextTokens = next.split(/\s+/);
  return nextTokens.length === 2 && isSvarLabel(next);
}

function nextNonBlank(trimmed: readonly string[], i: number): string {
  // Only the next two lines: a label's second line follows directly or after one blank.
  for (let j = i + 1; j < trimmed.length && j <= i + 2; j++) if (trimmed[j] !== '') return trimmed[j];
  return '';
}

/** "1. Granskning av …" */
function isGranskningHeading(line: string): boolean {
  return /^\d{1,2}\.\s+Granskning/.test(line);
}

/** "1.1 Nämndens vidtagna åtgärder" */
function isSectionHeading(line: string): boolean {
  return /^\d{1,2}\.\d{1,2}\s+\p{Lu}/u.test(line);
}

/** "Uppföljande granskning: Haninge kommunPage 46" */
function isPageFooter(line: string): boolean {
  return line.length <= 120 && /Page\s*\d{1,4}$/.test(line);
}

/** pdftotext starts each page's first line with one space (or a form feed). */
function isPageStart(rawLine: string): boolean {
  const first = rawLine.charAt(0);
  return rawLine.length >= 2 && (first === ' ' || first === '\f') && rawLine.charAt(1).trim() !== '';
}

function endsAssessment(rawLine: string, line: string): boolean {
  return (
    line === 'Bedömning' ||
    isPageStart(rawLine) ||
    isSectionHeading(line) ||
    isGranskningHeading(line) ||
    startHeader(line) !== null ||
    trailerHeader(line) !== null
  );
}

// ---------------------------------------------------------------------------------------------------------
// Paragraphs and recommendation texts.

/** The paragraphs of a block before its first column label: observation, recommendation, maybe the answer. */
function paragraphsBeforeLabel(items: readonly Item[]): string[][] {
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

function startsParagraph(previous: string, line: string, blankBetween: boolean): boolean {
  if (line.startsWith('•')) return true;
  const previousEnds = endsSentence(previous);
  if (blankBetween) return previousEnds || !startsLowercase(line);
  return previousEnds && /^\d{1,2}\.\s/.test(line);
}

function endsSentence(line: string): boolean {
  let k = line.length - 1;
  while (k >= 0 && '”"’)'.includes(line.charAt(k))) k--;
  return k >= 0 && '.!?:;'.includes(line.charAt(k));
}

function startsLowercase(text: string): boolean {
  const ch = text.charAt(0);
  return ch !== '' && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function startsUppercase(text: string): boolean {
  const ch = text.charAt(0);
  return ch !== '' && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** The recommendations of one granskning, by number. */
function recommendationsOfGroup(blocks: readonly Block[], counts: FollowUpCounts | undefined): DraftRecommendation[] {
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
    const paragraphs = paragraphsBeforeLabel(block.items).map(joinLines);
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
function pickRecommendation(paragraphs: readonly string[]): string {
  if (paragraphs.length === 0) return '';
  if (paragraphs.length === 1) return paragraphs[0];
  for (let k = 1; k < paragraphs.length; k++) if (startsWithRecommendationVerb(paragraphs[k])) return paragraphs[k];
  return paragraphs[1];
}

/** The first paragraph that starts "n. ", without the number. */
function numberedParagraph(paragraphs: readonly string[], n: number): string | undefined {
  const prefix = `${n}.`;
  for (const paragraph of paragraphs) {
    if (paragraph.startsWith(prefix) && /^\s/.test(paragraph.slice(prefix.length))) return paragraph.slice(prefix.length);
  }
  return undefined;
}

function firstBulletRun(paragraphs: readonly string[]): string[] {
  const run: string[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.startsWith('•')) run.push(paragraph);
    else if (run.length > 0) break;
  }
  return run;
}

function startsWithRecommendationVerb(paragraph: string): boolean {
  const text = stripItemMark(paragraph);
  let end = 0;
  while (end < text.length && end < 30 && /\p{L}/u.test(text.charAt(end))) end++;
  return RECOMMENDATION_VERBS.has(text.slice(0, end).toLowerCase());
}

/** Without a leading bullet or "3. ". */
function stripItemMark(text: string): string {
  let t = text.trim();
  if (t.startsWith('•')) t = t.slice(1).trim();
  const m = /^\d{1,2}\.\s/.exec(t);
  if (m) t = t.slice(m[0].length).trim();
  return t;
}

function cleanRecommendation(text: string): string {
  return normalizeSpaces(stripItemMark(text));
}

/** Joins a paragraph's lines: hyphenation at line ends undone, whitespace normalised. Linear in the text. */
function joinLines(lines: readonly string[]): string {
  const parts: string[] = [];
  let previous = '';
  for (const rawLine of lines) {
    const line = rawLine.trim();
    if (line === '') continue;
    if (parts.length === 0) {
      parts.push(line);
    } else {
      const join = joinKind(previous, line);
      if (join === 'dropHyphen') parts[parts.length - 1] = previous.slice(0, -1);
      parts.push(join === 'space' ? ` ${line}` : line);
    }
    previous = line;
  }
  return normalizeSpaces(parts.join(''));
}

/** How a line joins the one before it (only the end of that line and the start of this one matter). */
function joinKind(before: string, after: string): 'space' | 'direct' | 'dropHyphen' {
  if (!before.endsWith('-') || before.length < 2) return 'space';
  const previous = before.charAt(before.length - 2);
  const first = after.charAt(0);
  if (isDigit(previous) && isDigit(first)) return 'direct'; // "2024-" + "10-21"
  if (!/\p{L}/u.test(previous)) return 'space';
  let wordEnd = 0;
  while (wordEnd < after.length && wordEnd < 20 && /\p{L}/u.test(after.charAt(wordEnd))) wordEnd++;
  if (COMPOUND_JOINERS.has(after.slice(0, wordEnd))) return 'space'; // "Kultur-" + "och fritid"
  if (!startsLowercase(after)) return 'direct'; // "IT-" + "Avdelningen": a real hyphen
  // After a capital the hyphen belongs to the word ("FUT-" + "handläggaren").
  if (previous === previous.toUpperCase() && previous !== previous.toLowerCase()) return 'direct';
  return 'dropHyphen'; // "nytto-" + "kalkyl"
}

function normalizeSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------------------
// The summary table and the list of granskningar.

/**
 * The summary table: "Granskningar Åtgärdad Delvis åtgärdad Ej åtgärdad", then rows such as
 * "Granskning av hantering och utbetalning av \nförsörjningsstöd (2022) 6 1 -", up to "Totalt:".
 */
function parseSummaryTable(trimmed: readonly string[]): TableRow[] {
  const header = trimmed.findIndex((line) => line.startsWith('Granskningar') && line.includes('Åtgärdad'));
  if (header < 0) return [];
  const rows: TableRow[] = [];
  let pending: string[] = [];
  for (let i = header + 1; i < trimmed.length && i <= header + 200; i++) {
    const line = trimmed[i];
    if (line === '') {
      pending = [];
      continue;
    }
    if (line.startsWith('Totalt') || startHeader(line) !== null) break;
    const tokens = line.split(/\s+/);
    const n = tokens.length;
    const yearToken = n >= 4 ? /^\((\d{4})\)$/.exec(tokens[n - 4]) : null;
    const countTokens = tokens.slice(Math.max(0, n - 3));
    if (!yearToken || !countTokens.every(isCountToken)) {
      pending.push(line);
      if (pending.length > 10) pending.shift();
      continue;
    }
    const title = normalizeSpaces([...pending, tokens.slice(0, n - 4).join(' ')].join(' '));
    rows.push({
      title,
      year: Number(yearToken[1]),
      counts: {
        'Åtgärdad': countOf(countTokens[0]),
        'Delvis åtgärdad': countOf(countTokens[1]),
        'Ej åtgärdad': countOf(countTokens[2]),
      },
    });
    pending = [];
  }
  return rows;
}

function isCountToken(token: string): boolean {
  return /^(\d{1,3}|[-–—])$/.test(token);
}

function countOf(token: string): number {
  return isDigit(token.charAt(0)) ? Number(token) : 0;
}

/** The numbered list "1. Granskning av hantering och utbetalning av \nförsörjningsstöd", "2. …". */
function parseTitleList(trimmed: readonly string[]): string[] {
  const titles: string[] = [];
  for (let i = 0; i < trimmed.length; i++) {
    const m = /^(\d{1,2})\.\s+(\S.*)$/.exec(trimmed[i]);
    if (!m || Number(m[1]) !== titles.length + 1 || !m[2].startsWith('Granskning')) continue;
    const parts = [m[2]];
    let j = i + 1;
    while (j < trimmed.length && j <= i + 5 && trimmed[j] !== '' && startsLowercase(trimmed[j])) parts.push(trimmed[j++]);
    titles.push(joinLines(parts));
    i = j - 1;
  }
  return titles;
}

// ---------------------------------------------------------------------------------------------------------
// Verdicts.

function total(counts: FollowUpCounts): number {
  return counts['Åtgärdad'] + counts['Delvis åtgärdad'] + counts['Ej åtgärdad'];
}

/**
 * Counts from the "Bedömning" paragraph when there is no summary table: "Sammantaget bedömer vi att sex av
 * revisionens sju rekommendationer har beaktats och åtgärdats fullt ut, och en rekommendation har delvis åtgärdats."
 */
function countsFromAssessment(assessment: string): FollowUpCounts | undefined {
  const lower = assessment.toLowerCase();
  const at = lower.indexOf('bedömer vi att ');
  if (at < 0) return undefined;
  const words = lower.slice(at + 'bedömer vi att '.length, at + 400).split(/[\s,.]+/);
  const revision = words.indexOf('revisionens');
  if (revision < 0 || revision + 1 >= words.length) return undefined;
  const all = numberWord(words[revision + 1]);
  if (all === undefined) return undefined;
  const done = words[0] === 'samtliga' ? all : numberWord(words[0]);
  if (done === undefined || done > all) return undefined;
  const rest = all - done;
  const partly = words.includes('delvis');
  return {
    'Åtgärdad': done,
    'Delvis åtgärdad': partly ? rest : 0,
    'Ej åtgärdad': partly ? 0 : rest,
  };
}

function numberWord(word: string): number | undefined {
  if (/^\d{1,3}$/.test(word)) return Number(word);
  return NUMBER_WORDS.get(word);
}

interface Verdicts {
  byNr: Map<number, FollowUpStatus>;
  /** Why the others have none. */
  reason: string;
}

/**
 * The verdict per recommendation where the report makes it certain: every recommendation done, or all done
 * but one that the "Bedömning" points out ("den femte rekommendationen", "Utifrån rekommendationen att …").
 */
function assignVerdicts(drafts: readonly DraftRecommendation[], counts: FollowUpCounts | undefined, assessment: string): Verdicts {
  const byNr = new Map<number, FollowUpStatus>();
  if (!counts) return { byNr, reason: 'Rapporten anger ingen bedömning för granskningen som går att läsa ut.' };
  const sum = total(counts);
  if (sum !== drafts.length) {
    return {
      byNr,
      reason:
        `Rapporten anger bedömningar för ${sum} rekommendationer i granskningen men ${drafts.length} hittades i texten, ` +
        'så bedömningarna kan inte fördelas säkert.',
    };
  }
  const countsOnly = `Rapporten anger bara antalet per bedömning (${describeCounts(counts)}) för granskningen, inte vilken rekommendation som har vilken bedömning.`;
  const notDone = counts['Delvis åtgärdad'] + counts['Ej åtgärdad'];
  if (notDone === 0) {
    for (const draft of drafts) byNr.set(draft.nr, 'Åtgärdad');
    return { byNr, reason: '' };
  }
  if (notDone !== 1) return { byNr, reason: countsOnly };
  const odd = pointedOutRecommendation(drafts, assessment);
  if (odd === undefined) return { byNr, reason: countsOnly };
  const oddVerdict: FollowUpStatus = counts['Delvis åtgärdad'] === 1 ? 'Delvis åtgärdad' : 'Ej åtgärdad';
  for (const draft of drafts) byNr.set(draft.nr, draft.nr === odd ? oddVerdict : 'Åtgärdad');
  return { byNr, reason: '' };
}

function describeCounts(counts: FollowUpCounts): string {
  const parts: string[] = [];
  const done = counts['Åtgärdad'];
  const partly = counts['Delvis åtgärdad'];
  const not = counts['Ej åtgärdad'];
  if (done > 0) parts.push(`${done} ${done === 1 ? 'åtgärdad' : 'åtgärdade'}`);
  if (partly > 0) parts.push(`${partly} ${partly === 1 ? 'delvis åtgärdad' : 'delvis åtgärdade'}`);
  if (not > 0) parts.push(`${not} ej ${not === 1 ? 'åtgärdad' : 'åtgärdade'}`);
  return parts.join(', ');
}

/** The number of the recommendation the assessment singles out, if it does so clearly. */
function pointedOutRecommendation(drafts: readonly DraftRecommendation[], assessment: string): number | undefined {
  const numbers = new Set(drafts.map((d) => d.nr));
  const lower = assessment.toLowerCase();

  for (let k = 0; k < ORDINALS.length; k++) {
    if (lower.includes(`den ${ORDINALS[k]} rekommendationen`) && numbers.has(k + 1)) return k + 1;
  }
  const numbered = /rekommendation (\d{1,3})(?!\d)/.exec(lower);
  if (numbered && numbers.has(Number(numbered[1]))) return Number(numbered[1]);

  const at = lower.indexOf('rekommendationen att ');
  if (at < 0) return undefined;
  const start = at + 'rekommendationen att '.length;
  const stop = lower.indexOf('. ', start);
  const quote = lower.slice(start, stop < 0 ? Math.min(lower.length, start + 400) : Math.min(stop, start + 400));
  const quoteStems = stems(quote);
  let best: number | undefined;
  let bestScore = 0;
  let secondScore = 0;
  for (const draft of drafts) {
    const draftStems = stems(draft.text.toLowerCase());
    let score = 0;
    for (const stem of quoteStems) if (draftStems.has(stem)) score++;
    if (score > bestScore) {
      secondScore = bestScore;
      bestScore = score;
      best = draft.nr;
    } else if (score > secondScore) {
      secondScore = score;
    }
  }
  return bestScore >= 3 && bestScore > secondScore ? best : undefined;
}

/** Word stems (first six letters) of the words of four letters or more. */
function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.split(/[^\p{L}]+/u)) if (word.length >= 4) out.add(word.slice(0, 6));
  return out;
}
