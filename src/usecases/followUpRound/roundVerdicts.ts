import { compareRounds, FOLLOW_UP_STATUSES, idKey, isBlank, normalizeStatus, UNJUDGED_STATUS, type CellValue, type RegisterData } from '../../core';
import type { RegisterEdits, WorkbookPort } from '../port/WorkbookPort';
import { flowMessagesSv as M } from '../messages.sv';
import { currentRound } from '../currentRound';

/** One row of a follow-up round as the verdict form shows it: the recommendation, its verdict and comment. */
export interface VerdictRow {
  /** The recommendation's id ("G1-2"). */
  readonly id: string;
  /** The recommendation's text, '' when Rekommendationer has no row for the id. */
  readonly text: string;
  readonly mottagare: string;
  /** The verdict as its canonical word, '' when blank; a word Uppsikt does not know stays as typed. */
  readonly verdict: string;
  readonly comment: string;
  /** Where the row's Bedömning and Kommentar cells are (0-based). */
  readonly sheet: string;
  readonly row: number;
  readonly columns: { readonly bedomning: number; readonly kommentar: number };
}

/** What the user chose on one row. */
export interface VerdictAnswer {
  readonly verdict: string;
  readonly comment: string;
}

/** The verdicts a round's row can be given: the auditors' three words; blank is "not yet judged". */
export const VERDICT_CHOICES: readonly string[] = FOLLOW_UP_STATUSES.filter((s) => s !== UNJUDGED_STATUS);

const text = (value: CellValue | undefined): string => (isBlank(value ?? null) ? '' : String(value).trim());

/**
 * The rows of a follow-up round with what the verdict form needs: the pane's Uppföljning lists them so a
 * verdict can be recorded without a grid (file mode) as well as in Excel.
 *
 * @param register - The register.
 * @param round - The round; the latest one when omitted.
 * @returns The round's name and its rows in the order of Uppföljning, or undefined when there is no round.
 * @example
 * roundVerdicts(exampleRegister(defaultScale))?.rows.map((r) => r.id) //=> ['G1-1', 'G1-2', 'G1-3', 'G2-1', 'G2-2', 'G2-3']
 */
export function roundVerdicts(register: RegisterData, round?: CellValue): { round: string; rows: VerdictRow[] } | undefined {
  const which = round ?? currentRound(register)?.round;
  if (which === undefined || isBlank(which)) return undefined;
  const recs = new Map((register.tables.Rekommendationer?.rows ?? []).map((r) => [idKey(r.values.id), r.values]));
  const rows: VerdictRow[] = [];
  for (const r of register.tables.Uppföljningar?.rows ?? []) {
    const { bedomning, kommentar } = r.columns;
    if (bedomning === undefined || kommentar === undefined || isBlank(r.values.omgang ?? null) || compareRounds(r.values.omgang ?? null, which) !== 0) continue;
    const id = text(r.values.rekommendationId);
    if (id === '') continue;
    const rec = recs.get(idKey(r.values.rekommendationId));
    const raw = r.values.bedomning ?? null;
    rows.push({
      id,
      text: text(rec?.rekommendation),
      mottagare: text(rec?.mottagare),
      verdict: isBlank(raw) ? '' : (normalizeStatus(raw) ?? text(raw)),
      comment: text(r.values.kommentar),
      sheet: r.sheet,
      row: r.row,
      columns: { bedomning, kommentar },
    });
  }
  return { round: text(which), rows };
}

/**
 * The cells the verdict form changes: only where the answer differs from what the row holds, so a verdict
 * typed in Excel meanwhile is not written over by an untouched row.
 *
 * @param rows - From roundVerdicts.
 * @param answers - One per row, in the same order.
 * @returns The edits for WorkbookPort.applyEdits (no rows appended).
 * @example
 * verdictEdits(rows, [{ verdict: 'Åtgärdad', comment: '' }]).update.length //=> 1
 */
export function verdictEdits(rows: readonly VerdictRow[], answers: readonly VerdictAnswer[]): RegisterEdits {
  const update: { sheet: string; row: number; column: number; value: CellValue }[] = [];
  rows.forEach((r, i) => {
    const a = answers[i];
    if (!a) return;
    if (a.verdict !== r.verdict) update.push({ sheet: r.sheet, row: r.row, column: r.columns.bedomning, value: a.verdict === '' ? null : a.verdict });
    const comment = a.comment.trim();
    if (comment !== r.comment) update.push({ sheet: r.sheet, row: r.row, column: r.columns.kommentar, value: comment === '' ? null : comment });
  });
  return { append: [], update };
}

/**
 * Records the verdicts and comments of a round in the open workbook (Excel or a file): single cells in
 * Uppföljning, nothing else.
 *
 * @param port - The workbook.
 * @param round - The round's name, for the sentence.
 * @param rows - From roundVerdicts.
 * @param answers - One per row.
 * @returns The Swedish sentence for the user.
 * @example
 * await applyVerdicts(port, '2025', rows, answers) //=> 'Sparat: 2 rader i omgång 2025 i Uppföljning.'
 */
export async function applyVerdicts(port: WorkbookPort, round: string, rows: readonly VerdictRow[], answers: readonly VerdictAnswer[]): Promise<string> {
  const edits = verdictEdits(rows, answers);
  const changed = new Set(edits.update.map((u) => u.row)).size;
  if (changed > 0) await port.applyEdits(edits);
  return M.verdictsSaved({ round, rows: changed });
}
