/*
 * Recommendations not set out as a list: sentences in running prose ("Regionstyrelsen bör göra en översyn
 * …", "Revisorerna rekommenderade också att regionstyrelsen verkar för …", "Det bör dock även ske en
 * politisk prioritering …") and imperatives under a heading "Rekommendationer" ("Genomför regelbundna
 * kontroller …. Informera löpande om …."), also where a PDF flattened the heading and its items onto one
 * line. What only looks like a recommendation stays out: an observation about a thing ("Rutinen bör löpande
 * säkerställa …"), a remark ("Det bör dock uppmärksammas …"), a quote from the administration ("– Vi har …,
 * säger …"), and a sentence the text breaks off. One pass over the paragraphs, each sentence read once.
 */
import { RECOMMENDATION_VERBS } from './followUp/vocabulary';
import { joinReportText } from './joinReportText';
import { addresseesIn, opensWithBody } from './leadIn';
import { bulletOf, isBlankLine, isHeading } from './reportLines';

/** A recommendation found in prose: its text, 0-based line, and the bodies the sentence names (maybe none). */
export interface ProseItem {
  text: string;
  line: number;
  addressees: string[];
}

// "Regionstyrelsen bör …", "Kommunstyrelsen och nämnderna bör …", "Nämnden rekommenderas att …".
const BODY_SUBJECT = /^(.{2,90}?) (?:bör|rekommenderas|uppmanas) /u;
// "Revisorerna rekommenderade också att …", "Vi rekommenderar därför kommunstyrelsen att …".
const AUDITORS_RECOMMEND =
  /^(?:Vi|Revisorerna|Revisionen|Kommunrevisionen|Stadsrevisionen|Regionrevisionen|De förtroendevalda revisorerna|[\p{Lu}][\p{L}]* revisorer)(?: [\p{L}]+){0,3}? (?:rekommenderar|rekommenderade|föreslår|föreslog)((?: [\p{L}-]+){0,8}?) att (.{10,})$/u;
