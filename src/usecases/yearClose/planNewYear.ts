import { dateText, DONE_STATUS, idKey, isBlank, recommendationStatuses, normalizeStatus, type CellValue, type RegisterData } from '../../core';
import type { ControlYearOutcome } from './ControlYearOutcome';
import { yearCloseMessagesSv as M } from './messages.sv';

/** A control of the old plan that the nämnd must take a stand on. */
export interface FlaggedControl {
  readonly id: string;
  readonly notCarriedOut: boolean;
  readonly openDeviation: boolean;
  /** The mark written in the column "Inför <år>". */
  readonly mark: string;
}

/** What `nytt-ar` (and the pane's Nytt år) will do, before anything is written. */
export interface NewYearPlan {
  /** The year closed and the year the new plan is for. */
  readonly from: number;
  readonly to: number;
  /** The column the marks are written in: "Inför 2027". */
  readonly header: string;
  readonly risks: number;
  readonly controls: number;
  readonly flagged: readonly FlaggedControl[];
  readonly results: number;
  readonly resultsOfYear: number;
  readonly recommendations: { readonly total: number; readonly open: number };
  readonly assessments: number;
  /** Fastställd and Beslutsnummer as they are now (cleared in the new plan). */
  readonly adopted: { readonly faststalld: CellValue; readonly beslutsnummer: CellValue };
  /** Every sentence of what will be done, in order. */
  readonly lines: readonly string[];
  /** Why nothing can be done (Swedish), when the plan is refused. */
  readonly problem?: string;
}

const text = (v: CellValue | undefined) => (v === null || v === undefined ? '' : v instanceof Date ? dateText(v) : String(v).trim());

/**
 * The year a new plan is for, as typed (--ar, the pane's field).
 *
 * @param value - "2027".
 * @returns The year, or undefined when it is not a year 1901–2100.
 * @example
 * parsePlanYear(' 2027 ') //=> 2027
 */
export function parsePlanYear(value: string): number | undefined {
  const year = /^\s*(\d{4})\s*$/.exec(value);
  const n = year ? Number(year[1]) : NaN;
  return n >= 1901 && n <= 2100 ? n : undefined;
}

function markOf(outcome: ControlYearOutcome | undefined, from: number): { notCarriedOut: boolean; openDeviation: boolean; mark: string } | undefined {
  const notCarriedOut = !(outcome?.carriedOut ?? false);
  const openDeviation = outcome?.openDeviation ?? false;
  if (!notCarriedOut && !openDeviation) return undefined;
  const mark =
    notCarriedOut && openDeviation ? M.fromFollowUpBoth({ year: from }) : notCarriedOut ? M.fromFollowUpNotCarried({ year: from }) : M.fromFollowUpOpenDeviation({ year: from });
  return { notCarriedOut, openDeviation, mark };
}

/**
 * Plans next year's internkontrollplan from this year's: every risk and control is carried; risks keep their
 * sannolikhet and konsekvens as a proposal marked for re-assessment; controls not carried out in the closing
 * year, or with a deviation whose åtgärd is not done, are marked "Från uppföljningen <år>"; results,
 * recommendations with their rounds and helhetsbedömningar all stay; Fastställd and Beslutsnummer are cleared.
 *
 * @param register - This year's register.
 * @param to - The new plan's year (the closing year is the one before).
 * @param outcomes - Each control's closing year by control id (idKey), from the results.
 * @param resultsOfYear - How many result rows the closing year has (0: every control counts as not carried out).
 * @returns The plan; `problem` set when there is nothing to carry.
 * @example
 * planNewYear(register, 2027, outcomes, 12).flagged.map((f) => f.id) //=> ['K2', 'K4']
 */
export function planNewYear(register: RegisterData, to: number, outcomes: ReadonlyMap<string, ControlYearOutcome>, resultsOfYear: number): NewYearPlan {
  const from = to - 1;
  const risks = register.tables.Risker?.rows.length ?? 0;
  const controlRows = register.tables.Kontroller?.rows ?? [];
  const flagged: FlaggedControl[] = [];
  for (const row of controlRows) {
    const id = text(row.values.id);
    if (id === '') continue;
    const mark = markOf(outcomes.get(idKey(row.values.id ?? null)), from);
    if (mark) flagged.push({ id, ...mark });
  }
  const statuses = recommendationStatuses(register);
  const recommendations = { total: statuses.length, open: statuses.filter((s) => normalizeStatus(s.status) !== DONE_STATUS).length };
  const results = register.tables.Kontrollutfall?.rows.length ?? 0;
  const assessments = register.tables.Helhetsbedömningar?.rows.length ?? 0;
  const adopted = { faststalld: register.plan?.faststalld ?? null, beslutsnummer: register.plan?.beslutsnummer ?? null };
  const base = { from, to, header: M.nextYearHeader({ year: to }), risks, controls: controlRows.length, flagged, results, resultsOfYear, recommendations, assessments, adopted };
  if (risks === 0 && controlRows.length === 0) return { ...base, lines: [], problem: M.noPlan };

  const lines = [
    M.planTitle({ from, to }),
    M.planRisks({ risks, from, to }),
    M.planControls({ controls: controlRows.length, flagged: flagged.length, from }),
    ...flagged.map((f) => M.planFlagged({ id: f.id, mark: f.mark })),
    ...(resultsOfYear === 0 && controlRows.length > 0 ? [M.planNoResults({ from })] : []),
    M.planResults({ rows: results }),
    M.planRecommendations(recommendations),
    M.planAssessments({ rows: assessments }),
    isBlank(adopted.faststalld) && isBlank(adopted.beslutsnummer)
      ? M.planNotAdopted
      : M.planCleared({ faststalld: text(adopted.faststalld) || '–', beslutsnummer: text(adopted.beslutsnummer) || '–' }),
    M.planInputKept,
  ];
  return { ...base, lines };
}
