/*
 * The bodies a report is about, where its recommendations do not name one: the bodies on its cover ("Rapport
 * Granskning av inköpsprocessen Kommunstyrelsen Kultur- och tekniknämnden Timrå kommun"), else the body the
 * auditors say they examined ("har … granskat om kommunstyrelsen säkerställer …"). Whatever is taken from
 * here is said so in the preview (the reportAddresseeFromReport issue), never applied silently.
 */
import { addresseesIn } from './leadIn';
import { bulletOf, isBlankLine } from './reportLines';

/** Where the bodies were read: the cover's lines, or the sentence saying what was examined. */
export interface ReportBodies {
  bodies: string[];
  from: 'omslag' | 'granskat';
}

/** The cover is in the first few lines. */
const COVER_LINES = 8;
/** A cover line is a title, not running text. */
const MAX_COVER_LINE = 240;
const SENTENCE_BREAK = /[.!?] +\p{Lu}|[.!?:]\s*$/u;
// "granskat om kommunstyrelsen säkerställer", "granskat hur socialnämnden …", "granskning av hur nämnden …".
const EXAMINED =
  /(?:granskat|granska|granskning(?:en)? av) (?:om|hur|huruvida|att|ifall|på vilket sätt) ((?:[\p{L}-]+ ){0,5}?[\p{L}-]*(?:nämnd|nämnden|nämnderna|styrelsen|styrelserna|fullmäktige|direktionen))(?!\p{L})/iu;
const EXAMINED_TEXT = 4000;
const TITLE_WORDS = 8;
const COMPANY_NAME = / (?:AB|aktiebolag|\(publ\))$/i;

/** A title, not a wrapped sentence: short, or half its words capitalised as names on a cover are. */
function titleLike(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.length <= TITLE_WORDS || words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 >= words.length;
}

/**
 * The bodies a report is about (see the module comment).
 *
 * @param lines - The report's lines.
 * @returns The bodies and where they were read, or undefined when the report names none there.
 * @example
 * reportBodies(['Rapport Granskning av inköp Kommunstyrelsen Timrå kommun', 'Text.'])?.bodies //=> ['Kommunstyrelsen']
 */
export function reportBodies(lines: readonly string[]): ReportBodies | undefined {
  const cover: string[] = [];
  let seen = 0;
  for (let i = 0; i < lines.length && seen < COVER_LINES; i++) {
    if (isBlankLine(lines[i])) continue;
    seen++;
    const line = lines[i].trim();
    // The cover ends where running text, a lead-in or a list begins.
    if (line.length > MAX_COVER_LINE || SENTENCE_BREAK.test(line) || bulletOf(lines[i]) !== undefined) break;
    if (!titleLike(line)) continue;
    // A company on a cover is the audit firm ("KPMG AB"), not the body audited.
    for (const body of addresseesIn(`— ${line}`)) if (!cover.includes(body) && !COMPANY_NAME.test(body)) cover.push(body);
  }
  if (cover.length > 0) return { bodies: cover, from: 'omslag' };
  const head = lines.join(' ').slice(0, EXAMINED_TEXT);
  const examined = EXAMINED.exec(head);
  const bodies = examined ? addresseesIn(`— ${examined[1]}`) : [];
  return bodies.length > 0 ? { bodies, from: 'granskat' } : undefined;
}

/**
 * A generic "styrelsen"/"nämnden" read as the report's own body where exactly one of those starts or ends
 * the same way ("Styrelsen" → "Styrelsen för Landstingsservice").
 *
 * @param body - A body as found ("Styrelsen").
 * @param known - The report's bodies.
 * @returns The full name, or the body as it was.
 * @example
 * resolveGeneric('Styrelsen', ['Styrelsen för Landstingsservice']) //=> 'Styrelsen för Landstingsservice'
 */
export function resolveGeneric(body: string, known: readonly string[]): string {
  const lower = body.toLocaleLowerCase('sv');
  if (lower !== 'styrelsen' && lower !== 'nämnden') return body;
  const candidates = known.filter((k) => {
    const name = k.toLocaleLowerCase('sv');
    return name !== lower && (name.startsWith(`${lower} `) || name.endsWith(lower));
  });
  return candidates.length === 1 ? candidates[0] : body;
}
