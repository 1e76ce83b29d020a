import { compareRounds, formatRoundProgress, newFollowUpRound, parseRoundName, roundProgress, type CellValue, type RegisterData, type RoundProgress } from '../../core';
import { flowMessagesSv as M } from '../messages.sv';

/** What starting a follow-up round would add, before anything is written. */
export interface FollowUpRoundPlan {
  /** The round's cleaned name (parseRoundName), or '' when the name was refused. */
  round: string;
  /** The Uppföljning rows to append: one per recommendation not yet judged Åtgärdad and not in the round. */
  rows: Record<string, CellValue>[];
  /** The round's progress when it already has rows. */
  existing?: RoundProgress;
  /** Why the name was refused (Swedish, with examples). */
  problem?: string;
  /** What the plan means, said before the user confirms ('' when the name was refused). */
  state: string;
}

/**
 * Plans a new follow-up round, the one rule for `uppsikt ny-omgang` and the pane's Uppföljning: the name must
 * carry a year (parseRoundName); earlier rounds are never touched; a recommendation that already has a row in
 * the round gets no second one, so starting a round twice adds nothing.
 *
 * @param register - The register.
 * @param name - The round's name as typed: a year, a date or a label with the year.
 * @returns The plan.
 * @example
 * planFollowUpRound(exampleRegister(defaultScale), '2026').state //=> '4 rekommendationer får en rad att fylla i.'
 */
export function planFollowUpRound(register: RegisterData, name: string): FollowUpRoundPlan {
  const parsed = parseRoundName(name);
  if (parsed.value === undefined) return { round: '', rows: [], problem: parsed.issues[0]?.message, state: '' };
  const round = parsed.value;
  const rows = newFollowUpRound(register, round);
  const existing = roundProgress(register).find((p) => compareRounds(p.round, round) === 0);
  // After the round is created the same round has nothing left to add: say how far it has come instead.
  const state =
    rows.length > 0 ? M.roundRowsPlanned({ rows: rows.length }) : existing ? M.roundAlreadyStarted({ progress: formatRoundProgress(existing) }) : M.roundNothingToFollow;
  return { round, rows, ...(existing ? { existing } : {}), state };
}