// "Det bör dock även ske …", "Det bör tas fram …": an impersonal recommendation.
const IMPERSONAL = /^Det bör (?:(?:dock|även|också|därför|vidare|enligt vår bedömning|samtidigt) )*(\p{L}+)/u;
// What "Det bör …" only remarks on: "uppmärksammas", "noteras", "påpekas", "nämnas".
const REMARK_VERBS = /^(?:uppmärksamma|notera|påpeka|nämna|framhålla|understryka|betona|poängtera|tillägga|observera|beakta|sägas|konstatera|framgå|finnas|vara|bli)/;
// A quote: a paragraph or sentence opened by a dash that says who is speaking ("…, säger Raimo Roininen").
const QUOTE = /^[-–—] /;
const SPEAKER = /[,.] (?:säger|sade|sa|avslutar|menar|berättar|fortsätter|konstaterar)(?!\p{L})/u;
// The heading "Rekommendationer" alone on its line ("3.2 Rekommendationer") or run into its first item.
const HEADING_LINE = /^ *(?:#{1,6} +)?(?:\d{1,2}(?:\.\d{1,2}){0,3}\.? +)?(?:\*\*)?Rekommendationer(?:\*\*)?:? *$/u;
const HEADING_INLINE = /(?:^|[.!?:] )Rekommendationer:? (?=\p{Lu})/gu;
const ENDS_SENTENCE = /[.!?]["”)]?$/;
const GROUP_WORD = /^(?:övriga|samtliga|alla|berörda|respektive|granskade|nämnder|nämnderna|styrelser|styrelserna|bolag|bolagen)$/;
/** Imperatives and infinitives that open a recommendation ("Genomför", "Informera", "Säkerställa"). */
const OPENING_VERBS = new Set<string>();
for (const verb of RECOMMENDATION_VERBS) {
  OPENING_VERBS.add(verb);
  if (verb.endsWith('a') && verb.length > 3) OPENING_VERBS.add(verb.slice(0, -1));
}

interface Paragraph {
  text: string;
  line: number;
}

/** Sentences, cut after ". " before a capital or a dash (so "bl.a." does not cut). */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?]["”)]?)\s+(?=[\p{Lu}–-])/u).filter((s) => s.trim() !== '');
}

function paragraphs(lines: readonly string[]): Paragraph[] {
  const out: Paragraph[] = [];
  let open: string[] = [];
  let start = 0;
  const close = () => {
    if (open.length > 0) out.push({ text: joinReportText(open), line: start });
    open = [];
  };
  for (let i = 0; i < lines.length; i++) {
    if (isBlankLine(lines[i]) || isHeading(lines[i])) {
      close();
      continue;
    }
    if (open.length === 0) start = i;
    open.push(lines[i]);
  }
  close();
  return out;
}

const firstWord = (sentence: string) => (/^\p{L}+/u.exec(sentence)?.[0] ?? '').toLocaleLowerCase('sv');

/**
 * The bodies a clause opens with ("regionstyrelsen verkar för …" → Regionstyrelsen), if it opens with one.
 *
 * @param clause - Text after "rekommenderar att".
 * @returns The bodies, or [].
 */
function openingBodies(clause: string): string[] {
  const words = clause.split(' ').slice(0, 8);
  for (let n = 1; n <= words.length; n++) {
    const phrase = words.slice(0, n).join(' ');
    const bodies = addresseesIn(`— ${phrase}`);
    if (bodies.length > 0) return opensWithBody(phrase, bodies) && !/ (?:och|samt)$/.test(phrase) ? withFollowing(words, n, bodies) : [];
  }
  return [];
}

/** "kommunstyrelsen och socialnämnden verkar": the bodies joined by "och" after the first. */
function withFollowing(words: readonly string[], n: number, bodies: string[]): string[] {
  for (let m = n + 1; m <= words.length; m++) {
    const more = addresseesIn(`— ${words.slice(0, m).join(' ')}`);
    if (more.length > bodies.length) return withFollowing(words, m, more);
  }
  return bodies;
}

// Words a subject made of bodies may have besides their names: "Kommunstyrelsen och nämnderna bör därför".
const SUBJECT_WORDS = new Set([
  'och',
  'samt',
  'även',
  'också',
  'både',
  'såväl',
  'som',
  'dock',
  'därför',
  'vidare',
  'således',
  'fortsatt',
  'i',
  'enligt',
  'vår',
  'bedömning',
  'revisorernas',
  'mening',
]);

/**
 * Whether a subject is the bodies and nothing else: not "Nämnden svarar att den" (an answer reported) or
 * "Förvaltningen menar att nämnden" (someone else's view).
 */
function onlyBodies(subject: string, bodies: readonly string[]): boolean {
  const named = new Set(bodies.flatMap((b) => b.toLocaleLowerCase('sv').split(' ')));
  return subject
    .toLocaleLowerCase('sv')
    .split(/[\s,]+/)
    .every((w) => w === '' || named.has(w) || SUBJECT_WORDS.has(w) || GROUP_WORD.test(w));
}

/** One sentence as a recommendation, or undefined (see the module comment). */
function proseRecommendation(sentence: string): Omit<ProseItem, 'line'> | undefined {
  if (!ENDS_SENTENCE.test(sentence)) return undefined;
  const subject = BODY_SUBJECT.exec(sentence);
  if (subject && subject[1].split(' ').length <= 8) {
    const bodies = addresseesIn(`— ${subject[1]}`);
    if (bodies.length > 0 && opensWithBody(subject[1], bodies) && onlyBodies(subject[1], bodies)) return { text: sentence, addressees: bodies };
  }
  const auditors = AUDITORS_RECOMMEND.exec(sentence);
  if (auditors) {
    // "rekommenderar vi kommunstyrelsen att X": the body before "att"; else the one X opens with.
    const named = addresseesIn(`— ${auditors[1]}`);
    // What follows "att" becomes the item's text, capitalised as list items are.
    const text = auditors[2].charAt(0).toLocaleUpperCase('sv') + auditors[2].slice(1);
    return { text, addressees: named.length > 0 ? named : openingBodies(auditors[2]) };
  }
  const impersonal = IMPERSONAL.exec(sentence);
  if (impersonal && !REMARK_VERBS.test(impersonal[1].toLocaleLowerCase('sv'))) return { text: sentence, addressees: [] };
  return undefined;
}

/**
 * Recommendations written as prose sentences (see the module comment).
 *
 * @param lines - The report's prepared lines.
 * @returns The sentences found, in order.
 * @example
 * proseRecommendations(['Regionstyrelsen bör göra en översyn.'])[0].addressees //=> ['Regionstyrelsen']
 */
export function proseRecommendations(lines: readonly string[]): ProseItem[] {
  const found: ProseItem[] = [];
  for (const p of paragraphs(lines)) {
    if (QUOTE.test(p.text) && SPEAKER.test(p.text)) continue;
    for (const sentence of sentencesOf(p.text)) {
      // A dash opens a quote when someone is said to speak; otherwise it is a bullet.
      if (QUOTE.test(sentence) && SPEAKER.test(sentence)) continue;
      const item = proseRecommendation(sentence.replace(QUOTE, ''));
      if (item) found.push({ ...item, line: p.line });
    }
  }
  return found;
}

/**
 * Imperatives under a heading "Rekommendationer": the sentences after it that open with a verb such as
 * "Genomför" or "Säkerställa", up to the first that does not; a sentence the text breaks off is left out.
 *
 * @param lines - The report's prepared lines.
 * @returns The items, without addressees (the heading names none).
 * @example
 * headedImperatives(['Rekommendationer', 'Genomför kontroller. Informera om reglerna.']).map((i) => i.text) //=> ['Genomför kontroller.', 'Informera om reglerna.']
 */
export function headedImperatives(lines: readonly string[]): ProseItem[] {
  const found: ProseItem[] = [];
  const take = (text: string, line: number) => {
    for (const sentence of sentencesOf(text)) {
      if (!OPENING_VERBS.has(firstWord(sentence))) break;
      if (ENDS_SENTENCE.test(sentence)) found.push({ text: sentence, line, addressees: [] });
    }
  };
  for (const p of paragraphs(lines)) {
    HEADING_INLINE.lastIndex = 0;
    for (let m = HEADING_INLINE.exec(p.text); m; m = HEADING_INLINE.exec(p.text)) take(p.text.slice(m.index + m[0].length), p.line);
  }
  for (let i = 0; i < lines.length; i++) {
    if (!HEADING_LINE.test(lines[i])) continue;
    const after: string[] = [];
    let j = i + 1;
    while (j < lines.length && isBlankLine(lines[j])) j++;
    for (; j < lines.length && !isBlankLine(lines[j]) && !isHeading(lines[j]) && !HEADING_LINE.test(lines[j]); j++) after.push(bulletOf(lines[j])?.rest ?? lines[j]);
    take(joinReportText(after), i + 1);
  }
  return found;
}
