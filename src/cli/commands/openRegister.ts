import { adoptWorkbook } from '../../core';
import { adoptionFindings } from '../../usecases/adoptionFindings';
import { readSnapshot } from '../workbookFiles';

/**
 * Reads any workbook and adopts it in memory (the file is not changed). With `progress` (stderr is a
 * terminal) a big read says where it is: "Läser Riskanalys: 150 000 rader …".
 */
export async function openRegister(file: string, progress?: (text: string) => void) {
  const snapshot = await readSnapshot(file, progress && ((sheet, rows) => progress(`Läser ${sheet}: ${rows.toLocaleString('sv-SE')} rader …`)));
  progress?.('Tolkar arbetsboken …');
  const adoption = adoptWorkbook(snapshot);
  return { snapshot, adoption, ...adoption, adoptionFindings: adoptionFindings(adoption.issues) };
}
