import { monthEnd, serialFromYmd } from '../date/excelSerial';
import { FULL_MONTHS } from '../date/parseDate';
import { roundKey } from '../round/roundKey';
import { fold } from './fold';

/** One of the year's reporting points (Inställningar, list Rapporteringspunkter) in a given year. */
export interface ReportingPoint {
  /** As on the list: "T2", "Delår". */
  readonly name: string;
  /** The point as a Period in the year: "T2 2026". */
  readonly period: string;
  readonly year: number;
  /** 0-based position in the year. */
  readonly index: number;
  /** The last day the point covers, as an Excel serial (see pointEnds). */
  readonly end: number;
}

// Names that mean the end of the year; any other name roundKey places at 31 December has no known date.
const YEAR_END = /helår|bokslut|årsredovisning|\bt3\b|tertial 3|tredje tertialet|\bq4\b|kvartal 4|fjärde kvartalet|\bh2\b|^år$|december/;

/**
 * The last day a name such as "T1", "Delår", "Q3", "Juni" or "Helår" covers in a year, or undefined when the
 * name has no date ("Prognos").
 *
 * @example
 * namedEnd('T1', 2026) //=> serialFromYmd(2026, 4, 30)
 * namedEnd('Prognos', 2026) //=> undefined
 */
export function namedEnd(name: string, year: number): number | undefined {
  const text = fold(name);
  const month = FULL_MONTHS.findIndex((m) => new RegExp(`(^|[^a-zåäö])${m}`).test(text));
  if (month >= 0) return monthEnd(year, month + 1);
  const serial = roundKey(`${text} ${year}`)?.serial;
  if (serial === undefined) return undefined;
  return serial === serialFromYmd(year, 12, 31) && !YEAR_END.test(text) ? undefined : serial;
}

/**
 * The year's reporting points, in list order, each with the last day it covers. A point without a date of
 * its own ("Prognos") is placed halfway between its neighbours, the last point always ends the year, and
 * ends never go backwards, so a dated result and a due occasion always find one point.
 *
 * @param names - The list Rapporteringspunkter (default T1, T2, T3); blanks and repeats are dropped.
 * @param year - The year.
 * @returns The points; the year end alone ("Helår") when the list is empty.
 * @example
 * reportingPoints(['T1', 'T2', 'T3'], 2026).map((p) => p.period) //=> ['T1 2026', 'T2 2026', 'T3 2026']
 */
export function reportingPoints(names: readonly string[], year: number): ReportingPoint[] {
  const seen = new Set<string>();
  const unique = names
    .map((n) =>
      String(n ?? '')
        .trim()
        .replace(/\s+/g, ' '),
    )
    .filter((n) => n !== '' && !seen.has(fold(n)) && seen.add(fold(n)));
  const list = unique.length > 0 ? unique : ['Helår'];
  const start = serialFromYmd(year, 1, 1) - 1;
  const yearEnd = serialFromYmd(year, 12, 31);
  const ends: (number | undefined)[] = list.map((n, i) => (i === list.length - 1 ? yearEnd : namedEnd(n, year)));
  let latest = start;
  for (let i = 0; i < ends.length; i++) if (ends[i] !== undefined) latest = ends[i] = Math.max(ends[i]!, latest);
  const filled = ends.map((end, i) => {
    if (end !== undefined) return end;
    const prev = lastKnownBefore(ends, i);
    const next = ends.findIndex((e, j) => j > i && e !== undefined);
    const before = prev < 0 ? start : ends[prev]!;
    return Math.round(before + ((ends[next]! - before) * (i - prev)) / (next - prev));
  });
  return list.map((name, index) => ({ name, period: `${name} ${year}`, year, index, end: filled[index] }));
}

function lastKnownBefore(ends: readonly (number | undefined)[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (ends[j] !== undefined) return j;
  return -1;
}
