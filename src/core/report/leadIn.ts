import { bulletOf, isBlankLine, isHeading } from './reportLines';

/** A sentence that introduces a list of recommendations and names who they are for. */
export interface LeadIn {
  /** 0-based line the lead-in ends on (the line ending with ":"). */
  line: number;
  /** Addressees as written, first letter capitalised: "Kommunstyrelsen", "Övriga nämnder". */
  addressees: string[];
  /**
   * Whether its items may name their own body as subject ("Kommunstyrelsen bör …"): not after "… att:",
   * whose items continue the sentence.
   */
  subjectItems: boolean;
}

const RECOMMENDS = /rekommend/gi;
// A lead-in ending with a colon may announce its points without the word: "vi vill lyfta fram ett par
// områden där ytterligare förbättringar kan ske:", "Vi föreslår att:", "Vi ser följande utvecklingsområden:".
const ANNOUNCES_POINTS = /(?<!\p{L})(?:föreslår|förslag|förbättringar|förbättringsområden|utvecklingsområden)(?!\p{L})/giu;
const GROUP_WORDS = new Set(['övriga', 'samtliga', 'alla', 'berörda', 'respektive', 'granskade']);
const GROUP_NOUN = /^(nämnder|nämnderna|styrelser|styrelserna|bolag|bolagen|förvaltningar|förvaltningarna)$/;
const BODY = /(nämnd|nämnden|nämnderna|styrelsen|styrelserna|fullmäktige|bolaget|bolagen|förbundet|direktionen|kommunstyrelse|regionstyrelse)$/;
/** Companies: "Haninge Bostäder AB", "Sundsvall Vatten AB". */
const COMPANY = /^(AB|aktiebolag|\(publ\))$/;
// A sentence that announces a list without a colon: "Vi lämnar följande rekommendationer.", "Utifrån
// granskningen lämnar vi fyra rekommendationer till kommunstyrelsen."
const ANNOUNCES =
  /(?<!\p{L})(?:lämnar|lämnas|ger|ges|presenterar|önskar|följande|nedanstående)(?!\p{L})[^.]{0,300}(?<!\p{L})(?:följande|nedanstående|\d{1,2}|en|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv) (?:\p{L}+ )?rekommendation(?:er|erna)?(?: (?:till|för) [^.]{2,120})?\.$/iu;
