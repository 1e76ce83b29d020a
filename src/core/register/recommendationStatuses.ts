import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import { idKey, verdictSources } from './latestVerdicts';
import type { RegisterData, RegisterRow } from './RegisterData';
import { ownRoundVerdict } from './roundFollowUps';

/** One recommendation row with what summaries group and count it by, and where each came from. */
export interface RecommendationStatus {
  row: RegisterRow;
  /** The granskning's title (via Granskning-id), else the row's own Granskning cell, else the id. */
  granskning: CellValue;
  mottagare: CellValue;
  /** The current verdict as typed, and its cell: the latest assessed follow-up round, else the row's own status. */
  status: CellValue;
  statusAt: { row: RegisterRow; key: string };
  /** The round (Omgång) the verdict was given in; null when it is the row's own status or there is none. */
  round: CellValue;
}

/**
 * Each recommendation with its granskning, addressee and current verdict: the input of every follow-up
 * summary, so the CLI, the Sammanställning sheet and the task pane count the same thing.
 *
 * @param register - The register.
 * @returns One entry per Rekommendationer row, in sheet order.
 * @example
 * recommendationStatuses(register)[0].status //=> 'Åtgärdad'
 */
export function recommendationStatuses(register: RegisterData): RecommendationStatus[] {
  const titles = new Map<string, CellValue>();
  for (const audit of register.tables.Granskningar?.rows ?? []) {
    const key = idKey(audit.values.id);
    if (key !== '') titles.set(key, audit.values.titel ?? null);
  }
  const verdicts = verdictSources(register);
  const recs = register.tables.Rekommendationer;
  return (recs?.rows ?? []).map((row) => {
    const granskning = titles.get(idKey(row.values.granskningId)) ?? (isBlank(row.values.granskning) ? (row.values.granskningId ?? null) : row.values.granskning);
    const id = idKey(row.values.id);
    // A row without an id has no Uppföljning rows; its own round columns ("Status 2023") give its verdict.
    const own = id === '' ? ownRoundVerdict(row, recs?.rounds) : undefined;
    const source = own ? { value: own.values.bedomning ?? null, row: own, key: 'bedomning' as const, round: own.values.omgang ?? null } : verdicts.get(id);
    return {
      row,
      granskning,
      mottagare: row.values.mottagare ?? null,
      status: source ? source.value : (row.values.senasteBedomning ?? null),
      statusAt: source ? { row: source.row, key: source.key } : { row, key: 'senasteBedomning' },
      round: source ? source.round : null,
    };
  });
}
