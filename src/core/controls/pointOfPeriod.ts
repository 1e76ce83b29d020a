import type { Period } from './parsePeriod';
import type { ReportingPoint } from './reportingPoints';
import { fold } from './fold';

/**
 * The reporting point a result's Period counts toward: the point it names ("T2 2026" → T2), else the first
 * point whose end is on or after the period's date ("2026-03-15" → T1; a year alone or "Helår 2026" → the
 * last point). Points are of the period's year.
 *
 * @param period - The parsed Period.
 * @param points - reportingPoints(list, period.year).
 * @returns The point's index, or undefined when there are no points.
 * @example
 * pointOfPeriod(parsePeriod('2026-05-10').value!, reportingPoints(['T1', 'T2', 'T3'], 2026)) //=> 1
 */
export function pointOfPeriod(period: Period, points: readonly ReportingPoint[]): number | undefined {
  if (points.length === 0) return undefined;
  const named = namedPoint(period, points);
  if (named) return named.index;
  const serial = period.key.serial ?? Number.POSITIVE_INFINITY;
  return (points.find((p) => p.end >= serial) ?? points[points.length - 1]).index;
}

/**
 * The reporting point a Period names, its year aside ("T2 2026" → T2, "Prognos 2026" → Prognos).
 *
 * @example
 * namedPoint(parsePeriod('t2 2026').value!, reportingPoints(['T1', 'T2', 'T3'], 2026))?.name //=> 'T2'
 */
export function namedPoint(period: Period, points: readonly ReportingPoint[]): ReportingPoint | undefined {
  let byName = named.get(points);
  if (!byName) named.set(points, (byName = new Map()));
  let point = byName.get(period.name);
  if (point === undefined) {
    const name = fold(period.name.replace(String(period.year), ''));
    point = points.find((p) => fold(p.name) === name) ?? null;
    byName.set(period.name, point);
  }
  return point ?? undefined;
}

// Every result of a year is placed among the same points: each period name is looked up once per points list.
const named = new WeakMap<readonly ReportingPoint[], Map<string, ReportingPoint | null>>();
