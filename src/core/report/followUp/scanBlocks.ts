/*
 * The block scanner: one pass over the lines, as an explicit state machine.
 *
 *   state        line                                   next state   effect
 *   outside      "Iakttagelser Rekommendation N"        block        a new block (a number not above the
 *   block        "Iakttagelser Rekommendation N"        block        last one starts a new granskning)
 *   any          "… Rekommendation N" (a trailer)       block        names the open block, or starts one
 *                                                                    from the lines since the page start
 *   any          "Bedömning"                            assessment   the granskning's verdict paragraph
 *   assessment   a page start, heading or header        outside      (then read again as such)
 *   assessment   any other line                         assessment   kept as assessment text
 *   any          "1. Granskning av …"                   outside      a new granskning
 *   block        a page start                           block        held as pending until the page shows
 *                                                                    whether it is the next recommendation
 *
 * Every line is classified once; a block is split at most once, so each line moves at most once.
 */
import { scanWork } from '../reportLines';
import {
  endsAssessment,
  isGranskningHeading,
  isPageFooter,
  isPageStart,
  isSectionHeading,
  isSvarLabel,
  isSvarLabelPrefix,
  isUppfoljningLabel,
  nextNonBlank,
  startHeader,
  trailerHeader,
  type Block,
  type Item,
} from './lineKinds';
import { startsLowercase } from './text';

export interface Scan {
  blocks: Block[];
  /** The lines of each granskning's "Bedömning" paragraph, by group. */
  assessments: string[][];
  round: string;
}

export function scanBlocks(raw: readonly string[], trimmed: readonly string[]): Scan {
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
    if (numbers && numbers.length > 0 && groupHasBlocks && numbers.reduce((a, b) => Math.min(a, b)) <= groupMaxNr) newGroup();
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
    scanWork.steps++;
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
        } else if (!block.split && trailer.reduce((a, b) => Math.min(a, b), Infinity) > groupMaxNr) {
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
export function splitPoint(items: readonly Item[]): number {
  const label = items.findIndex((item) => item.kind === 'label' && item.followUp);
  if (label < 0) return 0;
  let j = label - 1;
  while (j >= 0 && items[j].kind === 'blank') j--;
  if (j < 0 || items[j].kind !== 'text') return 0;
  let k = label + 1;
  while (k < items.length && items[k].kind !== 'text') k++;
  return k < items.length ? k : 0;
}
