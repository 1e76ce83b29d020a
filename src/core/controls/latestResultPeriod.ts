import type { ControlResult } from '../register/controlResults';
import { compareRounds } from '../round/roundKey';
import type { Period } from './parsePeriod';

/**
 * The latest period that has results: the default period of `utfall`, Översikt and the reports. Rows
 * without a Kontroll-id or with a Period that is not a period do not count.
 *
 * @param results - controlResults(register).
 * @returns The period, or undefined when no result has one.
 * @example
 * latestResultPeriod(controlResults(register))?.name //=> 'T2 2026'
 */
export function latestResultPeriod(results: readonly ControlResult[]): Period | undefined {
  let latest: Period | undefined;
  for (const r of results) {
    if (r.period === undefined || r.kontrollKey === '') continue;
    if (!latest || compareRounds(r.period.name, latest.name) > 0) latest = r.period;
  }
  return latest;
}
