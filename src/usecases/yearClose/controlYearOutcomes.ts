import { controlOverview, hasDeviation, idKey, type ControlStatus, type RegisterData } from '../../core';
import type { ControlYearOutcome } from './ControlYearOutcome';

/** A control's results of the year still hold a deviation whose åtgärd is not done. */
export function hasOpenDeviation(status: ControlStatus): boolean {
  return status.results.some((r) => hasDeviation(r) && r.atgardad !== true);
}

/**
 * Each control's closing year from the results, by the core's status of the control up to the year's end
 * (controlOverview with the year as the period): carried out, an open deviation, a Väsentlig one.
 *
 * @param register - The register.
 * @param year - The year closed.
 * @returns The outcome per control (by idKey) and how many results the year has.
 * @example
 * controlYearOutcomes(register, 2026).outcomes.get('k2') //=> { carriedOut: false, openDeviation: false, significant: false }
 */
export function controlYearOutcomes(register: RegisterData, year: number): { outcomes: Map<string, ControlYearOutcome>; resultsOfYear: number } {
  const overview = controlOverview(register, { period: String(year) }).value;
  const outcomes = new Map<string, ControlYearOutcome>();
  let resultsOfYear = 0;
  for (const status of overview?.controls ?? []) {
    resultsOfYear += status.results.length;
    outcomes.set(idKey(status.id), { carriedOut: status.genomford, openDeviation: hasOpenDeviation(status), significant: status.vasentlig });
  }
  return { outcomes, resultsOfYear };
}