/** How far back a lead-in sentence may start (it is rarely more than three lines). */
const MAX_LINES_BACK = 5;
const MAX_SENTENCE = 1000;

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase('sv') + s.slice(1);
const bare = (token: string) => token.replace(/^[("”'“]+|[)"”'“.,;:]+$/g, '');

/**
 * Recognises a lead-in ending on line `i`: "… rekommenderar vi kommunstyrelsen att:", "Revisionsgrupp 2
 * rekommenderar att nämnderna … säkerställer att:". The sentence may run over a few lines.
 *
 * @param lines - The report's lines.
 * @param i - The candidate line (it must end with a colon).
 * @returns The lead-in, or undefined.
 */
export function leadInAt(lines: readonly string[], i: number): LeadIn | undefined {
  const end = lines[i].trimEnd();
  const colon = end.endsWith(':');
  if (!colon && !(end.endsWith('.') && end.includes('rekommendation') && ANNOUNCES.test(end.slice(-600)))) return undefined;
  const parts: string[] = [];
  for (let j = i; j >= 0 && j > i - MAX_LINES_BACK; j--) {
    const line = lines[j];
    if (isBlankLine(line) || (j < i && (bulletOf(line) !== undefined || isHeading(line)))) break;
    parts.unshift(line.trim());
  }
  // A lead-in is one sentence: it starts after the last full stop before the colon, and is never long.
  let sentence = parts.join(' ').slice(-MAX_SENTENCE);
  const stop = sentence.lastIndexOf('. ');
  if (stop >= 0) sentence = sentence.slice(stop + 2);
  // Addressees are named after the verb ("rekommenderar vi kommunstyrelsen att"), never before it.
  let at = -1;
  RECOMMENDS.lastIndex = 0;
  for (let m = RECOMMENDS.exec(sentence); m; m = RECOMMENDS.exec(sentence)) at = m.index;
  if (at < 0 && colon) {
    ANNOUNCES_POINTS.lastIndex = 0;
    for (let m = ANNOUNCES_POINTS.exec(sentence); m; m = ANNOUNCES_POINTS.exec(sentence)) at = m.index;
  }
  if (at < 0) return undefined;
  if (!colon && !ANNOUNCES.test(sentence)) return undefined;
  // "Kommunstyrelsen rekommenderas att:", "Nämnden bör enligt revisorerna…": the body comes before the verb.
  const passive = /rekommenderas/i.test(sentence.slice(at, at + 20));
  const addressees = addresseesIn(passive ? `— ${sentence}` : sentence.slice(at));
  // "… önskar ta del av kommunstyrelsens kommentarer kring fyra rekommendationer.": the body in the genitive.
  const subjectItems = !/(?<!\p{L})att\s*:$/u.test(end);
  if (addressees.length === 0 && !colon) return { line: i, addressees: addresseesIn(`— ${sentence.slice(0, at)}`, true), subjectItems };
  return { line: i, addressees, subjectItems };
}

/**
 * Whether a phrase starts with the first of the bodies found in it (or with a group word), as a subject
 * does: "Kommunstyrelsen och nämnderna", "Samtliga nämnder", "Både kommunstyrelsen och …", not "Förtydliga
 * vilka styrdokument som respektive bolag".
 *
 * @param phrase - The words before the verb.
 * @param bodies - addresseesIn(phrase).
 * @returns Whether the phrase is the bodies' own.
 * @example
 * opensWithBody('Kommunstyrelsen', ['Kommunstyrelsen']) //=> true
 */
export function opensWithBody(phrase: string, bodies: readonly string[]): boolean {
  const first = bare(phrase.trim().split(/\s+/)[0] ?? '').toLocaleLowerCase('sv');
  const named = bodies[0].split(' ')[0].toLocaleLowerCase('sv');
  return first === named || GROUP_WORDS.has(first) || /^(både|såväl|även|också|dessutom)$/.test(first);
}

/**
 * The bodies named in a lead-in's tail, in order, each once.
 *
 * @param tail - The text from "rekommenderar" to the colon.
 * @param genitive - Whether a body in the genitive ("kommunstyrelsens") names it too.
 * @returns Addressees as written, capitalised.
 * @example
 * addresseesIn('rekommenderar vi kommunstyrelsen och kultur- och fritidsnämnden att:')
 * //=> ['Kommunstyrelsen', 'Kultur- och fritidsnämnden']
 */
export function addresseesIn(tail: string, genitive = false): string[] {
  const tokens = tail
    .split(/[\s,]+/)
    .map(bare)
    .filter((t) => t !== '');
  const found: string[] = [];
  const add = (name: string) => {
    const written = capitalize(name);
    if (!found.some((f) => f.toLocaleLowerCase('sv') === written.toLocaleLowerCase('sv'))) found.push(written);
  };
  for (let k = 1; k < tokens.length; k++) {
    const token = genitive && /s$/.test(tokens[k]) && BODY.test(tokens[k].slice(0, -1).toLocaleLowerCase('sv')) ? tokens[k].slice(0, -1) : tokens[k];
    const lower = token.toLocaleLowerCase('sv');
    if (GROUP_WORDS.has(lower) && k + 1 < tokens.length && GROUP_NOUN.test(tokens[k + 1].toLocaleLowerCase('sv'))) {
      add(`${lower} ${tokens[k + 1].toLocaleLowerCase('sv')}`);
      k++;
    } else if (COMPANY.test(token) && k >= 2) {
      // "Haninge Bostäder AB": the capitalised words before "AB" are the company's name.
      let first = k;
      while (first > 1 && /^\p{Lu}/u.test(tokens[first - 1]) && k - first < 5) first--;
      if (first < k) add(tokens.slice(first, k + 1).join(' '));
    } else if (/^styrelsen?$/.test(lower) && tokens[k + 1] === 'för' && /^\p{Lu}/u.test(tokens[k + 2] ?? '')) {
      // "Styrelsen för Landstingsservice": a board named after what it governs.
      add(`${token} för ${tokens[k + 2]}`);
      k += 2;
    } else if (BODY.test(lower) && !lower.startsWith('revision')) {
      // "kultur- och fritidsnämnden": a shortened compound before "och" belongs to the name; so does a
      // genitive or "gemensamma" before a joint body ("Södertörns överförmyndarnämnd", "gemensamma nämnden").
      if (k >= 2 && tokens[k - 1] === 'och' && tokens[k - 2].endsWith('-')) add(`${tokens[k - 2].toLocaleLowerCase('sv')} och ${token}`);
      // So does a capitalised adjective in a name ("Tekniska nämnden").
      else if (k >= 2 && (/^\p{Lu}\p{L}+[sa]$/u.test(tokens[k - 1]) || /^gemensamma$/i.test(tokens[k - 1]))) add(`${tokens[k - 1]} ${token}`);
      else add(token);
    }
  }
  return found;
}
