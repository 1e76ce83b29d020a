import type { CellValue } from '../cell/CellValue';
import type { Checked } from '../issues/Issue';
import { recipientsOf } from '../register/recipientsOf';
import type { StatusSummary } from './StatusSummary';
import { summarizeByGroup } from './summarizeByGroup';

/**
 * Counts the latest verdicts per nämnd: a recommendation counts once for every body its Mottagare names
 * (recipientsOf: "Kommunstyrelsen, Socialnämnden" in both rows, "Samtliga nämnder" in every nämnd given),
 * and the Totalt row counts each recommendation once, so it can be less than the sum of the rows. A group
 * with no nämnd to expand to stays a row of its own, as typed, rather than being dropped. Issues (an unknown
 * status, a status without a Mottagare) carry the index of the recommendation, once each.
 *
 * One definition for `uppsikt summary --by namnd`, Översikt and IK.SUMMARY on Sammanställning, so the sheet
 * and the CLI cannot disagree.
 *
 * @param mottagare - The Mottagare cell of each recommendation.
 * @param statuses - The latest verdict of each; same length.
 * @param namnder - The kommun's nämnder (kommunNamnder).
 * @returns The summary, or only an issue when the lengths differ.
 * @example
 * summarizeByRecipients(['Kommunstyrelsen, Socialnämnden'], ['Åtgärdad'], []).value?.rows.length //=> 2
 */
export function summarizeByRecipients(mottagare: readonly CellValue[], statuses: readonly CellValue[], namnder: readonly string[]): Checked<StatusSummary> {
  const once = summarizeByGroup(mottagare, statuses);
  if (!once.value) return once;
  const groups: CellValue[] = [];
  const fanned: CellValue[] = [];
  mottagare.forEach((cell, i) => {
    const bodies = recipientsOf(cell, namnder);
    for (const body of bodies.length > 0 ? bodies : [cell]) {
      groups.push(body);
      fanned.push(statuses[i]);
    }
  });
  // Lengths match by construction, so there is always a value; its issues repeat once.issues per body.
  const perNamnd = summarizeByGroup(groups, fanned).value!;
  return { value: { rows: perNamnd.rows, total: once.value.total }, issues: once.issues };
}
