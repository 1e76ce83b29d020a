import type { RegisterData } from '../../core';
import type { StructurePlan, WorkbookPort } from '../port/WorkbookPort';

/** What creating or upgrading the structure would do, and from which register. */
export interface PlannedStructure {
  plan: StructurePlan;
  register: RegisterData;
  /** True when the structure is complete and current: nothing would change. */
  nothingToDo: boolean;
}

/**
 * Asks the workbook what creating or upgrading the structure from a register would do; writes nothing, so
 * the pane can show it in the confirm dialog.
 *
 * @param port - The workbook.
 * @param register - From structureRegister.
 * @returns The plan.
 * @example
 * (await planStructure(port, register)).plan.add.map((a) => a.name) //=> ['Inställningar', 'Riskanalys', …]
 */
export async function planStructure(port: WorkbookPort, register: RegisterData): Promise<PlannedStructure> {
  const plan = await port.planStructure(register);
  return { plan, register, nothingToDo: plan.add.length === 0 && plan.copyFrom.length === 0 && plan.upgradeFrom === undefined };
}
