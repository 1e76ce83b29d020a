import { adoptWorkbook } from '../../core';
import { adoptionFindings } from '../../usecases/adoptionFindings';
import { readSnapshot } from '../readInput';
import { cliMessagesSv as C } from '../messages.sv';

/**
 * Reads any workbook and adopts it in memory (the file is not changed). With `progress` (stderr is a
 * terminal) a big read says where it is: "Läser Riskanalys: 150 000 rader …".
 */
export async function openRegister(file: string, progress?: (text: string) => void) {
  const snapshot = await readSnapshot(file, progress && ((sheet, rows) => progress(C.reading({ sheet, rows }))));
  progress?.(C.interpreting);
  const adoption = adoptWorkbook(snapshot);
  return { snapshot, adoption, ...adoption, adoptionFindings: adoptionFindings(adoption.issues) };
}
