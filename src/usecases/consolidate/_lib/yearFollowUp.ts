import { controlResults, latestResultPeriod, type RegisterData } from '../../../core';
import { buildFollowUpReport } from '../../yearClose/buildFollowUpReport';
import type { YearFollowUp } from '../Consolidation';

/**
 * The latest year with results across the consolidated register, as the kommun-wide follow-up report counts
 * it: which nämnder have reported (results of the year or a helhetsbedömning), and the kommungemensamma
 * controls compared across nämnder.
 *
 * @param register - The consolidated register.
 * @param today - Today (Excel serial).
 * @returns The year's follow-up, or undefined when no file has results.
 * @example
 * yearFollowUpOf(register, 46430)?.reported //=> ['Socialnämnden', 'Kulturnämnden']
 */
export function yearFollowUpOf(register: RegisterData, today: number): YearFollowUp | undefined {
  const year = latestResultPeriod(controlResults(register))?.year;
  if (year === undefined) return undefined;
  const report = buildFollowUpReport(register, { year, per: today });
  return {
    year,
    namnder: report.namnder.map((n) => n.namnd),
    reported: report.namnder.filter((n) => n.reported).map((n) => n.namnd),
    notReported: report.notReported,
    shared: report.shared,
  };
}
