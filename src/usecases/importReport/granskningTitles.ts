import type { FollowUpReport } from '../../core';
import { flowMessagesSv as M } from '../messages.sv';

/**
 * A follow-up report's granskningar as the CLI and the pane name them: the title, with the year when the
 * report gives one.
 *
 * @param report - The follow-up report.
 * @returns Each title by the granskning's number in the report.
 * @example
 * granskningTitles({ granskningar: [{ nr: 1, title: 'Granskning av IT', year: 2023 }] } as FollowUpReport).get(1) //=> 'Granskning av IT (2023)'
 */
export function granskningTitles(report: Pick<FollowUpReport, 'granskningar'>): Map<number, string> {
  return new Map(report.granskningar.map((g) => [g.nr, M.granskningTitle({ title: g.title, year: g.year })]));
}
