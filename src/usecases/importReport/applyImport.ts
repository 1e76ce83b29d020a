import type { RegisterData } from '../../core';
import type { WorkbookPort } from '../port/WorkbookPort';
import { flowMessagesSv as M } from '../messages.sv';
import { importEdits } from './importEdits';
import type { ImportChoices, ImportPlan } from './ImportPlan';

/**
 * Writes an import plan into the open workbook through the port (rows appended, cells changed; nothing else
 * touched) and says what was done.
 *
 * @param port - The workbook.
 * @param register - The register the plan was made from (for the new total).
 * @param plan - From planImport.
 * @param choices - Whether to make the text changes.
 * @returns The Swedish sentence for the user ("Klart: …").
 * @example
 * await applyImport(port, register, plan, {}) //=> 'Klart: 7 nya rader i Rekommendationer för G3, 0 texter ändrade, 0 fanns redan. Registret har nu 13 rekommendationsrader.'
 */
export async function applyImport(port: WorkbookPort, register: RegisterData, plan: ImportPlan, choices: ImportChoices = {}): Promise<string> {
  const edits = importEdits(plan, choices);
  await port.applyEdits(edits);
  if (plan.kind === 'followUp') return M.followUpImported({ round: plan.plan.round, insert: plan.plan.insert.length, fill: plan.plan.fill.length });
  const p = plan.plan;
  return M.recommendationsImported({
    id: p.granskning.id,
    insert: p.insert.length,
    updated: edits.update.length,
    unchanged: p.unchanged,
    total: (register.tables.Rekommendationer?.rows.length ?? 0) + p.insert.length,
  });
}
