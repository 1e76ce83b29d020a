import { avvikelseOf, genomfordOf, isoFromSerial, parseDate, parseNumber, type CellValue, type RegisterRow } from '../../core';
import { recordResultMessagesSv as M } from './messages.sv';

/** The columns of Kontrollutfall a result is typed into (Kontroll-id and Period are chosen, not typed). */
export const RESULT_FIELDS = [
  'genomford',
  'datum',
  'utfordAv',
  'urval',
  'antalAvvikelser',
  'resultat',
  'avvikelse',
  'atgard',
  'atgardsansvarig',
  'klartSenast',
  'atgardad',
] as const;
export type ResultField = (typeof RESULT_FIELDS)[number];

/** A result as typed in the pane: every field as text, "" for blank. */
export type ResultForm = Readonly<Record<ResultField, string>>;

export const EMPTY_FORM: ResultForm = Object.fromEntries(RESULT_FIELDS.map((f) => [f, ''])) as Record<ResultField, string>;

const DATES: readonly ResultField[] = ['datum', 'klartSenast'];
const COUNTS: readonly ResultField[] = ['urval', 'antalAvvikelser'];

const text = (value: CellValue | undefined): string => (value === null || value === undefined ? '' : value instanceof Date ? dateText(value) : String(value).trim());
function dateText(value: CellValue | undefined): string {
  const serial = parseDate(value ?? null);
  return serial === null ? '' : Number.isNaN(serial) ? text(value instanceof Date ? '' : value) : isoFromSerial(serial);
}
const yesNo = (value: CellValue | undefined): string => {
  const t = text(value).toLocaleLowerCase('sv');
  return value === true || t === 'ja' || t === 'j' || t === 'x' ? 'Ja' : value === false || t === 'nej' || t === 'n' ? 'Nej' : text(value);
};

/**
 * A Kontrollutfall row as the pane's form shows it: dates as ISO, Genomförd, Avvikelse and Åtgärdad in their
 * list's words when they can be read, anything else as typed (so it is shown, not lost).
 *
 * @param row - The row, or undefined for a new result.
 * @returns The form.
 * @example
 * formFromRow(row).genomford //=> 'Ja' (typed "x")
 */
export function formFromRow(row: RegisterRow | undefined): ResultForm {
  if (!row) return EMPTY_FORM;
  const v = row.values;
  const form: Record<ResultField, string> = { ...EMPTY_FORM };
  for (const f of RESULT_FIELDS) form[f] = DATES.includes(f) ? dateText(v[f]) : text(v[f]);
  form.genomford = genomfordOf(v.genomford ?? null) ?? form.genomford;
  form.avvikelse = avvikelseOf(v.avvikelse ?? null) ?? form.avvikelse;
  form.atgardad = yesNo(v.atgardad);
  return form;
}

/** The form read into cell values, with a Swedish message per field that cannot be written as typed. */
export interface CheckedForm {
  readonly values: Readonly<Record<ResultField, CellValue>>;
  readonly problems: Readonly<Partial<Record<ResultField, string>>>;
}

/**
 * Reads and checks a typed result by the rules `uppsikt check` applies to Kontrollutfall: Genomförd given,
 * dates and counts readable, no more deviations than the urval, Nej with a Resultat, Väsentlig with an Åtgärd.
 *
 * @param form - As typed.
 * @returns The values to write (dates as Date, counts as numbers, blanks as null) and the problems.
 * @example
 * checkForm({ ...EMPTY_FORM, genomford: 'Ja', urval: '5', antalAvvikelser: '7' }).problems.antalAvvikelser //=> '7 avvikelser är fler än urvalet (5).'
 */
export function checkForm(form: ResultForm): CheckedForm {
  const problems: Partial<Record<ResultField, string>> = {};
  const values: Record<ResultField, CellValue> = { ...EMPTY_FORM };
  for (const f of RESULT_FIELDS) {
    const typed = form[f].trim();
    values[f] = typed === '' ? null : typed;
    if (typed === '') continue;
    if (DATES.includes(f)) {
      const serial = parseDate(typed);
      if (serial === null || Number.isNaN(serial)) problems[f] = M.dateInvalid({ value: typed });
      else values[f] = new Date(`${isoFromSerial(serial)}T00:00:00Z`);
    } else if (COUNTS.includes(f)) {
      const n = parseNumber(typed);
      if (n === null || !Number.isInteger(n) || n < 0) problems[f] = M.countInvalid({ value: typed });
      else values[f] = n;
    }
  }
  const genomford = genomfordOf(form.genomford);
  if (!genomford) problems.genomford = M.genomfordMissing;
  const urval = values.urval;
  const avvikelser = values.antalAvvikelser;
  if (typeof urval === 'number' && typeof avvikelser === 'number' && avvikelser > urval) problems.antalAvvikelser = M.moreThanUrval({ avvikelser, urval });
  if (genomford === 'Nej' && values.resultat === null) problems.resultat = M.nejWithoutResultat;
  if (avvikelseOf(form.avvikelse) === 'Väsentlig' && values.atgard === null) problems.atgard = M.vasentligWithoutAtgard;
  return { values, problems };
}
