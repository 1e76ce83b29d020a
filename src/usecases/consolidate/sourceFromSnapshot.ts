import { adoptWorkbook, type WorkbookSnapshot } from '../../core';
import type { SourceRegister } from './Consolidation';
import type { SkippedFile } from './consolidationSheet';
import { consolidateMessages } from './messages.sv';

/**
 * A read workbook as a source to consolidate, adopted in memory as `summary` and `check` do, or the Swedish
 * reason it cannot be one: a workbook with no riskanalys, internkontrollplan or recommendations is not a
 * nämnd's register. The CLI and the Samla view both read files through this.
 *
 * @param file - The file's name, for messages and the Källa columns.
 * @param snapshot - The workbook as data.
 * @returns The source, or the file with its reason.
 * @example
 * sourceFromSnapshot('budget.xlsx', { sheets: [], tables: [], names: {} }).reason //=> 'budget.xlsx har ingen riskanalys, …'
 */
export function sourceFromSnapshot(file: string, snapshot: WorkbookSnapshot): SourceRegister | SkippedFile {
  const { register } = adoptWorkbook(snapshot);
  if (!register.tables.Risker && !register.tables.Kontroller && !register.tables.Rekommendationer) {
    return {
      file,
      reason: consolidateMessages.nothingToConsolidate(file),
    };
  }
  return { file, register };
}
