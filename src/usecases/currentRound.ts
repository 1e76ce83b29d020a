import { roundProgress, type RegisterData, type RoundProgress } from '../core';

/**
 * The latest follow-up round and how far it has come: the line under `uppsikt summary` and on the pane's
 * Översikt (formatRoundProgress words it).
 *
 * @param register - The register.
 * @param rounds - roundProgress(register), when the caller has it already.
 * @returns The latest round's progress, or undefined when there is no round.
 * @example
 * currentRound(exampleRegister(defaultScale))?.round //=> '2025'
 */
export function currentRound(register: RegisterData, rounds: readonly RoundProgress[] = roundProgress(register)): RoundProgress | undefined {
  return rounds.length > 0 ? rounds[rounds.length - 1] : undefined;
}
