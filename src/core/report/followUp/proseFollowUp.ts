/*
 * Follow-up reports written in prose or as a status per recommendation, rather than a table per
 * recommendation: a granskning heading, then its recommendations ("Rekommendation 1: …", bullets) each with
 * a verdict sentence ("Vi bedömer att nämnden inte helt har vidtagit åtgärder …", "Bedömning: Åtgärdad"),
 * or bullets that are verdict sentences themselves. The text is cut into units (a bullet, a "Rekommendation
 * N" line, a paragraph) in one pass, and each unit is read once.
 */
import { makeIssue } from '../../issues/makeIssue';
import type { FollowUpGranskning, FollowUpRecommendation, FollowUpReport, UnassignedVerdict } from '../FollowUpReport';
import { textKey, wordSimilarity } from '../textSimilarity';
import { reportBodies } from '../reportBodies';
import { assignVerdicts } from './assignVerdicts';
import { isWholeGranskning, namedGranskning, verdictSubject } from './granskningVerdict';
import { proseUnits } from './proseUnits';
import { parseSummaryTable } from './summaryTable';
import { verdictPhrase, type VerdictPhrase } from './verdictPhrase';

const ROUND = /\b(?:Uppföljning|Uppföljningen|uppföljning)\s+((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s+års uppföljning\b/;
// The report names itself: a line that starts "Uppföljning av …", "Uppföljande granskning", "Uppföljning
// 2024", "Uppföljning av tidigare granskningar", or a sentence saying the auditors have followed up.
const FOLLOW_UP_TITLE =
  /^(?:#{1,6}\s*)?(?:\*\*)?(?:Uppföljning(?:en)? (?:av|\d{4})|Uppföljande granskning|Uppföljning$)|(?:har|vi) följt upp (?:de |tidigare |ett urval av |vilka )/i;
// Or says so in its running text: "KPMGs uppföljande granskning", "genomfört en uppföljning av tidigare gjord
// granskning", "Uppföljningen har genomförts för att bedöma om socialnämnden …".
const FOLLOWS_UP = /(?<!\p{L})(?:uppföljande granskning|uppföljning(?:en)? av tidigare|genomfört en uppföljning|uppföljning(?:en)? har genomförts)/iu;
const ALL = /\b(samtliga|alla|de|båda|bägge) (\p{L}+ )?rekommendation(?:er|erna)\b/u;
/** A follow-up report names itself near the start. */
const HEAD_LINES = 60;

/**
 * Reads a prose follow-up report.
 *
 * @param lines - Trimmed lines (from reportLines).
 * @returns The report, or undefined when the text states no verdict or does not call itself a follow-up.
 * @example
 * parseProseFollowUp(['Uppföljning 2024', 'Rekommendation 1: Göra A. Bedömning: Åtgärdad.'])?.recommendations[0].verdict //=> 'Åtgärdad'
 */
export function parseProseFollowUp(lines: readonly string[]): FollowUpReport | undefined {
  let isFollowUp = false;
  for (let i = 0; i < Math.min(lines.length, HEAD_LINES) && !isFollowUp; i++) isFollowUp = FOLLOW_UP_TITLE.test(lines[i]) || FOLLOWS_UP.test(lines[i]);
  if (!isFollowUp) return undefined;

  const granskningar: FollowUpGranskning[] = [];
  const recommendations: FollowUpRecommendation[] = [];
  let round = '';
  let titleYear = '';
  let current: FollowUpGranskning | undefined;
  let open: FollowUpRecommendation[] = [];
  let next = 0;
  let verdicts = 0;
  const about = reportBodies(lines)?.bodies ?? [];
  // The granskning the text names anywhere, for a verdict whose paragraph names none (looked up once).
  let textGranskning: { title: string; year?: number } | null | undefined;

  const granskning = (): FollowUpGranskning => {
    if (!current) {
      current = { nr: granskningar.length + 1, title: '', recommendationCount: 0 };
      granskningar.push(current);
      open = [];
      next = 0;
    }
    return current;
  };
  const addRecommendation = (text: string, line: number, nr?: number): FollowUpRecommendation => {
    const g = granskning();
    const rec: FollowUpRecommendation = { granskning: g.nr, nr: nr ?? g.recommendationCount + 1, text, line };
    g.recommendationCount++;
    recommendations.push(rec);
    open.push(rec);
    return rec;
  };
  const judge = (rec: FollowUpRecommendation, phrase: VerdictPhrase, sentence: string) => {
    rec.comment = sentence;
    if (phrase.sure) rec.verdict = phrase.status;
    else rec.suggested = phrase.status;
    verdicts++;
  };

  for (const unit of proseUnits(lines)) {
    if (round === '')
      round =
        ROUND.exec(unit.text)
          ?.slice(1)
          .find((y) => y !== undefined) ?? '';
    if (titleYear === '' && FOLLOW_UP_TITLE.test(unit.text)) titleYear = /(?:19|20)\d\d/.exec(unit.text)?.[0] ?? '';
    if (unit.kind === 'heading') {
      current = { nr: granskningar.length + 1, title: unit.text, recommendationCount: 0, ...(unit.year ? { year: unit.year } : {}) };
      granskningar.push(current);
      open = [];
      next = 0;
      continue;
    }
    const sentences = splitSentences(unit.text);
    let phrase: VerdictPhrase | undefined;
    let at = -1;
    for (let k = 0; k < sentences.length && !phrase; k++) {
      phrase = verdictPhrase(sentences[k]);
      if (phrase) at = k;
    }
    if (!phrase) {
      if (unit.kind === 'recommendation' || unit.kind === 'item') addRecommendation(unit.text, unit.line, unit.nr);
      continue;
    }
    const sentence = sentences.slice(at).join(' ');
    const before = sentences
      .slice(0, at)
      .join(' ')
      .replace(/\b(?:Bedömning|Status)\s*[:–-]?\s*$/i, '')
      .trim();
    const row = unit.kind === 'item' && before === '' ? trailingStatusRemoved(unit.text) : unit.text;
    if (row !== unit.text && row !== '') {
      // A table row "Säkerställa X … Delvis åtgärdad": the text, and the status as its verdict.
      judge(addRecommendation(row, unit.line), phrase, '');
      continue;
    }
    if (unit.kind === 'recommendation' || (before !== '' && unit.kind === 'item')) {
      // "Rekommendation 1: Säkerställa X. Bedömning: Åtgärdad." or a table row "Säkerställa X Åtgärdad".
      const text = before !== '' ? before : unit.text;
      judge(addRecommendation(trailingStatusRemoved(text), unit.line, unit.nr), phrase, sentence);
      continue;
    }
    // Recommendations still waiting for their verdict, oldest first (each leaves the queue once: linear).
    while (next < open.length && open[next].comment !== undefined) next++;
    if (ALL.test(sentence.toLocaleLowerCase('sv')) && next < open.length) {
      for (; next < open.length; next++) judge(open[next], phrase, sentence);
    } else if (next === open.length - 1) {
      judge(open[next++], phrase, sentence);
    } else if (next < open.length) {
      // One verdict after several recommendations, not said to be about all of them: which it is about is
      // not known, so each gets it as a suggestion to confirm.
      for (; next < open.length; next++) judge(open[next], { status: phrase.status, sure: false }, sentence);
    } else if (isWholeGranskning(sentences[at])) {
      // A verdict for a whole granskning: its own granskning (or the heading's, still without one).
      const subject = verdictSubject(sentences, at, about);
      if (!current || current.recommendationCount > 0 || current.verdict) {
        current = { nr: granskningar.length + 1, title: '', recommendationCount: 0 };
        granskningar.push(current);
        open = [];
        next = 0;
      }
      textGranskning ??= namedGranskning(lines.join(' ')) ?? null;
      const named = subject.title !== undefined ? subject : textGranskning;
      if (current.title === '' && named?.title) current.title = named.title;
      if (current.year === undefined && named?.year !== undefined) current.year = named.year;
      // The sentence as the verdict's words, without a list it may lead into ("… kan ske: -Hanteringen …").
      current.verdict = { status: phrase.status, sentence: sentences[at].replace(/:\s*[-–•]\s*\p{Lu}.*$/u, ':'), addressees: subject.addressees };
      if (phrase.sure) verdicts++;
    } else if (unit.kind === 'item' || sentences.length === 1 || /rekommendation/i.test(sentence)) {
      // A verdict bullet that names its recommendation itself ("… med anledning av rekommendationen att …").
      judge(addRecommendation(recommendationIn(sentence), unit.line), phrase, sentence);
    }
  }

  // Without one plain verdict the text is not read as a follow-up (a granskning's own "vi bedömer att …"
  // sentences would otherwise be taken for verdicts).
  const reasons = new Map<FollowUpRecommendation, string>();
  verdicts += verdictsFromSummaryTable(lines, granskningar, recommendations, reasons);
  if (verdicts === 0 || !(recommendations.some((r) => r.verdict !== undefined) || granskningar.some((g) => g.verdict))) return undefined;
  const kept = granskningar.filter((g) => g.recommendationCount > 0 || g.verdict);
  const renumber = new Map(kept.map((g, k) => [g.nr, k + 1]));
  kept.forEach((g) => (g.nr = renumber.get(g.nr)!));
  for (const rec of recommendations) rec.granskning = renumber.get(rec.granskning) ?? rec.granskning;
  for (const g of kept) if (g.title === '') g.title = `Granskning ${g.nr}`;
  const unassigned: UnassignedVerdict[] = [];
  for (const rec of recommendations) {
    if (rec.verdict) continue;
    const reason = rec.suggested
      ? makeIssue('followUpVerdictUnsure', { suggested: rec.suggested, sentence: rec.comment ?? '' }).message
      : (reasons.get(rec) ?? makeIssue('followUpNoVerdict', {}).message);
    unassigned.push({ granskning: rec.granskning, nr: rec.nr, reason });
  }
  return { round: round || titleYear, layout: 'prose', granskningar: kept, recommendations, unassigned };
}

/**
 * A summary table per granskning ("Granskningar Åtgärdad Delvis åtgärdad Ej åtgärdad", a row per granskning
 * with its counts) gives the verdicts of a granskning whose recommendations have none, where the counts make
 * them certain (see assignVerdicts). Rows are matched to granskningar by title.
 */
function verdictsFromSummaryTable(
  lines: readonly string[],
  granskningar: readonly FollowUpGranskning[],
  recommendations: readonly FollowUpRecommendation[],
  reasons: Map<FollowUpRecommendation, string>,
): number {
  const table = parseSummaryTable(lines);
  if (table.length === 0) return 0;
  let assigned = 0;
  const byGranskning = new Map<number, FollowUpRecommendation[]>();
  for (const rec of recommendations) {
    const list = byGranskning.get(rec.granskning);
    if (list) list.push(rec);
    else byGranskning.set(rec.granskning, [rec]);
  }
  for (const g of granskningar) {
    const row = table.find((r) => textKey(r.title) === textKey(g.title) || wordSimilarity(textKey(r.title), textKey(g.title)) >= 0.8);
    if (!row) continue;
    g.counts = row.counts;
    if (g.year === undefined) g.year = row.year;
    const recs = byGranskning.get(g.nr) ?? [];
    if (recs.length === 0 || recs.some((r) => r.comment !== undefined)) continue;
    const result = assignVerdicts(
      recs.map((r) => ({ nr: r.nr, text: r.text, line: r.line })),
      row.counts,
      '',
    );
    for (const rec of recs) {
      const verdict = result.byNr.get(rec.nr);
      if (verdict) {
        rec.verdict = verdict;
        rec.comment = makeIssue('followUpFromSummaryTable', { title: row.title }).message;
        assigned++;
      } else reasons.set(rec, result.reason);
    }
  }
  return assigned;
}

/** Sentences, split after ". " before a capital or a quote's dash (abbreviations such as "bl.a." do not split). */
function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=\p{Lu}|[-–] )/u).filter((s) => s !== '');
}

/** "… med anledning av rekommendationen att X" → "X"; otherwise the sentence. */
function recommendationIn(sentence: string): string {
  const m = /rekommendation(?:en|erna)? (?:om att|att|om) (.{10,})$/i.exec(sentence);
  if (!m) return sentence;
  const text = m[1].replace(/\.$/, '');
  return `${text.charAt(0).toLocaleUpperCase('sv')}${text.slice(1)}.`;
}

function trailingStatusRemoved(text: string): string {
  return text.replace(/\s*[–-]?\s*(?<!\p{L})((ej|inte|delvis) )?åtgärda[dt]e?\.?$/iu, '').trim();
}
