/*
 * What an auditor's follow-up report ("Uppföljande granskning") says about earlier recommendations: the
 * audits (granskningar) it follows up, each recommendation's text and, where the report states it per
 * recommendation, the verdict of this follow-up round.
 */
import type { FollowUpStatus } from '../status/FollowUpStatus';

/** How many recommendations of one granskning got each verdict, as the report's summary table says. */
export interface FollowUpCounts {
  Åtgärdad: number;
  'Delvis åtgärdad': number;
  'Ej åtgärdad': number;
}

/** One followed-up granskning (audit). */
export interface FollowUpGranskning {
  /** 1-based, in the report's order. */
  nr: number;
  /** The title, e.g. "Granskning av cybersäkerhet", without the year. */
  title: string;
  /** The year of the original granskning, from "(2022)" in the summary table. */
  year?: number;
  /** The summary table's counts, when the report has the table. */
  counts?: FollowUpCounts;
  /** How many recommendations the parser found for this granskning. */
  recommendationCount: number;
  /**
   * A verdict the report gives for the whole granskning in prose ("en stor del av kritiken … har åtgärdats"),
   * without naming its recommendations: on insertion it applies to each of the granskning's recommendations
   * to these nämnder, once the user confirms it.
   */
  verdict?: GranskningVerdict;
}

/** A follow-up verdict for a whole granskning, not for one recommendation. */
export interface GranskningVerdict {
  status: FollowUpStatus;
  /** The report's words that state it. */
  sentence: string;
  /** The bodies the verdict names ("kommunstyrelsen och plan- och byggnadsnämnden"), capitalised; [] when none. */
  addressees: string[];
}

/** One recommendation of a granskning. */
export interface FollowUpRecommendation {
  /** The granskning's nr. */
  granskning: number;
  /** The recommendation's number within its granskning. */
  nr: number;
  /** The recommendation text, whitespace normalised and line-break hyphenation removed. */
  text: string;
  /** The verdict of this round, only where the report lets one tell it per recommendation. */
  verdict?: FollowUpStatus;
  /** The report's own sentence stating the verdict (kept as the Uppföljning row's comment). */
  comment?: string;
  /** A verdict the sentence suggests but does not state plainly ("arbete pågår"): for the user to confirm. */
  suggested?: FollowUpStatus;
  /** 1-based line of its block header (the line that gives the recommendation's number). */
  line: number;
}

/** A recommendation whose verdict the report does not state on its own. */
export interface UnassignedVerdict {
  granskning: number;
  nr: number;
  /** Swedish: why no verdict was assigned. */
  reason: string;
}

/** A parsed follow-up report. */
export interface FollowUpReport {
  /** The follow-up round, e.g. '2024' from "Uppföljning 2024"; '' when the report does not say. */
  round: string;
  /** 'table': a table per recommendation (EY); 'prose': verdict sentences or a status per recommendation. */
  layout: 'table' | 'prose';
  granskningar: FollowUpGranskning[];
  recommendations: FollowUpRecommendation[];
  unassigned: UnassignedVerdict[];
}
