import { idKey, isBlank, parseDate, type CellValue } from '../../../core';
import type { Conflict, MissingVerdict } from '../Consolidation';
import { consolidateMessages as M, PER_NAMND_HEADER, SCALE_HEADERS, SOURCE_HEADERS } from '../messages.sv';
import type { OutRow } from '../_lib/buildTable';
import { mapId, text, unique } from '../_lib/cellText';
import { foldName } from '../_lib/fileNamnder';
import type { Recipients } from '../_lib/recipients';
import { latestRound } from '../_lib/roundOrder';
import { ownExtras, sourceColumns } from '../_lib/sourceColumns';
import { placeOf, placeText } from '../_lib/Source';
import { verdictKey, verdictRank, verdictText } from '../_lib/verdictRank';
import type { Ids } from './ids';
import type { Member, Recommendation } from './recommendations';
import type { RisksAndControls } from './risksAndControls';

/** The consolidated Rekommendationer rows and what their verdicts say. */
export interface RecommendationRows {
  readonly rows: OutRow[];
  /** Uppföljningar rows written for differing verdicts that rounds decide: the counted verdict as the latest round. */
  readonly synthesized: OutRow[];
  /** Differing verdicts, each counted as the least finished. */
  readonly conflicts: Conflict[];
  readonly missingVerdicts: MissingVerdict[];
}

/**
 * One row per recommendation: the first file's values with the consolidated ids, each nämnd's text where
 * they differ, the earliest Klart senast still open, each nämnd's verdict in Bedömning per nämnd and the
 * least finished one counted. A risk-id of a risk on another scale is carried on as text.
 *
 * @example
 * recommendationRows(recs.recommendations, ids(…), risksAndControls(prepared), prepared.resolve).rows.length //=> 47
 */
export function recommendationRows(
  recommendations: readonly Recommendation[],
  ids: Ids,
  risks: Pick<RisksAndControls, 'riskIds' | 'apartRiskIds'>,
  resolve: Recipients,
): RecommendationRows {
  const out: RecommendationRows = { rows: [], synthesized: [], conflicts: [], missingVerdicts: [] };
  recommendations.forEach((r, i) => {
    const row = recommendationRow(r, ids.recommendations[i], ids.granskningar[r.granskning.index], risks.riskIds, resolve, out);
    if (!risks.apartRiskIds.has(idKey(row.values.riskId))) out.rows.push(row);
    // Riskanalys rows of risks on another scale are apart: the recommendation names its risk as text.
    else out.rows.push({ values: { ...row.values, riskId: null }, extra: { ...row.extra, [SCALE_HEADERS.riskId]: row.values.riskId } });
  });
  return out;
}

/** Whether a row states a verdict: blank and Ej bedömd say that none was given. */
function hasVerdict(status: CellValue): boolean {
  return verdictRank(status) !== 0;
}

