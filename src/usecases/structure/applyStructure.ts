import { tableSpec } from '../../core';
import type { WorkbookPort } from '../port/WorkbookPort';
import { flowMessagesSv as M } from '../messages.sv';
import type { PlannedStructure } from './planStructure';

/**
 * Creates or upgrades the structure as planned (never changing a user's cells) and says what was done.
 *
 * @param port - The workbook.
 * @param planned - From planStructure.
 * @returns The Swedish sentence for the user ("Klart: nya flikar …. Dina egna flikar är oförändrade.").
 * @example
 * await applyStructure(port, await planStructure(port, register)) //=> 'Klart: nya flikar Inställningar, Riskanalys, …. Dina egna flikar är oförändrade.'
 */
export async function applyStructure(port: WorkbookPort, planned: PlannedStructure): Promise<string> {
  const result = await port.createStructure(planned.register);
  const { plan } = planned;
  const copies = plan.copyFrom.map((c) => M.structureRowsCopied({ rows: c.rows, from: c.sheet, to: tableSpec(c.table).sheet }));
  const parts = [
    ...(result.sheets.length > 0 ? [M.structureSheetsAdded({ sheets: result.sheets })] : []),
    ...(copies.length > 0 ? [M.structureCopied({ copies })] : []),
    ...(plan.upgradeFrom !== undefined ? [M.structureUpgradedFrom({ version: plan.upgradeFrom })] : []),
  ];
  return M.structureDone({ parts: parts.length > 0 ? parts : [M.structureUpgraded] });
}
