import { compareRounds, isBlank, type RegisterData } from '../../core';

const fold = (s: string) => s.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();

/**
 * The follow-up rounds a report can be made for: every Omgång in Uppföljning once (spelled as first typed),
 * in time order (compareRounds).
 *
 * @param register - The register.
 * @returns The rounds, earliest first.
 * @example
 * reportRounds(exampleRegister(defaultScale)) //=> ['2024', '2025']
 */
export function reportRounds(register: RegisterData): string[] {
  const rounds = new Map<string, string>();
  for (const row of register.tables.Uppföljningar?.rows ?? []) {
    const round = row.values.omgang;
    if (!isBlank(round) && !rounds.has(fold(String(round)))) rounds.set(fold(String(round)), String(round).trim());
  }
  return [...rounds.values()].sort((a, b) => compareRounds(a, b));
}

/**
 * Whether a round named for a report is one of the register's (spaces and case aside).
 *
 * @example
 * hasReportRound(register, ' 2024 ') //=> true
 */
export function hasReportRound(register: RegisterData, round: string): boolean {
  return reportRounds(register).some((r) => fold(r) === fold(round));
}
