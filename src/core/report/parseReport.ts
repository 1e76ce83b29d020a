import type { Issue } from '../issues/Issue';
import { makeIssue } from '../issues/makeIssue';
import { addresseesIn, leadInAt, opensWithBody } from './leadIn';
import { bulletedItems, candidateParagraphs, listStart, unbulletedItems, type RawItem } from './listItems';
import { reportMetadata, type ReportMetadata } from './reportMetadata';
import { prepareLines } from './prepareLines';
import { headedImperatives, proseRecommendations } from './proseRecommendations';
import { reportBodies, resolveGeneric } from './reportBodies';
import { bulletOf, reportLines } from './reportLines';
import { textKey, wordSimilarity } from './textSimilarity';

/** A recommendation found in report text. */
export interface ReportRecommendation {
  /** 1-based, in the order the report first gives them. */
  nr: number;
  /**
   * As written in the lead-ins that list it: "Kommunstyrelsen", "Övriga nämnder". Empty when the report does
   * not say: the addressee is unknown and left for the user to choose (a reportNoAddressee issue says so).
   */
  addressees: string[];
  /**
   * Set when the text gives no addressee and these are the bodies the report is about: on its cover
   * ('omslag') or as what it examined ('granskat'); a reportAddresseeFromReport issue asks the user to check.
   */
  addresseesFrom?: 'omslag' | 'granskat';
  /** Whitespace normalised, line-break hyphenation removed. */
  text: string;
  /** 1-based line where it is first given. */
  line: number;
  /** How many times the report lists it (summary, chapter, letter …). */
  occurrences: number;
  /** Other wordings of the same recommendation elsewhere in the report. */
  variants: { text: string; line: number }[];
}

export interface ParsedReport {
  recommendations: ReportRecommendation[];
  metadata: ReportMetadata;
  /** Warnings for the preview: variants, missing addressees, nothing found. Line numbers are 1-based. */
  issues: Issue[];
}

/** A wording at least this similar (Dice over words) to a known recommendation is a variant of it. */
const VARIANT_SIMILARITY = 0.6;
/** Beyond this many known recommendations, only exact repeats are recognised (keeps parsing linear). */
const MAX_VARIANT_COMPARISONS = 300;
/** How far a repeated list interleaved with answers is followed. */
const MAX_REPEAT_LINES = 400;

/**
 * Finds the recommendations in pasted report text: the lists under lead-ins such as "rekommenderar vi
 * kommunstyrelsen att:", with or without bullet glyphs, across line and page breaks. A list repeated in
 * another chapter adds nothing new; a different wording of a known recommendation is reported as a
 * variant. Never throws; runs in time linear in the text.
 *
 * @param text - The report's text, as pasted from the PDF.
 * @returns The recommendations in report order, the granskning's metadata and warnings.
 * @example
 * parseReport('Vi rekommenderar kommunstyrelsen att:\n- Ta fram en plan.').recommendations[0].text //=> 'Ta fram en plan.'
 */
