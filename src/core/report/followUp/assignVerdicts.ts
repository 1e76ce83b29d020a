/* The verdict of each recommendation, where the report makes it certain, from the counts per granskning and
   the "Bedömning" paragraph. Reasons for the rest come from the message catalogue. */
import { makeIssue } from '../../issues/makeIssue';
import type { FollowUpStatus } from '../../status/FollowUpStatus';
import type { FollowUpCounts } from '../FollowUpReport';
import type { DraftRecommendation } from './recommendationTexts';
import { NUMBER_WORDS, ORDINALS } from './vocabulary';

export function total(counts: FollowUpCounts): number {
  return counts['Åtgärdad'] + counts['Delvis åtgärdad'] + counts['Ej åtgärdad'];
}

/**
 * Counts from the "Bedömning" paragraph when there is no summary table: "Sammantaget bedömer vi att sex av
 * revisionens sju rekommendationer har beaktats och åtgärdats fullt ut, och en rekommendation har delvis åtgärdats."
 */
export function countsFromAssessment(assessment: string): FollowUpCounts | undefined {
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
    Åtgärdad: done,
    'Delvis åtgärdad': partly ? rest : 0,
    'Ej åtgärdad': partly ? 0 : rest,
  };
}

export function numberWord(word: string): number | undefined {
  if (/^\d{1,3}$/.test(word)) return Number(word);
  return NUMBER_WORDS.get(word);
}

export interface Verdicts {
  byNr: Map<number, FollowUpStatus>;
  /** Why the others have none. */
  reason: string;
}

/**
 * The verdict per recommendation where the report makes it certain: every recommendation done, or all done
 * but one that the "Bedömning" points out ("den femte rekommendationen", "Utifrån rekommendationen att …").
 */
export function assignVerdicts(drafts: readonly DraftRecommendation[], counts: FollowUpCounts | undefined, assessment: string): Verdicts {
  const byNr = new Map<number, FollowUpStatus>();
  if (!counts) return { byNr, reason: makeIssue('followUpNoAssessment', {}).message };
  const sum = total(counts);
  if (sum !== drafts.length) {
    return { byNr, reason: makeIssue('followUpCountMismatch', { stated: sum, found: drafts.length }).message };
  }
  const countsOnly = makeIssue('followUpCountsOnly', { counts }).message;
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

/** The number of the recommendation the assessment singles out, if it does so clearly. */
export function pointedOutRecommendation(drafts: readonly DraftRecommendation[], assessment: string): number | undefined {
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
export function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.split(/[^\p{L}]+/u)) if (word.length >= 4) out.add(word.slice(0, 6));
  return out;
}
