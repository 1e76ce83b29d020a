import { findingAtRow, recommendationStatuses, summarizeByGroup, summarizeByRecipients, type RegisterData, type StatusSummary } from '../core';
import type { Finding } from './Finding';
import { reportNamnder } from './report/reportNamnder';

export type SummaryBy = 'granskning' | 'namnd';

/**
 * The follow-up summary of a register, per granskning or per nämnd, counting each recommendation's current
 * verdict. Per nämnd, a recommendation counts once for every nämnd its Mottagare names (recipientsOf:
 * "Kommunstyrelsen, Socialnämnden" in both rows, "Samtliga nämnder" in every nämnd of the kommun's list, else
 * of the nämnder the register names), and the Totalt row counts each recommendation once, so it can be less
 * than the sum of the rows. Rows that cannot be counted are findings naming their cell.
 *
 * @param register - The register.
 * @param by - What to group by.
 * @returns The summary and the findings for rows not counted.
 * @example
 * summarizeRegister(register, 'namnd').summary.rows.find((r) => r.group === 'Kommunstyrelsen')?.total //=> 24
 */
export function summarizeRegister(register: RegisterData, by: SummaryBy): { summary: StatusSummary; findings: Finding[] } {
  const items = recommendationStatuses(register);
  const statuses = items.map((item) => item.status);
  const findingsOf = (result: ReturnType<typeof summarizeByGroup>) =>
    result.issues.map((issue) => {
      const item = items[issue.index ?? 0];
      if (issue.input === 'statuses') return findingAtRow(issue, item.statusAt.row, item.statusAt.key);
      return findingAtRow(issue, item.row, by === 'granskning' ? 'granskningId' : 'mottagare');
    });
  const result =
    by === 'granskning'
      ? summarizeByGroup(
          items.map((item) => item.granskning),
          statuses,
        )
      : summarizeByRecipients(
          items.map((item) => item.mottagare),
          statuses,
          reportNamnder(register),
        );
  // Lengths always match here, so the core always returns a summary.
  return { summary: result.value!, findings: findingsOf(result) };
}