export function parseReport(text: string): ParsedReport {
  const pasted = reportLines(text);
  const { lines, origin } = prepareLines(pasted);
  const found: ReportRecommendation[] = [];
  const byKey = new Map<string, ReportRecommendation>();
  // found[k]'s text key, kept beside it so variant comparisons do not recompute it.
  const keys: string[] = [];
  const issues: Issue[] = [];

  const sameAs = (key: string, among: number): ReportRecommendation | undefined => {
    const exact = byKey.get(key);
    if (exact || among > MAX_VARIANT_COMPARISONS) return exact;
    let best: ReportRecommendation | undefined;
    let bestScore = VARIANT_SIMILARITY;
    for (let k = 0; k < among; k++) {
      const score = wordSimilarity(key, keys[k]);
      if (score >= bestScore) [best, bestScore] = [found[k], score];
    }
    return best;
  };

  const take = (items: RawItem[], leadInAddressees: readonly string[], known: number, onlyKnown: boolean, subjectItems: boolean) => {
    for (const raw of items) {
      const item = { text: raw.text, line: origin[raw.line] ?? raw.line };
      // "Kommunstyrelsen bör …": an item whose subject is a body is for that body; others for the lead-in's.
      const subject = subjectItems ? subjectOf(item.text) : [];
      const addressees = subject.length > 0 ? subject : leadInAddressees;
      const key = textKey(item.text);
      if (key === '') continue;
      const same = sameAs(key, known);
      if (same) {
        same.occurrences++;
        for (const a of addressees) if (!same.addressees.includes(a)) same.addressees.push(a);
        if (keys[same.nr - 1] !== key && !same.variants.some((v) => textKey(v.text) === key)) {
          same.variants.push({ text: item.text, line: item.line + 1 });
          issues.push(makeIssue('reportVariant', { nr: same.nr, line: item.line + 1, text: item.text }, { input: 'rapport', index: item.line }, 'warning'));
        }
      } else if (!onlyKnown) {
        const rec: ReportRecommendation = { nr: found.length + 1, addressees: [...addressees], text: item.text, line: item.line + 1, occurrences: 1, variants: [] };
        found.push(rec);
        keys.push(key);
        byKey.set(key, rec);
      }
    }
  };

  for (let i = 0; i < lines.length;) {
    const leadIn = leadInAt(lines, i);
    if (!leadIn) {
      i++;
      continue;
    }
    const start = listStart(lines, i);
    const known = found.length;
    let scan;
    if (start < lines.length && bulletOf(lines[start]) !== undefined) scan = bulletedItems(lines, start);
    else if (known > 0) scan = candidateParagraphs(lines, start, MAX_REPEAT_LINES);
    else scan = unbulletedItems(lines, start);
    take(scan.items, leadIn.addressees, known, scan.items.length > 0 && known > 0 && bulletOf(lines[start] ?? '') === undefined, leadIn.subjectItems);
    i = Math.max(scan.end, i + 1);
  }

  // No list: recommendations under a heading "Rekommendationer", or written as sentences. A report that
  // lists them restates them in prose elsewhere (its summary), so prose is read only where there is no list.
  if (found.length === 0) {
    for (const item of [...headedImperatives(lines), ...proseRecommendations(lines)]) {
      take([{ text: item.text, line: item.line }], item.addressees, found.length, false, false);
    }
  }

  // An item the text gives no addressee gets the bodies the report is about, said so; else none, said so.
  const about = reportBodies(pasted);
  for (const rec of found) {
    if (about) rec.addressees = rec.addressees.map((a) => resolveGeneric(a, about.bodies));
    if (rec.addressees.length === 0 && about) {
      rec.addressees = [...about.bodies];
      rec.addresseesFrom = about.from;
      issues.push(
        makeIssue(
          'reportAddresseeFromReport',
          { nr: rec.nr, line: rec.line, bodies: about.bodies.join(', '), from: about.from },
          { input: 'rapport', index: rec.line - 1 },
          'warning',
        ),
      );
    }
    if (rec.addressees.length === 0) issues.push(makeIssue('reportNoAddressee', { nr: rec.nr, line: rec.line }, { input: 'rapport', index: rec.line - 1 }, 'warning'));
  }
  if (found.length === 0) issues.push(makeIssue('reportNoRecommendations', {}, { input: 'rapport' }, 'warning'));
  return { recommendations: found, metadata: reportMetadata(pasted), issues };
}

const SUBJECT_VERB = /^(.{2,80}?) (?:bör|behöver|ska|skall|måste|rekommenderas|uppmanas) /;

/**
 * The bodies an item names as its subject: "Kommunstyrelsen och nämnderna bör …" → both. The subject opens
 * the item: in "Förtydliga vilka styrdokument som respektive bolag bör prioritera" the body after the verb
 * is inside a clause, and the item stays the lead-in's.
 */
function subjectOf(text: string): string[] {
  const m = SUBJECT_VERB.exec(text);
  if (!m || m[1].split(' ').length > 8) return [];
  const bodies = addresseesIn(`— ${m[1]}`);
  return bodies.length > 0 && opensWithBody(m[1], bodies) ? bodies : [];
}
