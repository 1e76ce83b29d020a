import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import { normalizeCellText } from '../cell/normalizeCellText';
import type { FollowUpReport, GranskningVerdict } from '../report/FollowUpReport';
import { textKey, wordSimilarity } from '../report/textSimilarity';
import type { FollowUpStatus } from '../status/FollowUpStatus';
import type { RegisterData, RegisterRow } from './RegisterData';
import { ambiguousIds, type AmbiguousId } from './ambiguousIds';
import { idKey } from './latestVerdicts';
import { recipientsOf } from './recipientsOf';

/** One recommendation of the report and the register rows it was matched to. */
export interface FollowUpMatch {
  granskning: number;
  nr: number;
  /** The register's recommendation ids (several when one recommendation was fanned out per nämnd). */
  ids: string[];
  /**
   * How it was matched: by its text, by its number when the text is too short to tell, or as one of the
   * recommendations of a granskning the report judges as a whole ('granskning').
   */
  by: 'text' | 'nummer' | 'granskning';
  verdict?: FollowUpStatus;
}

/** What inserting a follow-up report would do, said before anything is written. */
export interface FollowUpImportPlan {
  round: string;
  /** New Uppföljningar rows, keyed by column key. */
  insert: Record<string, CellValue>[];
  /** Blank rows of the same round (made by a new follow-up round) that get the verdict. */
  fill: { row: RegisterRow; values: Record<string, CellValue> }[];
  matches: FollowUpMatch[];
  /** Granskningar of the report the register does not have (by title and year). */
  unmatchedGranskningar: { nr: number; title: string; year?: number }[];
  /** Recommendations whose granskning matched but which match no row of it. */
  unmatchedRecommendations: { granskning: number; nr: number; text: string }[];
  /**
   * Verdicts the report suggests but does not state plainly, and a whole granskning's verdict for each of its
   * recommendations to the nämnder it names (`whole`, nr = the register's Nr): not inserted until the user
   * confirms them.
   */
  toConfirm: { granskning: number; nr: number; suggested: FollowUpStatus; comment: string; whole?: { text: string; recipients: string } }[];
  /** Recommendations that already have a verdict for this round: left as they are. */
  unchanged: number;
  /**
   * Ids of Granskningar or Rekommendationer that several rows share (also differing only in case or spaces):
   * when there are any, the plan inserts and fills nothing, since a verdict could land on the wrong row.
   */
  ambiguousIds: AmbiguousId[];
}

export interface FollowUpImportOptions {
  /** The round's name; otherwise the report's ("2024"). */
  round?: string;
  /** Verdicts the user confirmed or chose, keyed "granskning-nr" ("2-3"). */
  confirmed?: Readonly<Record<string, FollowUpStatus>>;
  /** The register's granskning id per report granskning nr, as the user picked it where nothing matched. */
  granskningIds?: Readonly<Record<number, string>>;
}

/** A title at least this similar (Dice over words, "Granskning av" left out) is the same granskning. */
const TITLE_SIMILARITY = 0.6;
/** A recommendation text at least this similar to a row's is that row's. */
const TEXT_SIMILARITY = 0.5;
/** Below this many words a report's text cannot be told apart by its words; the number decides. */
const SHORT_TEXT_WORDS = 3;

const titleKey = (title: string) => textKey(title).replace(/^(uppföljning av |fördjupad )?(granskning(en)? (av|om) )?/, '');

/**
 * Plans inserting a follow-up report's verdicts into the register: each granskning is matched to a row of
 * Granskningar (title and year), each recommendation to the rows of Rekommendationer under it (text
 * similarity, else number), and each verdict becomes one Uppföljning row in the round, with the report's
 * sentence as the comment. A round that already holds a verdict for a recommendation is left alone, so
 * importing the same report twice adds nothing; blank rows of the round are filled. A register whose ids are
 * not unique (ambiguousIds) gets an empty plan naming them. Nothing is changed here.
 *
 * @param register - The workbook's register.
 * @param report - From parseFollowUpReport.
 * @param options - The round and the user's confirmations.
 * @returns The plan.
 * @example
 * planFollowUpImport(register, report, { round: '2024' }).insert.length //=> 31
 */
