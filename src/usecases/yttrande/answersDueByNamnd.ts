import { answerDeadlines, isoFromSerial, type AnswerDeadline, type RegisterData } from '../../core';
import { flowMessagesSv as M } from '../messages.sv';
import { reportNamnder } from '../report/reportNamnder';

/** One nämnd's yttranden that are due within 30 days or late. */
export interface NamndAnswersDue {
  readonly namnd: string;
  readonly deadlines: readonly (AnswerDeadline & { readonly when: string; readonly line: string })[];
}

/**
 * The yttranden due within 30 days or late (answerDeadlines), per nämnd: a granskning addressed to several
 * nämnder is listed under each, one with no nämnd under "Ingen nämnd angiven". Nämnder in the kommun's
 * order; each deadline with when it is due, and the line `uppsikt summary` and `check` print.
 *
 * @param register - The register.
 * @param today - Today as an Excel serial.
 * @returns The nämnder that have a deadline, earliest deadline first within each.
 * @example
 * answersDueByNamnd(register, 46348)[0].deadlines[0].line //=> 'Granskning av it: svar senast 2026-12-10 (om 18 dagar)'
 */
export function answersDueByNamnd(register: RegisterData, today: number): NamndAnswersDue[] {
  const namnder = reportNamnder(register);
  const groups = new Map<string, NamndAnswersDue['deadlines'][number][]>();
  for (const n of namnder) groups.set(n, []);
  for (const deadline of answerDeadlines(register, today, namnder)) {
    const when = M.answerDueWhen({ date: isoFromSerial(deadline.svarSenast), days: deadline.daysLeft });
    const line = `${deadline.titel}: ${when}`;
    for (const namnd of deadline.namnder.length > 0 ? deadline.namnder : [M.answerNoNamnd]) {
      const list = groups.get(namnd) ?? [];
      list.push({ ...deadline, when, line });
      groups.set(namnd, list);
    }
  }
  return [...groups.entries()].filter(([, list]) => list.length > 0).map(([namnd, deadlines]) => ({ namnd, deadlines }));
}
