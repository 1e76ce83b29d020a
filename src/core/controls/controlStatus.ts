import type { ControlResult } from '../register/controlResults';
import type { RegisterRow } from '../register/RegisterData';
import { dueOccasions } from './dueOccasions';
import { hasDeviation } from './hasDeviation';
import { LAGE_COLORS, type Lage } from './Lage';
import type { Period } from './parsePeriod';
import { periodEnd } from './periodEnd';
import type { PlanControl } from './planControls';
import { pointOfPeriod } from './pointOfPeriod';
import type { ReportingPoint } from './reportingPoints';

/** Where one control stands up to a period: its läge and what it is made of. */
export interface ControlStatus {
  readonly id: string;
  readonly namnd: string;
  readonly lage: Lage;
  /** LAGE_COLORS[lage]: shown beside the word, never instead of it. */
  readonly color: string;
  /** Occasions due up to the period, as periods ("T1 2026"). */
  readonly due: readonly string[];
  /** Due occasions with no result Ja or Delvis: why a control is Ej genomförd. */
  readonly missing: readonly string[];
  /** due.length and how many of them have a result Ja or Delvis: "X av Y". */
  readonly tillfallen: number;
  readonly genomfordaTillfallen: number;
  /** At least one result Ja or Delvis up to the period. */
  readonly genomford: boolean;
  /** At least one result with a deviation (hasDeviation) up to the period. */
  readonly medAvvikelse: boolean;
  /** At least one result graded Väsentlig up to the period. */
  readonly vasentlig: boolean;
  /** Results with a deviation or an Åtgärd: Åtgärdad = Ja (klara), otherwise open. */
  readonly atgarderKlara: number;
  readonly atgarderOppna: number;
  /** The control's results of the year up to the period, in Period order. */
  readonly results: readonly ControlResult[];
  /** The control's row on Kontroller. */
  readonly row: RegisterRow;
}

const isDone = (r: ControlResult): boolean => r.genomford === 'Ja' || r.genomford === 'Delvis';

/**
 * The läge of one control up to a period (the rules of issue 19, defined only here):
 * - Ej genomförd: an occasion due up to the period has no result Ja or Delvis, a result says Genomförd = Nej
 *   for an occasion no other result covers, or a result graded Väsentlig has no Åtgärd;
 * - Avvikelse: otherwise, a result has a deviation whose Åtgärdad is not Ja;
 * - Genomförd: otherwise, at least one result Ja or Delvis;
 * - Ej aktuell än: nothing due yet and nothing done.
 * Results of other years or after the period are not read; results at occasions that are not due count
 * for genomförd and deviations but not in "X av Y".
 *
 * @param control - The control (planControls).
 * @param results - The control's results (any order, any year; others are ignored by id).
 * @param upTo - The period.
 * @param points - reportingPoints(list, upTo.year).
 * @returns Its status.
 * @example
 * controlStatus(k1, [], parsePeriod('T3 2026').value!, reportingPoints(['T1', 'T2', 'T3'], 2026)).lage //=> 'Ej genomförd'
 */
export function controlStatus(control: PlanControl, results: readonly ControlResult[], upTo: Period, points: readonly ReportingPoint[]): ControlStatus {
  const end = periodEnd(upTo, points);
  const mine = results
    .filter((r) => r.kontrollKey === control.key && r.period !== undefined && r.period.year === upTo.year && periodEnd(r.period, points) <= end)
    .map((r) => ({ r, at: pointOfPeriod(r.period!, points)!, end: periodEnd(r.period!, points) }))
    .sort((a, b) => a.end - b.end || a.r.row.row - b.r.row.row);
  const dueAt = dueOccasions(control.frekvens, control.tidpunkt, points).filter((i) => points[i].end <= end);
  const doneAt = new Set(mine.filter((m) => isDone(m.r)).map((m) => m.at));
  const missingAt = new Set([...dueAt, ...mine.filter((m) => m.r.genomford === 'Nej').map((m) => m.at)].filter((i) => !doneAt.has(i)));
  const inYear = mine.map((m) => m.r);
  const deviations = inYear.filter(hasDeviation);
  const withAction = inYear.filter((r) => hasDeviation(r) || r.atgard !== '');
  const atgarderKlara = withAction.filter((r) => r.atgardad === true).length;
  const lage: Lage =
    missingAt.size > 0 || inYear.some((r) => r.avvikelse === 'Väsentlig' && r.atgard === '')
      ? 'Ej genomförd'
      : deviations.some((r) => r.atgardad !== true)
        ? 'Avvikelse'
        : doneAt.size > 0
          ? 'Genomförd'
          : 'Ej aktuell än';
  return {
    id: control.id,
    namnd: control.namnd,
    lage,
    color: LAGE_COLORS[lage],
    due: dueAt.map((i) => points[i].period),
    missing: [...missingAt].sort((a, b) => a - b).map((i) => points[i].period),
    tillfallen: dueAt.length,
    genomfordaTillfallen: dueAt.filter((i) => doneAt.has(i)).length,
    genomford: doneAt.size > 0,
    medAvvikelse: deviations.length > 0,
    vasentlig: inYear.some((r) => r.avvikelse === 'Väsentlig'),
    atgarderKlara,
    atgarderOppna: withAction.length - atgarderKlara,
    results: inYear,
    row: control.row,
  };
}
