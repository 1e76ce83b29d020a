import { findingAtRow, recipientsOf, recommendationStatuses, summarizeByGroup, type CellValue, type RegisterData, type StatusSummary } from '../core';
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
  if (by === 'granskning') {
    const result = summarizeByGroup(items.map((item) => item.granskning), statuses);
    // Lengths always match here, so the core always returns a summary.
    return { summary: result.value!, findings: findingsOf(result) };
  }

  // Each recommendation once, grouped by its Mottagare as typed: the Totalt row and the findings (one per
  // recommendation, not one per nämnd it reaches).
  const once = summarizeByGroup(items.map((item) => item.mottagare), statuses);
  const namnder = reportNamnder(register);
  const groups: CellValue[] = [];
  const fanned: CellValue[] = [];
  items.forEach((item) => {
    const bodies = recipientsOf(item.mottagare, namnder);
    // A group with no nämnd to expand to stays a row of its own, as typed, rather than being dropped.
    for (const body of bodies.length > 0 ? bodies : [item.mottagare]) {
      groups.push(body);
      fanned.push(item.status);
    }
  });
  const perNamnd = summarizeByGroup(groups, fanned).value!;
  return { summary: { rows: perNamnd.rows, total: once.value!.total }, findings: findingsOf(once) };
}
