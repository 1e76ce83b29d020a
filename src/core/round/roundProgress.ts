import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import { idKey } from '../register/latestVerdicts';
import type { RegisterData } from '../register/RegisterData';
import { roundRowsOf } from '../register/roundFollowUps';
import { compareRounds, roundKey } from './roundKey';

/** How far one follow-up round has come: its recommendations and how many of them are assessed. */
export interface RoundProgress {
  /** The round as first written in Uppföljning, e.g. "2026". */
  round: CellValue;
  /** Recommendations with a row in this round. */
  total: number;
  /** Of those, the ones with a verdict (Bedömning not blank). */
  assessed: number;
}

/**
 * Every follow-up round in Uppföljning, earliest first (ordered by what the round says, see compareRounds),
 * with how many of its recommendations are assessed: "Omgång 2026: 2 av 6 bedömda".
 *
 * @param register - The register.
 * @returns One entry per round; empty when there is no Uppföljning.
 * @example
 * roundProgress(register).at(-1) //=> { round: '2026', total: 6, assessed: 2 }
 */
export function roundProgress(register: RegisterData): RoundProgress[] {
  const rounds = new Map<string, { round: CellValue; all: Set<string>; assessed: Set<string> }>();
  // Round columns of recommendations without an id stand for rows no Uppföljning can name: counted by their row.
  const recs = register.tables.Rekommendationer;
  const unnamed =
    (recs?.rounds ?? []).length === 0
      ? []
      : recs!.rows.filter((r) => idKey(r.values.id) === '').flatMap((r) => roundRowsOf(r, recs!.rounds!).map((d) => ({ d, key: `#${r.sheet}!${r.row}` })));
  const rows = [...(register.tables.Uppföljningar?.rows ?? []).map((d) => ({ d, key: idKey(d.values.rekommendationId) })), ...unnamed];
  for (const { d: row, key } of rows) {
    const round = row.values.omgang ?? null;
    if (key === '' || isBlank(round)) continue;
    const k = roundKey(round);
    const same = `${k?.serial}|${k?.sequence}|${k?.text}`;
    let entry = rounds.get(same);
    if (!entry) rounds.set(same, (entry = { round, all: new Set(), assessed: new Set() }));
    entry.all.add(key);
    if (!isBlank(row.values.bedomning)) entry.assessed.add(key);
  }
  return [...rounds.values()].sort((a, b) => compareRounds(a.round, b.round)).map((r) => ({ round: r.round, total: r.all.size, assessed: r.assessed.size }));
}
