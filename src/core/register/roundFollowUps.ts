import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import { isLaterVerdict } from '../round/isLaterVerdict';
import { compareRounds, roundKey } from '../round/roundKey';
import { idKey } from './latestVerdicts';
import type { RegisterData, RegisterRow, RegisterTable, RoundColumn } from './RegisterData';

/*
 * Round columns ("Status 2023", "Bedömning 2024" on the recommendation's own row) are read as the Uppföljning
 * rows they stand for, so every reader of Uppföljning (current verdict, round progress, the checks, reports,
 * consolidation, `adopt`) reads them with the same rule: the latest round that has a verdict wins. A derived
 * row sits at the round's cell, so a finding about it names the cell the user typed.
 */

/** The same round, however the cell holds it ("2024" or 2024). */
export function sameRoundKey(round: CellValue): string {
  const key = roundKey(round);
  return key ? `${key.serial}|${key.sequence}|${key.text}` : '';
}

/** The latest round of a table's round columns: its blank cells are rows of a round not yet assessed. */
function latestRound(rounds: readonly RoundColumn[]): RoundColumn | undefined {
  let latest: RoundColumn | undefined;
  for (const r of rounds) if (!latest || compareRounds(r.round, latest.round) > 0) latest = r;
  return latest;
}

/**
 * The Uppföljning rows one recommendation row's round columns stand for: one per filled cell, and one per
 * cell of the latest round even when blank (that round has started; a blank never hides an earlier verdict).
 *
 * @param row - A Rekommendationer row.
 * @param rounds - The table's round columns.
 * @returns Rows keyed as Uppföljningar rows, placed at the round cells.
 * @example
 * roundRowsOf(row, [{ header: 'Status 2023', round: '2023', column: 4 }])[0].values //=> { rekommendationId: 'R1', omgang: '2023', bedomning: 'Åtgärdad', kommentar: null }
 */
export function roundRowsOf(row: RegisterRow, rounds: readonly RoundColumn[]): RegisterRow[] {
  const latest = latestRound(rounds);
  const out: RegisterRow[] = [];
  for (const r of rounds) {
    const verdict = row.extra[r.header] ?? null;
    if (isBlank(verdict) && r !== latest) continue;
    const columns: Record<string, number> = { omgang: r.column, bedomning: r.column };
    if (row.columns.id !== undefined) columns.rekommendationId = row.columns.id;
    out.push({ values: { rekommendationId: row.values.id ?? null, omgang: r.round, bedomning: verdict, kommentar: null }, extra: {}, sheet: row.sheet, row: row.row, columns });
  }
  return out;
}

/**
 * A register whose Uppföljningar also holds the rows its recommendations' round columns stand for (see
 * roundRowsOf), for recommendations with an id, less any round Uppföljning already has for that
 * recommendation (an adopted workbook keeps the columns it was made from). Unchanged without round columns.
 *
 * @param register - The register as adopted.
 * @returns The register with the derived rows, after the table's own rows.
 * @example
 * withRoundFollowUps(register).tables.Uppföljningar?.rows.length //=> 88
 */
export function withRoundFollowUps(register: RegisterData): RegisterData {
  const recs = register.tables.Rekommendationer;
  if (!recs?.rounds || recs.rounds.length === 0) return register;
  const existing = register.tables.Uppföljningar;
  const had = new Set((existing?.rows ?? []).map((r) => `${idKey(r.values.rekommendationId)}#${sameRoundKey(r.values.omgang ?? null)}`));
  const derived: RegisterRow[] = [];
  for (const row of recs.rows) {
    if (idKey(row.values.id) === '') continue;
    for (const d of roundRowsOf(row, recs.rounds)) {
      const key = `${idKey(d.values.rekommendationId)}#${sameRoundKey(d.values.omgang ?? null)}`;
      if (had.has(key)) continue;
      had.add(key);
      derived.push(d);
    }
  }
  if (derived.length === 0) return register;
  const table: RegisterTable = existing
    ? { ...existing, rows: [...existing.rows, ...derived] }
    : { table: 'Uppföljningar', sheet: recs.sheet, headerRow: recs.headerRow, extraHeaders: [], rows: derived };
  return { ...register, tables: { ...register.tables, Uppföljningar: table } };
}

/**
 * The current verdict a recommendation row's own round columns give (the latest round with a verdict), for a
 * row without an id, which no Uppföljning row can name.
 *
 * @returns The derived row holding that verdict, or undefined when no round has one.
 */
export function ownRoundVerdict(row: RegisterRow, rounds: readonly RoundColumn[] | undefined): RegisterRow | undefined {
  let best: RegisterRow | undefined;
  for (const d of roundRowsOf(row, rounds ?? [])) {
    const verdict = d.values.bedomning ?? null;
    if (isBlank(verdict)) continue;
    if (!best || isLaterVerdict(d.values.omgang ?? null, verdict, best.values.omgang ?? null, best.values.bedomning ?? null)) best = d;
  }
  return best;
}
