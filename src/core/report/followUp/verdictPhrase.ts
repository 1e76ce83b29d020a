/*
 * The verdict a follow-up report's sentence states, mapped to the canonical statuses: "har vidtagit
 * åtgärder" → Åtgärdad; "delvis", "inte helt", "till viss del" → Delvis åtgärdad; "inte/ej vidtagit",
 * "inga åtgärder" → Ej åtgärdad. A sentence that only says work is under way ("arbete pågår", "i huvudsak")
 * gets a suggestion the user must confirm, never a verdict.
 */
import type { FollowUpStatus } from '../../status/FollowUpStatus';
import { normalizeStatus } from '../../status/normalizeStatus';

/** What a sentence says: a sure verdict, or a suggestion to confirm. */
export interface VerdictPhrase {
  status: FollowUpStatus;
  sure: boolean;
}

// JavaScript's \b knows only ASCII letters ("å" is no word character), so words are bounded by letters here.
const words = (alternatives: string) => new RegExp(`(?<!\\p{L})(?:${alternatives})(?!\\p{L})`, 'u');

// "Vi bedömer att …", "Revisorerna bedömer att …", "Vår bedömning är att …", "Bedömningen är att …".
const JUDGES = words('bedömer|bedöms|bedömning(?:en)? är att|konstaterar|konstatera|vår sammanfattande bedömning');
// A share of what was criticised: "huvuddelen av tidigare lämnade synpunkter", "en stor del av kritiken".
// Unlike "i huvudsak" (how well), it says some points are not acted on.
const PART_OF = words('huvuddelen|merparten|en stor del|en del|större delen|flera av|de flesta|vissa av');
// A verdict as a headline without a verb: "Otillräckliga åtgärder för att komma till rätta med brister …".
const HEADLINE = /^(otillräckliga|bristande|ofullständiga|inga|tillräckliga|ändamålsenliga) åtgärder(?!\p{L})/u;
const HEADLINE_STATUS: Record<string, FollowUpStatus> = {
  otillräckliga: 'Delvis åtgärdad',
  bristande: 'Delvis åtgärdad',
  ofullständiga: 'Delvis åtgärdad',
  inga: 'Ej åtgärdad',
  tillräckliga: 'Åtgärdad',
  ändamålsenliga: 'Åtgärdad',
};
// The acts a verdict is about.
const ACTS = words(
  'vidtagit|vidtagits|vidta|åtgärd\\p{L}*|beakta\\p{L}*|genomfört|genomförts|hanterat|hanterats|omhändert\\p{L}*|tillgodose\\p{L}*|implementera\\p{L}*|efterlev\\p{L}*',
);
const PARTLY = words(
  'delvis|inte helt|ej helt|inte fullt ut|ej fullt ut|till viss del|till del|i viss mån|i vissa delar|inte fullständigt|ej fullständigt|i begränsad utsträckning',
);
const NOT = words('inte|ej|inga|icke|inget|saknas|saknar');
const BUT = words('men|dock|däremot');
const UNDER_WAY = words('pågår|pågående|påbörjat|påbörjats|planerar|planeras|avser|kan bidra');
const MOSTLY = words('i huvudsak|i allt väsentligt|i stor utsträckning|i hög grad|till största delen');
// "Bedömning: Delvis åtgärdad", "Status: Åtgärdad", or a table row ending with the status.
const LABELLED = /(?:^|[^\p{L}])(?:bedömning|status|bedömning \d{4}|uppföljning \d{4})\s*[:–-]\s*(.{3,40}?)\.?$/u;
const TRAILING_STATUS = /(?<!\p{L})((?:ej|inte|delvis|ej helt|inte helt)\s+)?(åtgärdad|åtgärdat|åtgärdade)\.?$/u;

/**
 * The verdict a sentence states, if it states one.
 *
 * @param sentence - One sentence or table row of a follow-up report.
 * @returns The verdict (sure or to confirm), or undefined when the sentence is no verdict.
 * @example
 * verdictPhrase('Vi bedömer att nämnden inte helt har vidtagit åtgärder.') //=> { status: 'Delvis åtgärdad', sure: true }
 */
export function verdictPhrase(sentence: string): VerdictPhrase | undefined {
  const lower = sentence.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();
  const labelled = LABELLED.exec(lower);
  if (labelled) {
    const status = normalizeStatus(labelled[1]);
    if (status && status !== 'Ej bedömd') return { status, sure: true };
  }
  const trailing = TRAILING_STATUS.exec(lower);
  if (trailing) {
    const status = normalizeStatus(`${trailing[1] ?? ''}${trailing[2]}`);
    if (status && status !== 'Ej bedömd') return { status, sure: true };
  }
  const headline = HEADLINE.exec(lower);
  if (headline) return { status: HEADLINE_STATUS[headline[1]], sure: true };
  const judge = JUDGES.exec(lower);
  if (!judge) return undefined;
  const tail = lower.slice(judge.index);
  const act = ACTS.exec(tail);
  if (!act) return undefined;
  // The negation that decides is the one before the act ("har inte vidtagit", "inga åtgärder"); one in a
  // later clause ("…, men arbetet är inte klart") makes the verdict unsure.
  const head = tail.slice(0, act.index + act[0].length);
  const rest = tail.slice(act.index + act[0].length);
  if (PARTLY.test(tail) || PART_OF.test(tail.split(BUT)[0])) return { status: 'Delvis åtgärdad', sure: true };
  if (NOT.test(head)) return { status: 'Ej åtgärdad', sure: !UNDER_WAY.test(tail) };
  if (MOSTLY.test(tail)) return { status: 'Åtgärdad', sure: false };
  if (UNDER_WAY.test(tail) || (BUT.test(rest) && NOT.test(rest))) return { status: 'Delvis åtgärdad', sure: false };
  return { status: 'Åtgärdad', sure: true };
}