export function planFollowUpImport(register: RegisterData, report: FollowUpReport, options: FollowUpImportOptions = {}): FollowUpImportPlan {
  const round = normalizeCellText(options.round ?? report.round).trim();
  const plan: FollowUpImportPlan = {
    round,
    insert: [],
    fill: [],
    matches: [],
    unmatchedGranskningar: [],
    unmatchedRecommendations: [],
    toConfirm: [],
    unchanged: 0,
    ambiguousIds: ambiguousIds(register),
  };
  if (plan.ambiguousIds.length > 0) return plan;
  const granskningRows = register.tables.Granskningar?.rows ?? [];
  const recommendationRows = register.tables.Rekommendationer?.rows ?? [];
  const roundKey = round.toLocaleLowerCase('sv');
  const inRound = new Map<string, RegisterRow>();
  for (const row of register.tables.Uppföljningar?.rows ?? []) {
    if (
      String(row.values.omgang ?? '')
        .trim()
        .toLocaleLowerCase('sv') === roundKey
    )
      inRound.set(idKey(row.values.rekommendationId), row);
  }

  const recsByGranskning = groupBy(report.recommendations, (r) => r.granskning);
  const rowsByGranskning = groupBy(recommendationRows, (r) => idKey(r.values.granskningId));
  for (const g of report.granskningar) {
    const id = options.granskningIds?.[g.nr] ?? matchGranskning(granskningRows, g.title, g.year);
    const recs = recsByGranskning.get(g.nr) ?? [];
    if (id === undefined) {
      plan.unmatchedGranskningar.push({ nr: g.nr, title: g.title, ...(g.year ? { year: g.year } : {}) });
      continue;
    }
    const rows = rowsByGranskning.get(idKey(id)) ?? [];
    if (g.verdict) {
      for (const c of wholeGranskningVerdict(g.nr, g.verdict, rows, register.lists.namnder ?? [])) {
        const verdict = options.confirmed?.[`${g.nr}-${c.nr}`];
        plan.matches.push({ granskning: g.nr, nr: c.nr, ids: c.ids, by: 'granskning', ...(verdict ? { verdict } : {}) });
        const { ids: _ids, ...suggestion } = c;
        if (verdict) addVerdict(c.ids, verdict, c.comment);
        else plan.toConfirm.push(suggestion);
      }
    }
    for (const rec of recs) {
      const found = matchRecommendation(rows, rec.nr, rec.text);
      if (!found) {
        plan.unmatchedRecommendations.push({ granskning: g.nr, nr: rec.nr, text: rec.text });
        continue;
      }
      const verdict = options.confirmed?.[`${g.nr}-${rec.nr}`] ?? rec.verdict;
      const ids = found.rows.map((r) => String(r.values.id).trim());
      plan.matches.push({ granskning: g.nr, nr: rec.nr, ids, by: found.by, ...(verdict ? { verdict } : {}) });
      if (!verdict) {
        if (rec.suggested) plan.toConfirm.push({ granskning: g.nr, nr: rec.nr, suggested: rec.suggested, comment: rec.comment ?? '' });
        continue;
      }
      addVerdict(ids, verdict, rec.comment);
    }
  }
  return plan;

  function addVerdict(ids: readonly string[], verdict: FollowUpStatus, sentence: string | undefined): void {
    const comment = sentence ? normalizeCellText(sentence) : null;
    for (const rekommendationId of ids) {
      const existing = inRound.get(idKey(rekommendationId));
      if (existing && isBlank(existing.values.bedomning)) {
        plan.fill.push({ row: existing, values: { bedomning: verdict, ...(isBlank(existing.values.kommentar) && comment ? { kommentar: comment } : {}) } });
      } else if (existing) {
        plan.unchanged++;
      } else {
        plan.insert.push({ rekommendationId, omgang: round, bedomning: verdict, kommentar: comment });
        inRound.set(idKey(rekommendationId), { values: {}, extra: {}, sheet: '', row: -1, columns: {} });
      }
    }
  }
}

/**
 * A whole granskning's verdict as one suggestion per recommendation (by its Nr) of the granskning whose
 * rows go to a nämnd the verdict names (all of them when it names none), each row's Id with it.
 */
function wholeGranskningVerdict(granskning: number, verdict: GranskningVerdict, rows: readonly RegisterRow[], namnder: readonly string[]) {
  const named = new Set(verdict.addressees.map(fold));
  const byNr = new Map<string, { granskning: number; nr: number; suggested: FollowUpStatus; comment: string; ids: string[]; whole: { text: string; recipients: string } }>();
  for (const row of rows) {
    if (isBlank(row.values.id)) continue;
    const recipients = recipientsOf(row.values.mottagare ?? null, namnder);
    if (named.size > 0 && !recipients.some((r) => named.has(fold(r)))) continue;
    const nr = String(row.values.nr ?? '').trim();
    const entry = byNr.get(nr);
    if (entry) {
      entry.ids.push(String(row.values.id).trim());
      entry.whole.recipients = `${entry.whole.recipients}, ${recipients.join(', ')}`;
    } else {
      byNr.set(nr, {
        granskning,
        nr: Number(nr) || byNr.size + 1,
        suggested: verdict.status,
        comment: verdict.sentence,
        ids: [String(row.values.id).trim()],
        whole: { text: String(row.values.rekommendation ?? ''), recipients: recipients.join(', ') },
      });
    }
  }
  return [...byNr.values()];
}

const fold = (s: string) => s.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function matchGranskning(rows: readonly RegisterRow[], title: string, year: number | undefined): string | undefined {
  const key = titleKey(title);
  let best: RegisterRow | undefined;
  let bestScore = TITLE_SIMILARITY;
  for (const row of rows) {
    if (isBlank(row.values.id)) continue;
    const rowYear = Number(row.values.ar);
    if (year !== undefined && Number.isInteger(rowYear) && rowYear > 0 && rowYear !== year) continue;
    const rowKey = titleKey(String(row.values.titel ?? ''));
    const score = rowKey === key ? 2 : wordSimilarity(key, rowKey);
    if (score >= bestScore) [best, bestScore] = [row, score];
  }
  return best ? String(best.values.id).trim() : undefined;
}

function matchRecommendation(rows: readonly RegisterRow[], nr: number, text: string): { rows: RegisterRow[]; by: 'text' | 'nummer' } | undefined {
  const key = textKey(text);
  const byNr = new Map<string, RegisterRow[]>();
  for (const row of rows) {
    const n = String(row.values.nr ?? '').trim();
    const group = byNr.get(n);
    if (group) group.push(row);
    else byNr.set(n, [row]);
  }
  let best: RegisterRow[] | undefined;
  let bestScore = TEXT_SIMILARITY;
  for (const group of byNr.values()) {
    let score = 0;
    for (const r of group) score = Math.max(score, wordSimilarity(key, textKey(String(r.values.rekommendation ?? ''))));
    if (score > bestScore || (score === bestScore && best === undefined)) [best, bestScore] = [group, score];
  }
  if (best) return { rows: best, by: 'text' };
  const sameNr = byNr.get(String(nr));
  if (sameNr && key.split(' ').length < SHORT_TEXT_WORDS) return { rows: sameNr, by: 'nummer' };
  return undefined;
}
