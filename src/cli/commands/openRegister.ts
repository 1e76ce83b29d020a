import { adoptWorkbook, columnLetters, type Issue } from '../../core';
import type { Finding } from '../../usecases/Finding';
import { readSnapshot } from '../workbookFiles';

/** An adoption issue (input = sheet, 0-based row/column) as a finding. */
export function adoptionFinding(issue: Issue): Finding {
  const cell = issue.row !== undefined && issue.column !== undefined ? `${columnLetters(issue.column)}${issue.row + 1}` : '';
  return { severity: issue.severity, code: issue.code, sheet: issue.input ?? '', cell, message: issue.message };
}

/**
 * Reads any workbook and adopts it in memory (the file is not changed). With `progress` (stderr is a
 * terminal) a big read says where it is: "Läser Riskanalys: 150 000 rader …".
 */
export async function openRegister(file: string, progress?: (text: string) => void) {
  const snapshot = await readSnapshot(file, progress && ((sheet, rows) => progress(`Läser ${sheet}: ${rows.toLocaleString('sv-SE')} rader …`)));
  progress?.('Tolkar arbetsboken …');
  const adoption = adoptWorkbook(snapshot);
  return { snapshot, ...adoption, adoptionFindings: adoption.issues.map(adoptionFinding) };
}
