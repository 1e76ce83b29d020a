import type { Period } from './parsePeriod';
import type { ReportingPoint } from './reportingPoints';
import { namedPoint } from './pointOfPeriod';

/**
 * The last day a Period covers, for "up to this period": a period naming a reporting point ("T2 2026",
 * "Prognos 2026") ends where the point ends; any other (a date, "Delår 2026", "2026") on its own date.
 *
 * @param period - The period.
 * @param points - The year's points (reportingPoints of period.year).
 * @returns An Excel serial.
 * @example
 * periodEnd(parsePeriod('T1 2026').value!, reportingPoints(['T1', 'T2', 'T3'], 2026)) //=> serialFromYmd(2026, 4, 30)
 */
export function periodEnd(period: Period, points: readonly ReportingPoint[]): number {
  return namedPoint(period, points)?.end ?? period.key.serial!;
}
