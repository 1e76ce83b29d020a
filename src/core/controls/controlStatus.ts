import type { ControlResult } from '../register/controlResults';
import type { RegisterRow } from '../register/RegisterData';
import { dueOccasions } from './dueOccasions';
import { hasDeviation } from './hasDeviation';
import type { Period } from './parsePeriod';
import { periodEnd } from './periodEnd';
import type { PlanControl } from './planControls';
import { pointOfPeriod } from './pointOfPeriod';
import type { ReportingPoint } from './reportingPoints';
import { addResult, newTallies, statusFigures, type StatusFigures } from './resultTally';

/** Where one control stands up to a period: its läge and what it is made of (the figures are documented on StatusFigures). */
export interface ControlStatus extends StatusFigures {
  readonly id: string;
  readonly namnd: string;
  /** The control's results of the year up to the period, in Period order. */
  readonly results: readonly ControlResult[];
  /** The control's row on Kontroller. */
  readonly row: RegisterRow;
}

/**
 * The läge of one control up to a period, by the rules of decideTally. Results of other years or after the
 * period are not read; results at occasions that are not due count for genomförd and deviations but not in
 * "X av Y".
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
  const tally = newTallies(1, points.length);
  for (const { r, at } of mine) addResult(tally, 0, at, r.genomford, hasDeviation(r), r.avvikelse, r.atgard !== '', r.atgardad);
  return {
    id: control.id,
    namnd: control.namnd,
    ...statusFigures(tally, 0, dueAt, points),
    results: mine.map((m) => m.r),
    row: control.row,
  };
}
