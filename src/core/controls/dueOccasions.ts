import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import { monthEnd } from '../date/excelSerial';
import { fold } from './fold';
import { frequencyOf, TIMES_A_YEAR } from './frequencyOf';
import { namedEnd, type ReportingPoint } from './reportingPoints';

/**
 * The reporting points a control is due at in a year, from its Frekvens and Tidpunkt: the one rule the CLI,
 * pane, functions and reports share (table in docs/workbook.md).
 *
 * - Årligen: once, at the point Tidpunkt names ("T2", "Delår", "Juni"), else at the last point.
 * - Halvårsvis, Tertialvis: at the first point ending on or after each half-year (30 June, 31 December) or
 *   tertial end (30 April, 31 August, 31 December); that is every point when the points are T1–T3.
 * - Kvartalsvis, Månadsvis, Löpande: at every point, each covering the checks since the last.
 * A control due more often than there are points is due at every point.
 *
 * @param frekvens - The control's Frekvens cell.
 * @param tidpunkt - The control's Tidpunkt cell (only an Årligen control uses it).
 * @param points - The year's points (reportingPoints).
 * @returns Point indices, ascending, no repeats.
 * @example
 * const points = reportingPoints(['T1', 'T2', 'T3'], 2026)
 * dueOccasions('Årligen', '', points) //=> [2]
 * dueOccasions('Årligen', 'T1', points) //=> [0]
 * dueOccasions('Halvårsvis', '', points) //=> [1, 2]
 * dueOccasions('Månadsvis', '', points) //=> [0, 1, 2]
 */
export function dueOccasions(frekvens: CellValue, tidpunkt: CellValue, points: readonly ReportingPoint[]): number[] {
  let byFrekvens = memo.get(points);
  if (!byFrekvens) memo.set(points, (byFrekvens = new Map()));
  const f = isBlank(frekvens) ? '' : String(frekvens);
  let byTidpunkt = byFrekvens.get(f);
  if (!byTidpunkt) byFrekvens.set(f, (byTidpunkt = new Map()));
  const t = isBlank(tidpunkt) ? '' : String(tidpunkt);
  let due = byTidpunkt.get(t);
  if (!due) byTidpunkt.set(t, (due = computeDue(frekvens, tidpunkt, points)));
  return due.slice();
}

/*
 * A plan repeats a handful of Frekvens and Tidpunkt texts over thousands of controls, each control of an
 * overview is placed among the same points, and the rule reads a cell only as its text (fold): each text pair
 * is worked out once per points list.
 */
const memo = new WeakMap<readonly ReportingPoint[], Map<string, Map<string, readonly number[]>>>();

function computeDue(frekvens: CellValue, tidpunkt: CellValue, points: readonly ReportingPoint[]): number[] {
  if (points.length === 0) return [];
  const last = points[points.length - 1];
  const times = TIMES_A_YEAR[frequencyOf(frekvens)];
  if (times >= points.length) return points.map((p) => p.index);
  if (times === 1) return [atTidpunkt(tidpunkt, points) ?? last.index];
  const year = points[0].year;
  const due = new Set<number>();
  for (let k = 1; k <= times; k++) {
    const month = (12 * k) / times;
    const end = monthEnd(year, month);
    due.add((points.find((p) => p.end >= end) ?? last).index);
  }
  return [...due].sort((a, b) => a - b);
}

/** The point a Tidpunkt names or falls in, or undefined when it says no time ("Vid behov"). */
function atTidpunkt(tidpunkt: CellValue, points: readonly ReportingPoint[]): number | undefined {
  if (isBlank(tidpunkt)) return undefined;
  const text = fold(tidpunkt);
  const named = points.find((p) => fold(p.name) === text);
  if (named) return named.index;
  const year = points[0].year;
  const end = namedEnd(text.replace(/(?<!\d)\d{4}(?!\d)/g, '').trim(), year);
  return end === undefined ? undefined : points.find((p) => p.end >= end)?.index;
}
