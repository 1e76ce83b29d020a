import { findingAtRow, recommendationStatuses, summarizeByGroup, type RegisterData, type StatusSummary } from '../core';
import type { Finding } from './Finding';

export type SummaryBy = 'granskning' | 'namnd';

/**
 * The follow-up summary of a register, per granskning or per nämnd (mottagare), counting each
 * recommendation's current verdict. Rows that cannot be counted are findings naming their cell.
 *
 * @param register - The register.
 * @param by - What to group by.
 * @returns The summary and the findings for rows not counted.
 */
export function summarizeRegister(register: RegisterData, by: SummaryBy): { summary: StatusSummary; findings: Finding[] } {
  const items = recommendationStatuses(register);
  const groups = items.map((item) => (by === 'granskning' ? item.granskning : item.mottagare));
  const statuses = items.map((item) => item.status);
  const result = summarizeByGroup(groups, statuses);
  const findings = result.issues.map((issue) => {
    const item = items[issue.index ?? 0];
    if (issue.input === 'statuses') return findingAtRow(issue, item.statusAt.row, item.statusAt.key);
    return findingAtRow(issue, item.row, by === 'granskning' ? 'granskningId' : 'mottagare');
  });
  // Lengths always match here, so the core always returns a summary.
  return { summary: result.value!, findings };
}
