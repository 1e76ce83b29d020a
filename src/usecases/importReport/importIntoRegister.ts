import { applyFollowUpImport, applyReportImport, type RegisterData } from '../../core';
import type { ImportChoices, ImportPlan } from './ImportPlan';

/**
 * The register after an import, for a surface that writes a whole file (the CLI's package merge): the same
 * rows and cells importEdits gives a WorkbookPort.
 *
 * @param register - The register the plan was made from.
 * @param plan - From planImport.
 * @param choices - Whether to make the text changes.
 * @returns A new register; the input is not changed.
 * @example
 * importIntoRegister(register, planImport(register, request)).tables.Rekommendationer?.rows.length //=> 13
 */
export function importIntoRegister(register: RegisterData, plan: ImportPlan, choices: ImportChoices = {}): RegisterData {
  return plan.kind === 'recommendations' ? applyReportImport(register, plan.plan, choices.acceptUpdates === true) : applyFollowUpImport(register, plan.plan);
}
