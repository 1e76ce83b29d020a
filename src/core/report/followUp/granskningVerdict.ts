/*
 * A follow-up verdict about a whole granskning rather than one recommendation: "Vi bedömer att
 * kommunstyrelsen och plan- och byggnadsnämnden inte helt har vidtagit åtgärder … utifrån genomförd
 * granskning av klimatanpassning", "en stor del av kritiken från 2017 har åtgärdats", "styrelsen åtgärdat
 * huvuddelen av tidigare lämnade synpunkter". Which granskning (its title and year) and which bodies the
 * verdict names are read from the sentence, else from the sentences around it.
 */
import { addresseesIn } from '../leadIn';
import { resolveGeneric } from '../reportBodies';

/** What a whole-granskning verdict sentence says it is about. */
export interface VerdictSubject {
  /** "Granskning av klimatanpassning"; undefined when the text names none. */
  title?: string;
  year?: number;
  addressees: string[];
}

// "granskning av klimatanpassning", "2017 års granskning av missbruksvården", "granskningen om …".
const NAMED_GRANSKNING =
  /(?:((?:19|20)\d\d) års )?granskning(?:en|ar|arna)? (?:av|om|avseende|gällande) (?:den |det |de )?(.{3,120}?)(?= (?:utifrån|med anledning|är|har|visar|samt|och att)(?!\p{L})|[.,;:!?]|$)/iu;
// What a whole granskning's verdict is about: the criticism, the points, the recommendations as a whole.
const WHOLE =
  /(?<!\p{L})(?:granskning\p{L}*|kritiken|synpunkter(?:na)?|iakttagelser(?:na)?|påpekanden(?:a)?|brister(?:na)?|rekommendationerna|tidigare lämnade|åtgärder för att komma till rätta)(?!\p{L})/iu;
// "… med anledning av rekommendationen att …": one recommendation, named.
const ONE_RECOMMENDATION = /rekommendationen (?:att|om)(?!\p{L})/iu;
const YEAR = /(?:från|under|år) ((?:19|20)\d\d)(?!\d)/;

/**
 * Whether a verdict sentence is about a whole granskning (see the module comment).
 *
 * @param sentence - The verdict sentence.
 * @returns Whether it names a granskning or what was criticised as a whole, not one recommendation.
 * @example
 * isWholeGranskning('Vi bedömer att en stor del av kritiken har åtgärdats.') //=> true
 */
export function isWholeGranskning(sentence: string): boolean {
  return WHOLE.test(sentence) && !ONE_RECOMMENDATION.test(sentence);
}

/** "granskning av klimatanpassning" → "Granskning av klimatanpassning", with its year if the text gives it. */
export function namedGranskning(text: string): { title: string; year?: number } | undefined {
  const m = NAMED_GRANSKNING.exec(text);
  if (!m) return undefined;
  const title = `Granskning av ${m[2].trim()}`;
  const year = m[1] ?? YEAR.exec(text)?.[1];
  return year ? { title, year: Number(year) } : { title };
}

const bodiesIn = (text: string, known: readonly string[]) => addresseesIn(`— ${text}`).map((b) => resolveGeneric(b, known));

/**
 * What a whole-granskning verdict is about: the granskning and bodies the sentence names, else those the
 * nearest sentence around it names (after it first: "Det är kommunrevisionens dom mot socialnämnden").
 *
 * @param sentences - The sentences of the paragraph.
 * @param at - The verdict sentence's index.
 * @param known - The bodies the report is about (to read a generic "styrelsen").
 * @returns The granskning and bodies found.
 * @example
 * verdictSubject(['Vi bedömer att kommunstyrelsen inte helt har vidtagit åtgärder utifrån granskning av klimatanpassning.'], 0, []).addressees //=> ['Kommunstyrelsen']
 */
export function verdictSubject(sentences: readonly string[], at: number, known: readonly string[]): VerdictSubject {
  const order = [at, at + 1, ...Array.from({ length: at }, (_x, k) => at - 1 - k)].filter((k) => k < sentences.length);
  let addressees: string[] = [];
  let named: { title: string; year?: number } | undefined;
  for (const k of order) {
    if (addressees.length === 0) addressees = bodiesIn(sentences[k], known);
    named ??= namedGranskning(sentences[k]);
  }
  return { ...named, addressees };
}