function recommendationRow(
  r: Recommendation,
  id: string,
  granskningId: string,
  riskIds: readonly ReadonlyMap<string, string>[],
  resolve: Recipients,
  out: RecommendationRows,
): OutRow {
  const members = r.members;
  const first = members[0];
  const places = members.map((m) => placeOf(m.source, m.item.row));
  const allNamnder = unique(members.flatMap((m) => m.namnder));
  const mottagareTexts = unique(members.map((m) => foldName(text(m.item.row.values.mottagare))));
  const mottagare =
    mottagareTexts.length === 1
      ? (first.item.row.values.mottagare ?? null)
      : unique(members.flatMap((m) => resolve(m.item.row.values.mottagare ?? null))).join(', ') || (first.item.row.values.mottagare ?? null);

  // The counted verdict: the least finished of the verdicts given (see consolidateMessages.verdictRule). A
  // file without one (not read, or not yet entered) says nothing about the recommendation, so it never
  // overrides a file that has one, as a blank round never blanks an earlier verdict; it is only listed.
  const assessed = members.filter((m) => hasVerdict(m.item.status));
  const counting = assessed.length > 0 ? assessed : members;
  const least = counting.reduce((a, b) => (verdictRank(b.item.status) < verdictRank(a.item.status) ? b : a));
  const differing = unique(counting.map((m) => verdictKey(m.item.status))).length > 1;
  const judged = members.some((m) => m.source.judged.has(idKey(m.item.row.values.id)));
  if (assessed.length > 0) {
    const from = unique(assessed.map((m) => m.source.file));
    for (const m of members) {
      if (assessed.includes(m)) continue;
      out.missingVerdicts.push({
        message: M.missingVerdict(r.granskning.title, r.nr || '(utan nummer)', m.source.file, m.namnder.join(', '), verdictText(least.item.status), from),
        file: m.source.file,
      });
    }
  }
  const perNamnd = members.map((m) => `${m.namnder.join(', ') || M.noNamnd}: ${verdictText(m.item.status)}`);
  if (differing) {
    const values = members.map((m) =>
      M.verdictValue(m.namnder.join(', ') || M.noNamnd, verdictText(m.item.status), m.source.file, placeText(placeOf(m.source, m.item.statusAt.row))),
    );
    out.conflicts.push({
      kind: 'bedomning',
      message: M.conflictVerdict(r.granskning.title, r.nr || '(utan nummer)', values, verdictText(least.item.status)),
      files: unique(members.map((m) => m.source.file)),
    });
    if (judged) {
      // Rounds decide the current verdict, so the counted one is written as the latest round, saying what it is.
      const rounds = members.flatMap((m) => m.source.judged.get(idKey(m.item.row.values.id)) ?? []);
      out.synthesized.push({
        values: { rekommendationId: id, omgang: latestRound(rounds), bedomning: verdictText(least.item.status), kommentar: M.synthesizedComment(perNamnd) },
        extra: { [SOURCE_HEADERS.file]: M.synthesizedSource, [SOURCE_HEADERS.sheet]: null, [SOURCE_HEADERS.row]: null, [SOURCE_HEADERS.namnd]: allNamnder.join(', ') },
      });
    }
  }

  const riskMember = members.find((m) => !isBlank(m.item.row.values.riskId));
  const extras: Record<string, CellValue> = {};
  for (const m of [...members].reverse()) Object.assign(extras, ownExtras(m.item.row));
  const values: Record<string, CellValue> = {
    ...first.item.row.values,
    id,
    granskningId,
    mottagare,
    svar: mergedText(members, 'svar'),
    atgard: mergedText(members, 'atgard'),
    ansvarig: mergedText(members, 'ansvarig'),
    klartSenast: mergedDate(members),
    riskId: riskMember ? mapId(riskMember.item.row.values.riskId, riskIds[riskMember.source.index]) : (first.item.row.values.riskId ?? null),
    granskning: null,
    senasteBedomning: judged ? null : (least.item.status ?? null),
  };
  return { values, extra: { ...extras, [PER_NAMND_HEADER]: perNamnd.join('; '), ...sourceColumns(places, allNamnder) } };
}

/** One text for a column that several nämnder filled in differently: each nämnd's on its own line. */
function mergedText(members: readonly Member[], key: string): CellValue {
  const distinct = new Map<string, { value: CellValue; namnder: string[] }>();
  for (const m of members) {
    const value = m.item.row.values[key];
    if (isBlank(value)) continue;
    const k = text(value).toLocaleLowerCase('sv');
    const entry = distinct.get(k) ?? { value, namnder: [] };
    for (const n of m.namnder) entry.namnder.push(n);
    distinct.set(k, entry);
  }
  if (distinct.size === 0) return members[0].item.row.values[key] ?? null;
  if (distinct.size === 1) return [...distinct.values()][0].value;
  return [...distinct.values()].map((e) => `${unique(e.namnder).join(', ') || M.noNamnd}: ${text(e.value)}`).join('\n');
}

/** Klart senast of a shared recommendation: the earliest date a nämnd still working promised. */
function mergedDate(members: readonly Member[]): CellValue {
  const dated = members.filter((m) => !isBlank(m.item.row.values.klartSenast));
  if (dated.length === 0) return members[0].item.row.values.klartSenast ?? null;
  const parsed = dated.map((m) => ({ m, date: parseDate(m.item.row.values.klartSenast ?? null) }));
  if (parsed.some((p) => p.date === null || Number.isNaN(p.date))) return dated[0].item.row.values.klartSenast ?? null;
  const open = parsed.filter((p) => verdictRank(p.m.item.status) < 3);
  const pool = open.length > 0 ? open : parsed;
  return pool.reduce((a, b) => (b.date! < a.date! ? b : a)).m.item.row.values.klartSenast ?? null;
}
