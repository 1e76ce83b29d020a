import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import { parseDate } from '../date/parseDate';
import { idKey } from '../register/latestVerdicts';
import { recipientsOf } from '../register/recipientsOf';
import type { RegisterData, RegisterRow } from '../register/RegisterData';

/** How many days ahead a yttrande counts as due: about the time a nämnd needs to put it on an agenda. */
export const DUE_WITHIN_DAYS = 30;

/** A granskning whose yttrande is due soon or late, with the nämnder that owe it. */
export interface AnswerDeadline {
  /** The granskning's row on Granskningar (its Svar senast cell is where a finding points). */
  readonly row: RegisterRow;
  readonly id: string;
  readonly titel: string;
  /** Svar senast as an Excel serial. */
  readonly svarSenast: number;
  /** Days from today to Svar senast: negative when late, 0 on the day. */
  readonly daysLeft: number;
  /** The nämnder its recommendations name (through recipientsOf), else its Granskade nämnder. */
  readonly namnder: readonly string[];
}

const text = (v: CellValue) => (isBlank(v) ? '' : String(v).trim());

/**
 * The granskningar whose yttrande is due within {@link DUE_WITHIN_DAYS} days or late: a readable Svar senast
 * and no Beslutsdatum. A granskning with a Beslutsdatum is answered; one without Svar senast has no
 * deadline to miss (an unreadable date is left to checkDates). Earliest deadline first.
 *
 * @param register - The register.
 * @param today - Today as an Excel serial.
 * @param namnder - The kommun's nämnder, to expand "Samtliga nämnder" and the like.
 * @returns The deadlines, earliest first (sheet order on ties).
 * @example
 * answerDeadlines(registerFromRecords(defaultScale, { Granskningar: [{ id: 'G1', titel: 'It', svarSenast: 45352 }], Rekommendationer: [{ id: 'G1-1', granskningId: 'G1', mottagare: 'Kommunstyrelsen' }] }), 45360, [])
 * //=> [{ id: 'G1', titel: 'It', svarSenast: 45352, daysLeft: -8, namnder: ['Kommunstyrelsen'], row: … }]
 */
export function answerDeadlines(register: RegisterData, today: number, namnder: readonly string[]): AnswerDeadline[] {
  if (!Number.isFinite(today)) return [];
  const day = Math.floor(today);
  const recipients = new Map<string, string[]>();
  for (const rec of register.tables.Rekommendationer?.rows ?? []) {
    const key = idKey(rec.values.granskningId ?? null);
    const list = recipients.get(key) ?? [];
    for (const n of recipientsOf(rec.values.mottagare ?? null, namnder)) if (!list.includes(n)) list.push(n);
    recipients.set(key, list);
  }
  const deadlines: AnswerDeadline[] = [];
  for (const row of register.tables.Granskningar?.rows ?? []) {
    const v = row.values;
    const date = parseDate(v.svarSenast ?? null);
    if (date === null || Number.isNaN(date) || !isBlank(v.beslutsdatum ?? null)) continue;
    const daysLeft = Math.floor(date) - day;
    if (daysLeft > DUE_WITHIN_DAYS) continue;
    const named = recipients.get(idKey(v.id ?? null)) ?? [];
    deadlines.push({
      row,
      id: text(v.id ?? null),
      titel: text(v.titel ?? null),
      svarSenast: Math.floor(date),
      daysLeft,
      namnder: named.length > 0 ? named : recipientsOf(v.granskadeNamnder ?? null, namnder),
    });
  }
  return deadlines
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.svarSenast - b.d.svarSenast || a.i - b.i)
    .map((x) => x.d);
}
